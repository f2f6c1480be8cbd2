import { PGlite } from '@electric-sql/pglite';
import { migrate } from './migrate.js';
import { sqlLiteral, type SqlValue } from './sql-literal.js';
import {
  account,
  accountColumns,
  credential,
  credentialColumns,
  prepared,
  session,
  type AccountRow,
  type CredentialRow,
  type SessionRow,
} from './pglite-sql.js';
import type { AccountRecord, AuditEvent, SessionStart, Store, SweepResult } from './store.js';

/**
 * The embedded store: PostgreSQL compiled to WebAssembly, kept in a directory (or `memory://`).
 * The SQL is plain PostgreSQL, so a `pg` store can run the same migrations and statements.
 *
 * PGlite executes on the Node main thread, so every statement's time is added to every other
 * request's. The passkey sign-in and session checks are therefore few statements (data-modifying
 * CTEs do in one round trip what would otherwise take three or four), prepared once: parsing and
 * planning is most of a PGlite statement's cost, and `EXECUTE` over the simple query protocol
 * skips both. Statements that carry member-typed text (names, e-mail addresses) stay ordinary
 * parameterized queries.
 */
export async function createPgliteStore(options: { dataDir: string }): Promise<Store> {
  const db = await PGlite.create(options.dataDir);
  try {
    await migrate(db);
    return await pgliteStore(db);
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Collects query parameters while SQL text is assembled; `add` returns the placeholder. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * CTE parts that go with starting a session: delete the replaced session, clear throttle keys,
 * write the audit event. Only the parts a call needs are emitted.
 */
function sessionStartParts(start: SessionStart, p: Params): string[] {
  const parts: string[] = [];
  if (start.replacesSessionHash) {
    parts.push(
      `replaced AS (DELETE FROM sessions WHERE id_hash = ${p.add(start.replacesSessionHash)})`,
    );
  }
  const keys = start.clearThrottleKeys ?? [];
  if (keys.length > 0) {
    const list = keys.map((key) => p.add(key)).join(', ');
    parts.push(`cleared AS (DELETE FROM throttle WHERE key IN (${list}))`);
  }
  if (start.audit) {
    const { event, accountId, at } = start.audit;
    parts.push(`audited AS (
      INSERT INTO audit_log (event, account_id, at)
      VALUES (${p.add(event)}, ${p.add(accountId ?? null)}, ${p.add(at)}))`);
  }
  return parts;
}

/** A store on an open, migrated PGlite; `close()` closes the database too. */
export async function pgliteStore(db: PGlite): Promise<Store> {
  await db.exec(
    Object.entries(prepared)
      .map(([name, { types, sql }]) => `PREPARE ${name}(${types}) AS ${sql};`)
      .join('\n'),
  );

  async function execute<T>(name: keyof typeof prepared, args: SqlValue[]): Promise<T[]> {
    const [result] = await db.exec(`EXECUTE ${name}(${args.map(sqlLiteral).join(', ')})`);
    return (result?.rows ?? []) as T[];
  }

  async function findAccount(where: string, value: string): Promise<AccountRecord | null> {
    const { rows } = await db.query<AccountRow>(
      `SELECT ${accountColumns} FROM accounts a WHERE ${where} = $1`,
      [value],
    );
    return rows[0] ? account(rows[0]) : null;
  }

  let lastSweep = Number.NEGATIVE_INFINITY;

  return {
    findAccountById: (id) => findAccount('a.id', id),
    findAccountByKvnr: (kvnr) => findAccount('a.kvnr', kvnr),
    findAccountByEmail: (email) => findAccount('a.email', email),
    async createAccount(a) {
      const { rows } = await db.query(
        `INSERT INTO accounts (id, kvnr, email, display_name, locale, password_hash,
           webauthn_user_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          a.id,
          a.kvnr,
          a.email,
          a.displayName,
          a.locale,
          a.passwordHash,
          a.webauthnUserId,
          a.createdAt,
        ],
      );
      return rows.length === 1;
    },

    async addCredential(c) {
      const { rows } = await db.query(
        `INSERT INTO credentials (id, account_id, public_key, counter, transports, device_type,
           backed_up, name, created_at, last_used_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          c.id,
          c.accountId,
          c.publicKey,
          c.counter,
          c.transports,
          c.deviceType,
          c.backedUp,
          c.name,
          c.createdAt,
          c.lastUsedAt,
        ],
      );
      return rows.length === 1;
    },
    async findCredential(id) {
      const { rows } = await db.query<CredentialRow>(
        `SELECT ${credentialColumns} FROM credentials c WHERE c.id = $1`,
        [id],
      );
      return rows[0] ? credential(rows[0]) : null;
    },
    async listCredentials(accountId) {
      const { rows } = await db.query<CredentialRow>(
        `SELECT ${credentialColumns} FROM credentials c WHERE c.account_id = $1
         ORDER BY c.created_at, c.id`,
        [accountId],
      );
      return rows.map(credential);
    },

    async createChallenge(c, now) {
      // Unanswered challenges (closed tabs) are swept about once a minute, not on every
      // insert: the sweep would double the cost of the sign-in's first statement.
      if (now - lastSweep >= 60_000) {
        lastSweep = now;
        await db.query('DELETE FROM challenges WHERE expires_at <= $1', [now]);
      }
      await execute('insert_challenge', [c.challengeHash, c.purpose, c.accountId, c.expiresAt]);
    },
    async consumeChallenge({ challengeHash, purpose, accountId, now }) {
      const { rows } = await db.query<{ valid: boolean }>(
        `DELETE FROM challenges WHERE challenge_hash = $1
         RETURNING (purpose = $2 AND account_id IS NOT DISTINCT FROM $3 AND expires_at > $4) AS valid`,
        [challengeHash, purpose, accountId, now],
      );
      return rows[0]?.valid === true;
    },
    async consumeLoginChallenge({ challengeHash, credentialId, throttleKey, now }) {
      const [row] = await execute<{
        challenge_valid: boolean | null;
        c_id: string | null;
        c_account_id: string;
        public_key: Uint8Array<ArrayBuffer>;
        counter: number;
        display_name: string | null;
        webauthn_user_id: Uint8Array<ArrayBuffer>;
        t_count: number | null;
        t_start: number | null;
      }>('consume_login', [challengeHash, credentialId, now, throttleKey]);
      if (!row) throw new Error('consumeLoginChallenge returned no row');
      const found = row.c_id !== null;
      return {
        challengeValid: row.challenge_valid === true,
        credential: found
          ? {
              id: row.c_id!,
              accountId: row.c_account_id,
              publicKey: row.public_key,
              counter: Number(row.counter),
            }
          : null,
        account:
          found && row.display_name !== null
            ? {
                id: row.c_account_id,
                displayName: row.display_name,
                webauthnUserId: row.webauthn_user_id,
              }
            : null,
        throttle:
          throttleKey !== null && row.t_count !== null
            ? { key: throttleKey, count: Number(row.t_count), windowStart: Number(row.t_start) }
            : null,
      };
    },

    async completePasskeySignIn(use, start) {
      const s = start.session;
      const [row] = await execute<{ started: number }>('complete_passkey', [
        use.credentialId,
        use.counter,
        use.backedUp,
        use.usedAt,
        s.idHash,
        s.method,
        s.createdAt,
        s.lastSeenAt,
        start.replacesSessionHash ?? null,
        start.clearThrottleKeys ?? [],
        start.audit?.event ?? null,
        start.audit?.accountId ?? null,
        start.audit?.at ?? null,
      ]);
      return row?.started === 1;
    },

    async createSession(start) {
      const p = new Params();
      const s = start.session;
      const values = [s.idHash, s.accountId, s.method, s.createdAt, s.lastSeenAt].map((v) =>
        p.add(v),
      );
      const parts = sessionStartParts(start, p);
      await db.query(
        `${parts.length > 0 ? `WITH ${parts.join(',\n')}` : ''}
         INSERT INTO sessions (id_hash, account_id, method, created_at, last_seen_at)
         VALUES (${values.join(', ')})`,
        p.values,
      );
    },
    async getSession(idHash) {
      const [row] = await execute<AccountRow & SessionRow>('get_session', [idHash]);
      return row ? { session: session(row), account: account(row) } : null;
    },
    async touchSession(idHash, lastSeenAt) {
      await execute('touch_session', [idHash, lastSeenAt]);
    },
    async deleteSession(idHash) {
      await execute('delete_session', [idHash]);
    },

    async readThrottle(keys) {
      const { rows } = await db.query<{ key: string; count: number; window_start: number }>(
        'SELECT key, count, window_start FROM throttle WHERE key = ANY($1::text[])',
        [keys],
      );
      return rows.map((r) => ({ key: r.key, count: r.count, windowStart: Number(r.window_start) }));
    },
    async recordFailure(key, now, windowMs) {
      const { rows } = await db.query<{ key: string; count: number; window_start: number }>(
        `INSERT INTO throttle AS t (key, count, window_start) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN t.window_start <= $2::bigint - $3::bigint THEN 1 ELSE t.count + 1 END,
           window_start = CASE WHEN t.window_start <= $2::bigint - $3::bigint
             THEN $2 ELSE t.window_start END
         RETURNING key, count, window_start`,
        [key, now, windowMs],
      );
      const row = rows[0];
      if (!row) throw new Error('recordFailure returned no row');
      return { key: row.key, count: row.count, windowStart: Number(row.window_start) };
    },
    async clearThrottle(keys) {
      await db.query('DELETE FROM throttle WHERE key = ANY($1::text[])', [keys]);
    },

    async sweep(cutoffs) {
      // Sessions and throttle have no index on these columns: with a sweep every few minutes they
      // hold only what is live or just expired, so a scan is cheap, and the sign-in path has no
      // extra index to update on every session write.
      const { rows } = await db.query<SweepResult>(
        `WITH s AS (DELETE FROM sessions WHERE last_seen_at <= $1 OR created_at <= $2 RETURNING 1),
              c AS (DELETE FROM challenges WHERE expires_at <= $3 RETURNING 1),
              t AS (DELETE FROM throttle WHERE window_start <= $4 RETURNING 1)
         SELECT (SELECT count(*)::int FROM s) AS sessions,
                (SELECT count(*)::int FROM c) AS challenges,
                (SELECT count(*)::int FROM t) AS throttle`,
        [
          cutoffs.sessionLastSeenAt,
          cutoffs.sessionCreatedAt,
          cutoffs.challengeExpiresAt,
          cutoffs.throttleWindowStart,
        ],
      );
      const row = rows[0];
      if (!row) throw new Error('sweep returned no row');
      return row;
    },

    async audit(event) {
      await db.query('INSERT INTO audit_log (event, account_id, at) VALUES ($1, $2, $3)', [
        event.event,
        event.accountId ?? null,
        event.at,
      ]);
    },
    async listAudit({ accountId, limit = 100 } = {}) {
      const { rows } = await db.query<{
        event: AuditEvent['event'];
        account_id: string | null;
        at: number;
      }>(
        `SELECT event, account_id, at FROM audit_log
         WHERE $1::text IS NULL OR account_id = $1 ORDER BY id DESC LIMIT $2`,
        [accountId ?? null, limit],
      );
      return rows.map((r) => ({ event: r.event, accountId: r.account_id, at: Number(r.at) }));
    },

    async addPasswordHistory(accountId, passwordHash, at) {
      await db.query(
        'INSERT INTO password_history (account_id, password_hash, created_at) VALUES ($1, $2, $3)',
        [accountId, passwordHash, at],
      );
    },
    async listPasswordHistory(accountId, limit) {
      const { rows } = await db.query<{ password_hash: string }>(
        `SELECT password_hash FROM password_history WHERE account_id = $1
         ORDER BY created_at DESC, id DESC LIMIT $2`,
        [accountId, limit],
      );
      return rows.map((r) => r.password_hash);
    },

    async close() {
      await db.close();
    },
  };
}
