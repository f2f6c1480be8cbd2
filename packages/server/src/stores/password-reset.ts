import {
  accountColumns,
  accountOf,
  accounts,
  type AccountRecord,
  type AccountRow,
} from './accounts.js';
import { audit, auditSql, type AuditEvent } from './audit.js';
import type { CredentialRecord } from './credentials.js';
import type { CredentialUse } from './login.js';
import {
  memoryStartSession,
  sessionStartArgs,
  sessionStartParts,
  sessionStartTypes,
  type SessionRecord,
  type SessionStart,
} from './sessions.js';
import { statement } from './sql.js';
import { deleteWhere, storePart } from './store.js';
import { memoryThrottle, releaseSql, type ThrottleRelease } from './throttle.js';

/** A new reset code for an account (by e-mail, SMS or letter); it replaces the live one. */
export interface ResetCode {
  accountId: string;
  /** HMAC of the account id and the code under the portal's keyring; the code is not kept. */
  codeHash: string;
  expiresAt: number;
  now: number;
  /** The failure counter of the code it replaces: a new code starts with none. */
  throttle: ThrottleRelease;
}

/** What binds a browser to a reset once it proved possession, and what that proof releases. */
export interface ResetBinding {
  /** SHA-256 of the random id the browser gets in its reset cookie. */
  bindingHash: string;
  bindingExpiresAt: number;
  now: number;
  throttle: ThrottleRelease;
  audit: AuditEvent;
}

export interface PasswordResetStore {
  /**
   * Stores an account's new code, replacing its live code (of any channel), and releases
   * `throttle` in the same step. A browser that proved possession before keeps its binding.
   */
  issue(code: ResetCode): Promise<void>;
  /**
   * Accepts a code in one step: if `codeHash` is the account's live code, spends it, binds the
   * browser (replacing an earlier browser's binding), releases the counters and writes the audit
   * event. The account, or null for a wrong, expired or spent code alike.
   */
  verifyCode(
    accountId: string,
    codeHash: string,
    binding: ResetBinding,
  ): Promise<AccountRecord | null>;
  /**
   * Accepts a verified passkey assertion in one step: moves the credential's counter forward only
   * if the credential is the account's and its counter still moves (two assertions racing with one
   * counter value look like a clone), then binds the browser as `verifyCode` does. Null, and
   * nothing written, otherwise.
   */
  verifyPasskey(
    accountId: string,
    use: CredentialUse,
    binding: ResetBinding,
  ): Promise<AccountRecord | null>;
  /** The account a browser's binding holds, while it lives. */
  find(bindingHash: string, now: number): Promise<AccountRecord | null>;
  /** Voids the account's live code; false if it had none. */
  revoke(accountId: string): Promise<boolean>;
  /**
   * Sets the new password in one step: takes the reset the binding holds (its code and binding
   * are spent), stores the password hash and its history entry, ends every session of the account
   * and starts `start`'s session (with the presented session replaced, counters released, the
   * audit event written). The account as it is now, or null (and nothing written) when no live
   * binding matches: of any number of attempts at once, one at most changes the password. The
   * session's start is the time of the change.
   */
  complete(
    bindingHash: string,
    passwordHash: string,
    start: SessionStart,
  ): Promise<AccountRecord | null>;
  /** Deletes resets whose code and binding have both ended; returns how many. */
  sweep(now: number): Promise<number>;
}

const issue = statement(
  'password_reset_issue',
  ['text', 'text', 'bigint', 'bigint', 'text[]', 'text[]'],
  `WITH issued AS (
     INSERT INTO password_resets (account_id, code_hash, code_expires_at, updated_at)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (account_id) DO UPDATE SET code_hash = EXCLUDED.code_hash,
       code_expires_at = EXCLUDED.code_expires_at, updated_at = EXCLUDED.updated_at
   ),
   ${releaseSql('$5', '$6')}
   SELECT 1`,
);

const bindingTypes = ['text', 'bigint', 'bigint', 'text[]', 'text[]', 'text', 'text', 'bigint'];
const bindingArgs = (b: ResetBinding) => [
  b.bindingHash,
  b.bindingExpiresAt,
  b.now,
  [...(b.throttle.clear ?? [])],
  [...(b.throttle.refund ?? [])],
  b.audit.event,
  b.audit.accountId ?? null,
  b.audit.at,
];
/** The binding's parts after `proved` (a CTE returning the account id): $1 to $8. */
const bindingParts = (proved: string) => `
   ${releaseSql('$4', '$5', `EXISTS (SELECT 1 FROM ${proved})`)},
   ${auditSql('$6', '$7', '$8', `EXISTS (SELECT 1 FROM ${proved})`)}
   SELECT ${accountColumns} FROM ${proved} p JOIN accounts a ON a.id = p.account_id`;

const verifyCode = statement<AccountRow>(
  'password_reset_verify_code',
  [...bindingTypes, 'text', 'text'],
  `WITH proved AS (
     UPDATE password_resets SET code_hash = NULL, code_expires_at = NULL, binding_hash = $1,
       binding_expires_at = $2, updated_at = $3
     WHERE account_id = $9 AND code_hash = $10 AND code_expires_at > $3
     RETURNING account_id
   ),
   ${bindingParts('proved')}`,
);

const verifyPasskey = statement<AccountRow>(
  'password_reset_verify_passkey',
  [...bindingTypes, 'text', 'text', 'bigint', 'boolean', 'bigint'],
  `WITH proved AS (
     UPDATE credentials SET counter = $11, backed_up = $12, last_used_at = $13
     WHERE id = $10 AND account_id = $9 AND (counter < $11 OR ($11 = 0 AND counter = 0))
     RETURNING account_id
   ),
   bound AS (
     INSERT INTO password_resets (account_id, binding_hash, binding_expires_at, updated_at)
     SELECT account_id, $1, $2, $3 FROM proved
     ON CONFLICT (account_id) DO UPDATE SET binding_hash = EXCLUDED.binding_hash,
       binding_expires_at = EXCLUDED.binding_expires_at, updated_at = EXCLUDED.updated_at
   ),
   ${bindingParts('proved')}`,
);

const find = statement<AccountRow>(
  'password_reset_find',
  ['text', 'bigint'],
  `SELECT ${accountColumns} FROM password_resets r JOIN accounts a ON a.id = r.account_id
   WHERE r.binding_hash = $1 AND r.binding_expires_at > $2`,
);

const revoke = statement(
  'password_reset_revoke',
  ['text'],
  `UPDATE password_resets SET code_hash = NULL, code_expires_at = NULL
   WHERE account_id = $1 AND code_hash IS NOT NULL RETURNING 1`,
);

// Every part after "changed" depends on the binding having been live. The sessions the account
// had are deleted from the statement's snapshot, so the new one inserted beside them stays.
const changedAccount = 'EXISTS (SELECT 1 FROM changed)';
const complete = statement<AccountRow>(
  'password_reset_complete',
  ['text', 'text', 'bigint', 'text', 'text', 'bigint', 'bigint', 'bigint', ...sessionStartTypes, 'text'],
  `WITH taken AS (
     DELETE FROM password_resets WHERE binding_hash = $1 AND binding_expires_at > $3
     RETURNING account_id
   ),
   changed AS (
     UPDATE accounts a SET password_hash = $2 FROM taken WHERE a.id = taken.account_id
     RETURNING a.*
   ),
   history AS (
     INSERT INTO password_history (account_id, password_hash, created_at)
     SELECT id, $2, $3 FROM changed
   ),
   ended AS (DELETE FROM sessions s USING changed c WHERE s.account_id = c.id),
   started AS (
     INSERT INTO sessions (id_hash, account_id, method, created_at, last_seen_at, confirmed_at,
       user_agent)
     SELECT $4, id, $5, $6, $7, $8, $15 FROM changed
   ),
   ${sessionStartParts(['$9', '$10', '$11', '$12', '$13', '$14'], changedAccount)}
   SELECT ${accountColumns} FROM changed a`,
);

const sweep = statement<{ n: number }>(
  'password_reset_sweep',
  ['bigint'],
  `WITH d AS (
     DELETE FROM password_resets
     WHERE (code_expires_at IS NULL OR code_expires_at <= $1)
       AND (binding_expires_at IS NULL OR binding_expires_at <= $1)
     RETURNING 1
   )
   SELECT count(*)::int AS n FROM d`,
);

interface Stored {
  accountId: string;
  codeHash: string | null;
  codeExpiresAt: number | null;
  bindingHash: string | null;
  bindingExpiresAt: number | null;
}

const ended = (at: number | null, now: number) => at === null || at <= now;

export const passwordReset = storePart<PasswordResetStore>('password-reset', {
  sql(db) {
    const one = async (rows: Promise<AccountRow[]>) => {
      const [row] = await rows;
      return row ? accountOf(row) : null;
    };
    return {
      async issue(c) {
        await db.run(issue, [
          c.accountId,
          c.codeHash,
          c.expiresAt,
          c.now,
          [...(c.throttle.clear ?? [])],
          [...(c.throttle.refund ?? [])],
        ]);
      },
      verifyCode: (accountId, codeHash, binding) =>
        one(db.run(verifyCode, [...bindingArgs(binding), accountId, codeHash])),
      verifyPasskey: (accountId, use, binding) =>
        one(
          db.run(verifyPasskey, [
            ...bindingArgs(binding),
            accountId,
            use.credentialId,
            use.counter,
            use.backedUp,
            use.usedAt,
          ]),
        ),
      find: (bindingHash, now) => one(db.run(find, [bindingHash, now])),
      async revoke(accountId) {
        return (await db.run(revoke, [accountId])).length === 1;
      },
      complete: (bindingHash, passwordHash, { session: s, ...rest }) =>
        one(
          db.run(complete, [
            bindingHash,
            passwordHash,
            s.createdAt,
            s.idHash,
            s.method,
            s.createdAt,
            s.lastSeenAt,
            s.confirmedAt,
            ...sessionStartArgs(rest),
            s.userAgent ?? null,
          ]),
        ),
      async sweep(now) {
        const [row] = await db.run(sweep, [now]);
        return row?.n ?? 0;
      },
    };
  },
  memory(tables) {
    const all = tables.table<Stored>('password_resets');
    const accountTable = tables.table<AccountRecord>('accounts');
    const credentialTable = tables.table<CredentialRecord>('credentials');
    const sessionTable = tables.table<SessionRecord>('sessions');
    const accountPart = accounts.memory(tables);
    const counters = memoryThrottle(tables);
    const log = audit.memory(tables);
    const startSession = memoryStartSession(tables);
    const empty = (accountId: string): Stored => ({
      accountId,
      codeHash: null,
      codeExpiresAt: null,
      bindingHash: null,
      bindingExpiresAt: null,
    });
    const bind = async (accountId: string, b: ResetBinding) => {
      const stored = all.get(accountId) ?? empty(accountId);
      all.set(accountId, {
        ...stored,
        bindingHash: b.bindingHash,
        bindingExpiresAt: b.bindingExpiresAt,
      });
      await counters.release(b.throttle);
      await log.append(b.audit);
      return accountPart.findById(accountId);
    };
    const bound = (bindingHash: string, now: number) =>
      [...all.values()].find(
        (r) => r.bindingHash === bindingHash && !ended(r.bindingExpiresAt, now),
      );
    return {
      async issue(c) {
        const stored = all.get(c.accountId) ?? empty(c.accountId);
        all.set(c.accountId, { ...stored, codeHash: c.codeHash, codeExpiresAt: c.expiresAt });
        await counters.release(c.throttle);
      },
      async verifyCode(accountId, codeHash, binding) {
        const stored = all.get(accountId);
        if (!stored || stored.codeHash !== codeHash || ended(stored.codeExpiresAt, binding.now)) {
          return null;
        }
        all.set(accountId, { ...stored, codeHash: null, codeExpiresAt: null });
        return bind(accountId, binding);
      },
      async verifyPasskey(accountId, use, binding) {
        const credential = credentialTable.get(use.credentialId);
        if (!credential || credential.accountId !== accountId) return null;
        const forward =
          credential.counter < use.counter || (use.counter === 0 && credential.counter === 0);
        if (!forward) return null;
        credentialTable.set(credential.id, {
          ...credential,
          counter: use.counter,
          backedUp: use.backedUp,
          lastUsedAt: use.usedAt,
        });
        return bind(accountId, binding);
      },
      async find(bindingHash, now) {
        const found = bound(bindingHash, now);
        return found ? accountPart.findById(found.accountId) : null;
      },
      async revoke(accountId) {
        const stored = all.get(accountId);
        if (!stored?.codeHash) return false;
        all.set(accountId, { ...stored, codeHash: null, codeExpiresAt: null });
        return true;
      },
      async complete(bindingHash, passwordHash, start) {
        const found = bound(bindingHash, start.session.createdAt);
        const account = found && accountTable.get(found.accountId);
        if (!found || !account) return null;
        all.delete(found.accountId);
        accountTable.set(account.id, { ...account, passwordHash });
        await accountPart.addPasswordHistory(account.id, passwordHash, start.session.createdAt);
        deleteWhere(sessionTable, (s) => s.accountId === account.id);
        await startSession({ ...start, session: { ...start.session, accountId: account.id } });
        return accountPart.findById(account.id);
      },
      sweep: async (now) =>
        deleteWhere(all, (r) => ended(r.codeExpiresAt, now) && ended(r.bindingExpiresAt, now)),
    };
  },
});
