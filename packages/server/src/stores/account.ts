import { accounts, type AccountRecord } from './accounts.js';
import { audit, auditSql, type AuditEvent } from './audit.js';
import {
  memoryStartSession,
  sessionStartArgs,
  sessionStartParts,
  sessionStartTypes,
  type SessionRecord,
  type SessionStart,
} from './sessions.js';
import { int, statement } from './sql.js';
import { deleteWhere, storePart } from './store.js';
import { memoryThrottle, releaseSql, type ThrottleRelease } from './throttle.js';

/** A code for a new e-mail address; it replaces the account's live one. */
export interface EmailCode {
  accountId: string;
  /** The new address, normalized. */
  email: string;
  /** HMAC of the account, the address and the code under the portal's keyring. */
  codeHash: string;
  expiresAt: number;
  now: number;
  /** The failure counter of the code it replaces: a new code starts with none. */
  throttle: ThrottleRelease;
}

/** What a code for a new address did: changed it, found it taken meanwhile, or nothing. */
export type EmailChange =
  | { status: 'changed'; previousEmail: string; email: string }
  | { status: 'taken' }
  | null;

/**
 * The member's own changes to the account (`flows/account.ts`): a new password, a new e-mail
 * address confirmed with a code sent there, and ending the registration.
 */
export interface AccountChangeStore {
  /**
   * Sets a new password in one step: stores the hash and its history entry, ends every session
   * of the account and starts `start`'s session (the presented one replaced, counters released,
   * the audit event written). False, and nothing written, when the account is gone.
   */
  changePassword(accountId: string, passwordHash: string, start: SessionStart): Promise<boolean>;
  /** Stores the code for a new address, replacing the live one, and releases `throttle`. */
  issueEmailCode(code: EmailCode): Promise<void>;
  /**
   * Accepts a code in one step: if `codeHash` is the account's live code, spends it and changes
   * the address, unless another account has it by now, writing `audit` when it changed. Null for
   * a wrong, expired or spent code alike.
   */
  verifyEmailCode(
    accountId: string,
    codeHash: string,
    now: number,
    audit: AuditEvent,
  ): Promise<EmailChange>;
  /** Voids the account's live e-mail code; false if it had none. */
  revokeEmailCode(accountId: string): Promise<boolean>;
  /**
   * Ends the registration in one step: deletes the account with everything that hangs on it
   * (sessions, passkeys, password history, resets, approvals, documents' records, e-mail codes,
   * challenges) and any registration of its KVNR, and writes `audit` (the audit log keeps only
   * the account's random id). False, and nothing written, when the account is gone.
   */
  endRegistration(accountId: string, audit: AuditEvent): Promise<boolean>;
  /** Deletes e-mail codes that expired by `now`; how many. */
  sweep(now: number): Promise<number>;
}

const changePassword = statement<{ n: number }>(
  'account_change_password',
  ['text', 'text', 'text', 'text', 'bigint', 'bigint', 'bigint', 'text', ...sessionStartTypes],
  `WITH changed AS (
     UPDATE accounts SET password_hash = $2 WHERE id = $1 RETURNING id
   ),
   history AS (
     INSERT INTO password_history (account_id, password_hash, created_at)
     SELECT id, $2, $7 FROM changed
   ),
   ended AS (DELETE FROM sessions s USING changed c WHERE s.account_id = c.id),
   started AS (
     INSERT INTO sessions (id_hash, account_id, method, created_at, last_seen_at, confirmed_at,
       user_agent)
     SELECT $3, id, $4, $5, $6, $7, $8 FROM changed
   ),
   ${sessionStartParts(['$9', '$10', '$11', '$12', '$13', '$14'], 'EXISTS (SELECT 1 FROM changed)')}
   SELECT count(*)::int AS n FROM changed`,
);

const issueEmailCode = statement(
  'email_change_issue',
  ['text', 'text', 'text', 'bigint', 'bigint', 'text[]', 'text[]'],
  `WITH issued AS (
     INSERT INTO email_changes (account_id, email, code_hash, expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (account_id) DO UPDATE SET email = EXCLUDED.email,
       code_hash = EXCLUDED.code_hash, expires_at = EXCLUDED.expires_at,
       created_at = EXCLUDED.created_at
   ),
   ${releaseSql('$6', '$7')}
   SELECT 1`,
);

// The address changes only if no other account has it now; the unique index decides a race.
const verifyEmailCode = statement<{
  email: string;
  previous: string;
  changed: boolean;
}>(
  'email_change_verify',
  ['text', 'text', 'bigint', 'text', 'bigint'],
  `WITH spent AS (
     DELETE FROM email_changes WHERE account_id = $1 AND code_hash = $2 AND expires_at > $3
     RETURNING account_id, email
   ),
   previous AS (SELECT a.email FROM accounts a JOIN spent s ON a.id = s.account_id),
   changed AS (
     UPDATE accounts a SET email = s.email FROM spent s
     WHERE a.id = s.account_id AND NOT EXISTS (SELECT 1 FROM accounts o WHERE o.email = s.email)
     RETURNING a.id
   ),
   ${auditSql('$4', '$1', '$5', 'EXISTS (SELECT 1 FROM changed)')}
   SELECT s.email, p.email AS previous, EXISTS (SELECT 1 FROM changed) AS changed
   FROM spent s CROSS JOIN previous p`,
);

const revokeEmailCode = statement(
  'email_change_revoke',
  ['text'],
  'DELETE FROM email_changes WHERE account_id = $1 RETURNING 1',
);

// Everything that refers to the account goes with it (ON DELETE CASCADE); a registration is
// keyed by the KVNR, so it is deleted by it.
const endRegistration = statement<{ n: number }>(
  'account_end_registration',
  ['text', 'text', 'bigint'],
  `WITH gone AS (DELETE FROM accounts WHERE id = $1 RETURNING kvnr),
   registrations_gone AS (DELETE FROM registrations r USING gone g WHERE r.kvnr = g.kvnr),
   ${auditSql('$2', '$1', '$3', 'EXISTS (SELECT 1 FROM gone)')}
   SELECT count(*)::int AS n FROM gone`,
);

const sweep = statement<{ n: number }>(
  'email_change_sweep',
  ['bigint'],
  `WITH d AS (DELETE FROM email_changes WHERE expires_at <= $1 RETURNING 1)
   SELECT count(*)::int AS n FROM d`,
);

/** A unique index refused the statement: another account took the address at the same moment. */
const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

interface StoredEmailCode {
  accountId: string;
  email: string;
  codeHash: string;
  expiresAt: number;
}

/** Memory tables whose rows name the account they belong to. */
const accountTables = [
  'sessions',
  'credentials',
  'challenges',
  'password_resets',
  'approvals',
  'document_submissions',
  'email_changes',
];

export const accountChanges = storePart<AccountChangeStore>('account', {
  sql(db) {
    return {
      async changePassword(accountId, passwordHash, { session: s, ...rest }) {
        const [row] = await db.run(changePassword, [
          accountId,
          passwordHash,
          s.idHash,
          s.method,
          s.createdAt,
          s.lastSeenAt,
          s.confirmedAt,
          s.userAgent ?? null,
          ...sessionStartArgs(rest),
        ]);
        return row?.n === 1;
      },
      async issueEmailCode(c) {
        await db.run(issueEmailCode, [
          c.accountId,
          c.email,
          c.codeHash,
          c.expiresAt,
          c.now,
          [...(c.throttle.clear ?? [])],
          [...(c.throttle.refund ?? [])],
        ]);
      },
      async verifyEmailCode(accountId, codeHash, now, event) {
        try {
          const [row] = await db.run(verifyEmailCode, [
            accountId,
            codeHash,
            now,
            event.event,
            event.at,
          ]);
          if (!row) return null;
          return row.changed
            ? { status: 'changed', previousEmail: row.previous, email: row.email }
            : { status: 'taken' };
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          // The statement was undone, the code too: spend it, as a taken address does.
          await db.run(revokeEmailCode, [accountId]);
          return { status: 'taken' };
        }
      },
      async revokeEmailCode(accountId) {
        return (await db.run(revokeEmailCode, [accountId])).length === 1;
      },
      async endRegistration(accountId, event) {
        const [row] = await db.run(endRegistration, [accountId, event.event, event.at]);
        return row?.n === 1;
      },
      async sweep(now) {
        const [row] = await db.run(sweep, [now]);
        return int(row?.n ?? 0);
      },
    };
  },
  memory(tables) {
    const accountTable = tables.table<AccountRecord>('accounts');
    const codes = tables.table<StoredEmailCode>('email_changes');
    const sessionTable = tables.table<SessionRecord>('sessions');
    const accountPart = accounts.memory(tables);
    const counters = memoryThrottle(tables);
    const log = audit.memory(tables);
    const startSession = memoryStartSession(tables);
    return {
      async changePassword(accountId, passwordHash, start) {
        const account = accountTable.get(accountId);
        if (!account) return false;
        accountTable.set(accountId, { ...account, passwordHash });
        await accountPart.addPasswordHistory(accountId, passwordHash, start.session.confirmedAt);
        deleteWhere(sessionTable, (s) => s.accountId === accountId);
        await startSession({ ...start, session: { ...start.session, accountId } });
        return true;
      },
      async issueEmailCode(c) {
        const { accountId, email, codeHash, expiresAt } = c;
        codes.set(accountId, { accountId, email, codeHash, expiresAt });
        await counters.release(c.throttle);
      },
      async verifyEmailCode(accountId, codeHash, now, event) {
        const live = codes.get(accountId);
        const account = accountTable.get(accountId);
        if (!live || !account || live.codeHash !== codeHash || live.expiresAt <= now) return null;
        codes.delete(accountId);
        if ([...accountTable.values()].some((a) => a.email === live.email)) {
          return { status: 'taken' };
        }
        accountTable.set(accountId, { ...account, email: live.email });
        await log.append(event);
        return { status: 'changed', previousEmail: account.email, email: live.email };
      },
      async revokeEmailCode(accountId) {
        return codes.delete(accountId);
      },
      async endRegistration(accountId, event) {
        const account = accountTable.get(accountId);
        if (!account) return false;
        accountTable.delete(accountId);
        tables.table('password_history').delete(accountId);
        for (const name of accountTables) {
          deleteWhere(
            tables.table<{ accountId?: string | null }>(name),
            (row) => row.accountId === accountId,
          );
        }
        deleteWhere(
          tables.table<{ kvnr: string }>('registrations'),
          (row) => row.kvnr === account.kvnr,
        );
        await log.append(event);
        return true;
      },
      sweep: async (now) => deleteWhere(codes, (c) => c.expiresAt <= now),
    };
  },
});
