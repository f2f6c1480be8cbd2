import { accountColumns, accountOf, type AccountRecord, type AccountRow } from './accounts.js';
import { audit, auditSql, type AuditEvent } from './audit.js';
import { int, statement } from './sql.js';
import { deleteWhere, storePart, type MemoryTables } from './store.js';
import { memoryThrottle, releaseSql, type ThrottleRelease } from './throttle.js';

export interface SessionRecord {
  /** SHA-256 (base64url) of the id in the cookie. */
  idHash: string;
  accountId: string;
  method: 'password' | 'passkey';
  createdAt: number;
  lastSeenAt: number;
  /** When the member last proved who they are: the sign-in, or a later confirmation. */
  confirmedAt: number;
  /** The User-Agent of the request that signed in, at most 512 characters; null if none. */
  userAgent?: string | null;
}

/** What a new session replaces and records, written together with it in one step. */
export interface SessionStart {
  session: SessionRecord;
  /** The session the request came with: deleted, so every sign-in rotates the id. */
  replacesSessionHash?: string | null;
  /** Throttle counters the successful proof resets or gives back. */
  throttle?: ThrottleRelease;
  audit?: AuditEvent;
}

export interface SessionStore {
  start(start: SessionStart): Promise<void>;
  get(idHash: string): Promise<{ session: SessionRecord; account: AccountRecord } | null>;
  touch(idHash: string, lastSeenAt: number): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** The account's sessions, expired ones too (the caller knows the timeouts). */
  list(accountId: string): Promise<SessionRecord[]>;
  /** Ends every session of the account but `keepHash`, writing `audit` with it; how many. */
  deleteOthers(accountId: string, keepHash: string, audit?: AuditEvent): Promise<number>;
  /**
   * Deletes sessions idle since `lastSeenBefore` or started before `createdBefore` (both `<=`): a
   * member who closes the tab never signs out, and who was signed in when must not stay for ever.
   */
  sweep(cutoffs: { lastSeenBefore: number; createdBefore: number }): Promise<number>;
}

interface SessionRow {
  id_hash: string;
  s_account_id: string;
  method: 'password' | 'passkey';
  s_created_at: number | string;
  last_seen_at: number | string;
  confirmed_at: number | string;
  user_agent: string | null;
}

const sessionOf = (row: SessionRow): SessionRecord => ({
  idHash: row.id_hash,
  accountId: row.s_account_id,
  method: row.method,
  createdAt: int(row.s_created_at),
  lastSeenAt: int(row.last_seen_at),
  confirmedAt: int(row.confirmed_at),
  userAgent: row.user_agent,
});

/**
 * The parts of starting a session besides the insert, as CTEs gated by `when`: delete the
 * replaced session, reset and refund throttle counters, write the audit event. Parameters, in
 * order: replaced session hash, keys to clear, keys to refund, event, its account, its time.
 */
export function sessionStartParts(params: string[], when = 'TRUE'): string {
  const [replaced, clear, refund, event, accountId, at] = params as [
    string, string, string, string, string, string,
  ];
  return `replaced AS (DELETE FROM sessions WHERE id_hash = ${replaced} AND ${when}),
    ${releaseSql(clear, refund, when)},
    ${auditSql(event, accountId, at, when)}`;
}

export const sessionStartTypes = ['text', 'text[]', 'text[]', 'text', 'text', 'bigint'] as const;

/** Arguments for `sessionStartParts`, in its order. */
export function sessionStartArgs(start: Omit<SessionStart, 'session'>) {
  return [
    start.replacesSessionHash ?? null,
    [...(start.throttle?.clear ?? [])],
    [...(start.throttle?.refund ?? [])],
    start.audit?.event ?? null,
    start.audit?.accountId ?? null,
    start.audit?.at ?? null,
  ];
}

const startSession = statement(
  'session_start',
  ['text', 'text', 'text', 'bigint', 'bigint', 'bigint', ...sessionStartTypes, 'text'],
  `WITH ${sessionStartParts(['$7', '$8', '$9', '$10', '$11', '$12'])}
   INSERT INTO sessions (id_hash, account_id, method, created_at, last_seen_at, confirmed_at,
     user_agent)
   VALUES ($1, $2, $3, $4, $5, $6, $13)`,
);
const get = statement<SessionRow & AccountRow>(
  'session_get',
  ['text'],
  `SELECT s.id_hash, s.account_id AS s_account_id, s.method, s.created_at AS s_created_at,
     s.last_seen_at, s.confirmed_at, s.user_agent, ${accountColumns}
   FROM sessions s JOIN accounts a ON a.id = s.account_id
   WHERE s.id_hash = $1`,
);
const touch = statement(
  'session_touch',
  ['text', 'bigint'],
  'UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1',
);
const remove = statement('session_delete', ['text'], 'DELETE FROM sessions WHERE id_hash = $1');
const list = statement<SessionRow>(
  'session_list',
  ['text'],
  `SELECT id_hash, account_id AS s_account_id, method, created_at AS s_created_at, last_seen_at,
     confirmed_at, user_agent
   FROM sessions WHERE account_id = $1 ORDER BY last_seen_at DESC, id_hash`,
);
const deleteOthers = statement<{ n: number }>(
  'session_delete_others',
  ['text', 'text', 'text', 'bigint'],
  `WITH d AS (DELETE FROM sessions WHERE account_id = $1 AND id_hash <> $2 RETURNING 1),
   ${auditSql('$3', '$1', '$4')}
   SELECT count(*)::int AS n FROM d`,
);
const sweep = statement<{ n: number }>(
  'session_sweep',
  ['bigint', 'bigint'],
  `WITH d AS (DELETE FROM sessions WHERE last_seen_at <= $1 OR created_at <= $2 RETURNING 1)
   SELECT count(*)::int AS n FROM d`,
);

/** What starting a session does in the memory store; shared with the passkey sign-in. */
export function memoryStartSession(tables: MemoryTables): (start: SessionStart) => Promise<void> {
  const sessions = tables.table<SessionRecord>('sessions');
  const counters = memoryThrottle(tables);
  const log = audit.memory(tables);
  return async (start) => {
    if (start.replacesSessionHash) sessions.delete(start.replacesSessionHash);
    sessions.set(start.session.idHash, { userAgent: null, ...start.session });
    if (start.throttle) await counters.release(start.throttle);
    if (start.audit) await log.append(start.audit);
  };
}

export const sessions = storePart<SessionStore>('sessions', {
  sql(db) {
    return {
      async start({ session: s, ...rest }) {
        await db.run(startSession, [
          s.idHash,
          s.accountId,
          s.method,
          s.createdAt,
          s.lastSeenAt,
          s.confirmedAt,
          ...sessionStartArgs(rest),
          s.userAgent ?? null,
        ]);
      },
      async get(idHash) {
        const [row] = await db.run(get, [idHash]);
        return row ? { session: sessionOf(row), account: accountOf(row) } : null;
      },
      async touch(idHash, lastSeenAt) {
        await db.run(touch, [idHash, lastSeenAt]);
      },
      async delete(idHash) {
        await db.run(remove, [idHash]);
      },
      async list(accountId) {
        return (await db.run(list, [accountId])).map(sessionOf);
      },
      async deleteOthers(accountId, keepHash, event) {
        const [row] = await db.run(deleteOthers, [
          accountId,
          keepHash,
          event?.event ?? null,
          event?.at ?? null,
        ]);
        return row?.n ?? 0;
      },
      async sweep({ lastSeenBefore, createdBefore }) {
        const [row] = await db.run(sweep, [lastSeenBefore, createdBefore]);
        return row?.n ?? 0;
      },
    };
  },
  memory(tables) {
    const all = tables.table<SessionRecord>('sessions');
    const accounts = tables.table<AccountRecord>('accounts');
    const log = audit.memory(tables);
    return {
      start: memoryStartSession(tables),
      async get(idHash) {
        const session = all.get(idHash);
        const account = session && accounts.get(session.accountId);
        return session && account ? { session: { ...session }, account: { ...account } } : null;
      },
      async touch(idHash, lastSeenAt) {
        const session = all.get(idHash);
        if (session) all.set(idHash, { ...session, lastSeenAt });
      },
      async delete(idHash) {
        all.delete(idHash);
      },
      async list(accountId) {
        return [...all.values()]
          .filter((s) => s.accountId === accountId)
          .sort((a, b) => b.lastSeenAt - a.lastSeenAt || (a.idHash < b.idHash ? -1 : 1))
          .map((s) => ({ ...s }));
      },
      async deleteOthers(accountId, keepHash, event) {
        const n = deleteWhere(all, (s) => s.accountId === accountId && s.idHash !== keepHash);
        if (event) await log.append(event);
        return n;
      },
      sweep: async ({ lastSeenBefore, createdBefore }) =>
        deleteWhere(all, (s) => s.lastSeenAt <= lastSeenBefore || s.createdAt <= createdBefore),
    };
  },
});
