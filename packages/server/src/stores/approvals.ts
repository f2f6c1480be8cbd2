import type { ApprovalStatus } from '@portalkit/protocol';
import { audit, auditSql, type AuditEvent } from './audit.js';
import type { CredentialRecord } from './credentials.js';
import type { CredentialUse } from './login.js';
import { int, intOrNull, statement } from './sql.js';
import { storePart } from './store.js';

/** A transaction waiting for (or closed after) the member's approval. */
export interface ApprovalRecord {
  /** Random, base64url. */
  id: string;
  accountId: string;
  /** The protected form's kind: `address-change`, `bank-details`, … */
  kind: string;
  /** Canonical JSON of what the change executes: the only copy it executes from. */
  payload: string;
  /** Canonical JSON of the summary in both languages, written from the payload. */
  summary: string;
  /** SHA-256 (base64url) of the canonical JSON of `{ kind, payload, summary }`. */
  digest: string;
  status: ApprovalStatus;
  createdAt: number;
  expiresAt: number;
  closedAt: number | null;
  /** The nonce (base64url) of the latest approval options; the challenge is derived from it. */
  nonce: string | null;
  /** The two digits the waiting device shows after a handoff to a phone. */
  number: string | null;
  /** When the phone claimed the handoff; from then on the number must be picked first. */
  claimedAt: number | null;
  /** When the right number was picked on the phone. */
  pickedAt: number | null;
  /** The passkey that approved it. */
  credentialId: string | null;
  /** JSON of the verified assertion (see flows/approve-receipt.ts). */
  receipt: string | null;
  /** Whether the approved change was executed. */
  outcome: 'executed' | 'failed' | null;
}

export type NewApproval = Pick<
  ApprovalRecord,
  'id' | 'accountId' | 'kind' | 'payload' | 'summary' | 'digest' | 'createdAt' | 'expiresAt'
>;

/** What an approved transaction records, in one step with its passkey's counter. */
export interface Approval {
  id: string;
  accountId: string;
  /** The nonce the verified challenge was derived from: a newer one voids it. */
  nonce: string;
  use: CredentialUse;
  receipt: string;
  audit: AuditEvent;
}

export interface Handoff {
  /** SHA-256 of the link's token and of the short link's code. */
  tokenHash: string;
  shortCodeHash: string;
  number: string;
}

/**
 * The approvals part. Every read and change names the account: a member reaches only their own
 * transactions. A change of state happens only while the transaction is pending and live
 * (`now < expiresAt`), so a closed one stays closed, whatever arrives later.
 */
export interface ApprovalStore {
  create(approval: NewApproval): Promise<void>;
  find(id: string, accountId: string): Promise<ApprovalRecord | null>;
  /** The account's pending, live transactions, newest first. */
  pending(accountId: string, now: number): Promise<ApprovalRecord[]>;
  /**
   * Closes a pending transaction as `denied` or `cancelled` (while it lives) or `expired` (once
   * `now` reached its expiry), writing `audit` in the same step. The closed record, or null when
   * it was not pending (or not yet, or no longer, live).
   */
  close(
    id: string,
    accountId: string,
    status: 'denied' | 'cancelled' | 'expired',
    audit: AuditEvent,
  ): Promise<ApprovalRecord | null>;
  /**
   * Stores the nonce of new approval options while the transaction is pending and live, and, if
   * it was handed off to a phone, the right number was picked. Null otherwise.
   */
  setNonce(id: string, accountId: string, nonce: string, now: number): Promise<ApprovalRecord | null>;
  /** A new handoff (replacing an earlier one, claimed or not) while pending and live. */
  handoff(id: string, accountId: string, handoff: Handoff, now: number): Promise<ApprovalRecord | null>;
  /**
   * Claims a handoff by the hash of its token or of its short code: once, by the account it
   * belongs to, while the transaction is pending and live. Both hashes are spent.
   */
  claim(accountId: string, hash: string, now: number): Promise<ApprovalRecord | null>;
  /** Records the right number picked on the phone, once, after a claim. */
  picked(id: string, accountId: string, now: number): Promise<ApprovalRecord | null>;
  /**
   * Approves in one step: only while pending, live and still at `nonce`, and only if the passkey
   * is the account's and its counter moves forward (two assertions racing with one counter value
   * look like a clone); stores the receipt and writes `audit`. Null, and nothing written,
   * otherwise.
   */
  approve(approval: Approval): Promise<ApprovalRecord | null>;
  /** Records whether an approved change was executed. */
  recordOutcome(id: string, outcome: 'executed' | 'failed'): Promise<void>;
  /** Closes every pending transaction that expired by `now` as `expired`, audited; how many. */
  sweep(now: number): Promise<number>;
}

interface ApprovalRow {
  id: string;
  account_id: string;
  kind: string;
  payload: string;
  summary: string;
  digest: string;
  status: ApprovalStatus;
  created_at: number | string;
  expires_at: number | string;
  closed_at: number | string | null;
  nonce: string | null;
  number: string | null;
  claimed_at: number | string | null;
  picked_at: number | string | null;
  credential_id: string | null;
  receipt: string | null;
  outcome: 'executed' | 'failed' | null;
}

const columns = `id, account_id, kind, payload, summary, digest, status, created_at, expires_at,
  closed_at, nonce, number, claimed_at, picked_at, credential_id, receipt, outcome`;

function approvalOf(row: ApprovalRow): ApprovalRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    kind: row.kind,
    payload: row.payload,
    summary: row.summary,
    digest: row.digest,
    status: row.status,
    createdAt: int(row.created_at),
    expiresAt: int(row.expires_at),
    closedAt: intOrNull(row.closed_at),
    nonce: row.nonce,
    number: row.number,
    claimedAt: intOrNull(row.claimed_at),
    pickedAt: intOrNull(row.picked_at),
    credentialId: row.credential_id,
    receipt: row.receipt,
    outcome: row.outcome,
  };
}

const insert = statement(
  'approval_insert',
  ['text', 'text', 'text', 'text', 'text', 'text', 'bigint', 'bigint'],
  `INSERT INTO approvals (id, account_id, kind, payload, summary, digest, status, created_at,
     expires_at)
   VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8)`,
);
const byId = statement<ApprovalRow>(
  'approval_by_id',
  ['text', 'text'],
  `SELECT ${columns} FROM approvals WHERE id = $1 AND account_id = $2`,
);
const pendingOf = statement<ApprovalRow>(
  'approvals_pending',
  ['text', 'bigint'],
  `SELECT ${columns} FROM approvals
   WHERE account_id = $1 AND status = 'pending' AND expires_at > $2
   ORDER BY created_at DESC, id`,
);
/** $1 id, $2 account, $3 now: the transaction is pending and live. */
const live = `id = $1 AND account_id = $2 AND status = 'pending' AND expires_at > $3`;

const close = statement<ApprovalRow>(
  'approval_close',
  ['text', 'text', 'text', 'text', 'bigint'],
  `WITH closed AS (
     UPDATE approvals SET status = $3, closed_at = $5, nonce = NULL, handoff_hash = NULL,
       short_code_hash = NULL
     WHERE id = $1 AND account_id = $2 AND status = 'pending'
       AND (CASE WHEN $3 = 'expired' THEN expires_at <= $5 ELSE expires_at > $5 END)
     RETURNING ${columns}
   ),
   ${auditSql('$4', '$2', '$5', 'EXISTS (SELECT 1 FROM closed)')}
   SELECT ${columns} FROM closed`,
);
const setNonce = statement<ApprovalRow>(
  'approval_set_nonce',
  ['text', 'text', 'bigint', 'text'],
  `UPDATE approvals SET nonce = $4
   WHERE ${live} AND (claimed_at IS NULL OR picked_at IS NOT NULL)
   RETURNING ${columns}`,
);
const handoff = statement<ApprovalRow>(
  'approval_handoff',
  ['text', 'text', 'bigint', 'text', 'text', 'text'],
  `UPDATE approvals SET handoff_hash = $4, short_code_hash = $5, number = $6, claimed_at = NULL,
     picked_at = NULL
   WHERE ${live}
   RETURNING ${columns}`,
);
const claim = statement<ApprovalRow>(
  'approval_claim',
  ['text', 'text', 'bigint'],
  `UPDATE approvals SET claimed_at = $3, handoff_hash = NULL, short_code_hash = NULL
   WHERE (handoff_hash = $1 OR short_code_hash = $1) AND account_id = $2 AND status = 'pending'
     AND expires_at > $3 AND claimed_at IS NULL
   RETURNING ${columns}`,
);
const picked = statement<ApprovalRow>(
  'approval_picked',
  ['text', 'text', 'bigint'],
  `UPDATE approvals SET picked_at = $3
   WHERE ${live} AND claimed_at IS NOT NULL AND picked_at IS NULL
   RETURNING ${columns}`,
);
const approve = statement<ApprovalRow>(
  'approval_approve',
  [
    'text', 'text', 'bigint', 'text', 'text', 'text', 'bigint', 'boolean', 'text', 'text', 'bigint',
  ],
  `WITH moved AS (
     UPDATE credentials SET counter = $7, backed_up = $8, last_used_at = $3
     WHERE id = $6 AND account_id = $2 AND (counter < $7 OR ($7 = 0 AND counter = 0))
       AND EXISTS (SELECT 1 FROM approvals WHERE ${live} AND nonce = $4)
     RETURNING id
   ),
   approved AS (
     UPDATE approvals SET status = 'approved', closed_at = $3, receipt = $5, credential_id = $6,
       nonce = NULL, handoff_hash = NULL, short_code_hash = NULL
     WHERE ${live} AND nonce = $4 AND EXISTS (SELECT 1 FROM moved)
     RETURNING ${columns}
   ),
   ${auditSql('$9', '$10', '$11', 'EXISTS (SELECT 1 FROM approved)')}
   SELECT ${columns} FROM approved`,
);
const outcome = statement(
  'approval_outcome',
  ['text', 'text'],
  `UPDATE approvals SET outcome = $2 WHERE id = $1 AND status = 'approved'`,
);
const sweep = statement<{ n: number }>(
  'approval_sweep',
  ['bigint'],
  `WITH expired AS (
     UPDATE approvals SET status = 'expired', closed_at = $1, nonce = NULL, handoff_hash = NULL,
       short_code_hash = NULL
     WHERE status = 'pending' AND expires_at <= $1
     RETURNING account_id
   ),
   audited AS (
     INSERT INTO audit_log (event, account_id, at) SELECT 'approval.expired', account_id, $1
     FROM expired
   )
   SELECT count(*)::int AS n FROM expired`,
);

interface Stored extends ApprovalRecord {
  handoffHash: string | null;
  shortCodeHash: string | null;
}

export const approvals = storePart<ApprovalStore>('approvals', {
  sql(db) {
    const one = async (rows: Promise<ApprovalRow[]>) => {
      const [row] = await rows;
      return row ? approvalOf(row) : null;
    };
    return {
      async create(a) {
        await db.run(insert, [
          a.id,
          a.accountId,
          a.kind,
          a.payload,
          a.summary,
          a.digest,
          a.createdAt,
          a.expiresAt,
        ]);
      },
      find: (id, accountId) => one(db.run(byId, [id, accountId])),
      async pending(accountId, now) {
        return (await db.run(pendingOf, [accountId, now])).map(approvalOf);
      },
      close: (id, accountId, status, event) =>
        one(db.run(close, [id, accountId, status, event.event, event.at])),
      setNonce: (id, accountId, nonce, now) => one(db.run(setNonce, [id, accountId, now, nonce])),
      handoff: (id, accountId, h, now) =>
        one(db.run(handoff, [id, accountId, now, h.tokenHash, h.shortCodeHash, h.number])),
      claim: (accountId, hash, now) => one(db.run(claim, [hash, accountId, now])),
      picked: (id, accountId, now) => one(db.run(picked, [id, accountId, now])),
      approve: (a) =>
        one(
          db.run(approve, [
            a.id,
            a.accountId,
            a.use.usedAt,
            a.nonce,
            a.receipt,
            a.use.credentialId,
            a.use.counter,
            a.use.backedUp,
            a.audit.event,
            a.audit.accountId ?? null,
            a.audit.at,
          ]),
        ),
      async recordOutcome(id, result) {
        await db.run(outcome, [id, result]);
      },
      async sweep(now) {
        const [row] = await db.run(sweep, [now]);
        return row?.n ?? 0;
      },
    };
  },
  memory(tables) {
    const all = tables.table<Stored>('approvals');
    const credentialTable = tables.table<CredentialRecord>('credentials');
    const log = audit.memory(tables);
    const view = (s: Stored | undefined): ApprovalRecord | null => {
      if (!s) return null;
      const { handoffHash: _h, shortCodeHash: _c, ...record } = s;
      return record;
    };
    const isLive = (s: Stored | undefined, accountId: string, now: number): s is Stored =>
      s !== undefined && s.accountId === accountId && s.status === 'pending' && s.expiresAt > now;
    const update = (s: Stored, changes: Partial<Stored>) => {
      const next = { ...s, ...changes };
      all.set(s.id, next);
      return view(next);
    };
    const closing = { nonce: null, handoffHash: null, shortCodeHash: null };
    return {
      async create(a) {
        if (all.has(a.id)) throw new Error('approval id taken');
        all.set(a.id, {
          ...a,
          status: 'pending',
          closedAt: null,
          nonce: null,
          number: null,
          claimedAt: null,
          pickedAt: null,
          credentialId: null,
          receipt: null,
          outcome: null,
          handoffHash: null,
          shortCodeHash: null,
        });
      },
      async find(id, accountId) {
        const found = all.get(id);
        return found?.accountId === accountId ? view(found) : null;
      },
      async pending(accountId, now) {
        return [...all.values()]
          .filter((s) => isLive(s, accountId, now))
          .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1))
          .map((s) => view(s)!);
      },
      async close(id, accountId, status, event) {
        const s = all.get(id);
        if (!s || s.accountId !== accountId || s.status !== 'pending') return null;
        if ((status === 'expired') !== s.expiresAt <= event.at) return null;
        const closed = update(s, { status, closedAt: event.at, ...closing });
        await log.append({ ...event, accountId });
        return closed;
      },
      async setNonce(id, accountId, nonce, now) {
        const s = all.get(id);
        if (!isLive(s, accountId, now) || (s.claimedAt !== null && s.pickedAt === null)) {
          return null;
        }
        return update(s, { nonce });
      },
      async handoff(id, accountId, h, now) {
        const s = all.get(id);
        if (!isLive(s, accountId, now)) return null;
        return update(s, {
          handoffHash: h.tokenHash,
          shortCodeHash: h.shortCodeHash,
          number: h.number,
          claimedAt: null,
          pickedAt: null,
        });
      },
      async claim(accountId, hash, now) {
        const s = [...all.values()].find((r) => r.handoffHash === hash || r.shortCodeHash === hash);
        if (!isLive(s, accountId, now) || s.claimedAt !== null) return null;
        return update(s, { claimedAt: now, handoffHash: null, shortCodeHash: null });
      },
      async picked(id, accountId, now) {
        const s = all.get(id);
        if (!isLive(s, accountId, now) || s.claimedAt === null || s.pickedAt !== null) return null;
        return update(s, { pickedAt: now });
      },
      async approve(a) {
        const s = all.get(a.id);
        const now = a.use.usedAt;
        if (!isLive(s, a.accountId, now) || s.nonce !== a.nonce) return null;
        const credential = credentialTable.get(a.use.credentialId);
        if (!credential || credential.accountId !== a.accountId) return null;
        const { counter } = a.use;
        if (!(credential.counter < counter || (counter === 0 && credential.counter === 0))) {
          return null;
        }
        credentialTable.set(credential.id, {
          ...credential,
          counter,
          backedUp: a.use.backedUp,
          lastUsedAt: now,
        });
        const approved = update(s, {
          status: 'approved',
          closedAt: now,
          receipt: a.receipt,
          credentialId: credential.id,
          ...closing,
        });
        await log.append(a.audit);
        return approved;
      },
      async recordOutcome(id, result) {
        const s = all.get(id);
        if (s?.status === 'approved') all.set(id, { ...s, outcome: result });
      },
      async sweep(now) {
        let n = 0;
        for (const s of all.values()) {
          if (s.status !== 'pending' || s.expiresAt > now) continue;
          all.set(s.id, { ...s, status: 'expired', closedAt: now, ...closing });
          await log.append({ event: 'approval.expired', accountId: s.accountId, at: now });
          n++;
        }
        return n;
      },
    };
  },
});
