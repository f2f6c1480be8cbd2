import { int, statement } from './sql.js';
import { storePart } from './store.js';

/**
 * A security event: `<flow>.<what>[.<outcome>]`, e.g. `login.password.failure`, `passkey.added`,
 * `session.confirmed`. Each flow names its own; no identifier, address or secret goes into one.
 */
export type AuditEventName = `${string}.${string}`;

export interface AuditEvent {
  event: AuditEventName;
  accountId?: string | null;
  at: number;
}

export interface AuditStore {
  append(event: AuditEvent): Promise<void>;
  /** Newest first. */
  list(query?: { accountId?: string; limit?: number }): Promise<Required<AuditEvent>[]>;
}

/** The CTE part that writes an audit event with a statement (`$event` null writes none). */
export const auditSql = (event: string, accountId: string, at: string, when = 'TRUE') => `
  audited AS (
    INSERT INTO audit_log (event, account_id, at)
    SELECT ${event}, ${accountId}, ${at} WHERE ${event} IS NOT NULL AND ${when}
  )`;

const append = statement(
  'audit_append',
  ['text', 'text', 'bigint'],
  'INSERT INTO audit_log (event, account_id, at) VALUES ($1, $2, $3)',
);
const list = statement<{ event: AuditEventName; account_id: string | null; at: number | string }>(
  'audit_list',
  ['text', 'integer'],
  `SELECT event, account_id, at FROM audit_log
   WHERE $1 IS NULL OR account_id = $1 ORDER BY id DESC LIMIT $2`,
);

export const audit = storePart<AuditStore>('audit', {
  sql(db) {
    return {
      async append(event) {
        await db.run(append, [event.event, event.accountId ?? null, event.at]);
      },
      async list({ accountId, limit = 100 } = {}) {
        const rows = await db.run(list, [accountId ?? null, limit]);
        return rows.map((r) => ({ event: r.event, accountId: r.account_id, at: int(r.at) }));
      },
    };
  },
  memory(tables) {
    const log = tables.table<Required<AuditEvent>>('audit_log');
    return {
      async append(event) {
        log.set(String(log.size), { accountId: null, ...event });
      },
      async list({ accountId, limit = 100 } = {}) {
        return [...log.values()]
          .filter((e) => accountId === undefined || e.accountId === accountId)
          .reverse()
          .slice(0, limit)
          .map((e) => ({ ...e }));
      },
    };
  },
});
