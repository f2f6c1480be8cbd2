import type { AccountRecord, CredentialRecord, SessionRecord } from './store.js';

/**
 * Rows and statements of the PGlite store: column lists, row shapes and their mapping to
 * records, and the hot statements it prepares once per connection.
 */
export interface AccountRow {
  id: string;
  kvnr: string;
  email: string;
  display_name: string;
  locale: 'de' | 'en';
  password_hash: string | null;
  webauthn_user_id: Uint8Array<ArrayBuffer>;
  created_at: number;
}

export interface CredentialRow {
  c_id: string;
  c_account_id: string;
  public_key: Uint8Array<ArrayBuffer>;
  counter: number;
  transports: string[];
  device_type: 'singleDevice' | 'multiDevice';
  backed_up: boolean;
  c_name: string;
  c_created_at: number;
  last_used_at: number | null;
}

export interface SessionRow {
  id_hash: string;
  s_account_id: string;
  method: 'password' | 'passkey';
  s_created_at: number;
  last_seen_at: number;
}

export const accountColumns = `a.id, a.kvnr, a.email, a.display_name, a.locale, a.password_hash,
  a.webauthn_user_id, a.created_at`;
export const credentialColumns = `c.id AS c_id, c.account_id AS c_account_id, c.public_key, c.counter,
  c.transports, c.device_type, c.backed_up, c.name AS c_name, c.created_at AS c_created_at,
  c.last_used_at`;

export function account(row: AccountRow): AccountRecord {
  return {
    id: row.id,
    kvnr: row.kvnr,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    passwordHash: row.password_hash,
    webauthnUserId: row.webauthn_user_id,
    createdAt: Number(row.created_at),
  };
}

export function credential(row: CredentialRow): CredentialRecord {
  return {
    id: row.c_id,
    accountId: row.c_account_id,
    publicKey: row.public_key,
    counter: Number(row.counter),
    transports: row.transports,
    deviceType: row.device_type,
    backedUp: row.backed_up,
    name: row.c_name,
    createdAt: Number(row.c_created_at),
    lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at),
  };
}

export function session(row: SessionRow): SessionRecord {
  return {
    idHash: row.id_hash,
    accountId: row.s_account_id,
    method: row.method,
    createdAt: Number(row.s_created_at),
    lastSeenAt: Number(row.last_seen_at),
  };
}

/** The hot statements, prepared once per connection; arguments are bound as literals. */
export const prepared = {
  insert_challenge: {
    types: 'text, text, text, bigint',
    sql: `INSERT INTO challenges (challenge_hash, purpose, account_id, expires_at)
          VALUES ($1, $2, $3, $4)`,
  },
  consume_login: {
    types: 'text, text, bigint, text',
    sql: `WITH consumed AS (
            DELETE FROM challenges WHERE challenge_hash = $1
            RETURNING purpose = 'login' AND account_id IS NULL AND expires_at > $3 AS valid
          )
          SELECT (SELECT valid FROM consumed) AS challenge_valid,
            c.id AS c_id, c.account_id AS c_account_id, c.public_key, c.counter,
            a.display_name, a.webauthn_user_id,
            t.count AS t_count, t.window_start AS t_start
          FROM (SELECT 1) AS one
          LEFT JOIN credentials c ON c.id = $2
          LEFT JOIN accounts a ON a.id = c.account_id
          LEFT JOIN throttle t ON t.key = $4`,
  },
  // Every part after "used" depends on the counter check having passed.
  complete_passkey: {
    types:
      'text, bigint, boolean, bigint, text, text, bigint, bigint, text, text[], text, text, bigint',
    sql: `WITH used AS (
            UPDATE credentials SET counter = $2, backed_up = $3, last_used_at = $4
            WHERE id = $1 AND (counter < $2 OR ($2 = 0 AND counter = 0))
            RETURNING account_id
          ),
          started AS (
            INSERT INTO sessions (id_hash, account_id, method, created_at, last_seen_at)
            SELECT $5, account_id, $6, $7, $8 FROM used
            RETURNING id_hash
          ),
          replaced AS (
            DELETE FROM sessions
            WHERE $9 IS NOT NULL AND id_hash = $9 AND EXISTS (SELECT 1 FROM used)
          ),
          cleared AS (
            DELETE FROM throttle
            WHERE cardinality($10) > 0 AND key = ANY($10) AND EXISTS (SELECT 1 FROM used)
          ),
          audited AS (
            INSERT INTO audit_log (event, account_id, at)
            SELECT $11, $12, $13 FROM used WHERE $11 IS NOT NULL
          )
          SELECT count(*)::int AS started FROM started`,
  },
  get_session: {
    types: 'text',
    sql: `SELECT s.id_hash, s.account_id AS s_account_id, s.method, s.created_at AS s_created_at,
            s.last_seen_at, ${accountColumns}
          FROM sessions s JOIN accounts a ON a.id = s.account_id
          WHERE s.id_hash = $1`,
  },
  touch_session: {
    types: 'text, bigint',
    sql: 'UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1',
  },
  delete_session: {
    types: 'text',
    sql: 'DELETE FROM sessions WHERE id_hash = $1',
  },
} as const;
