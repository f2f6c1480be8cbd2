import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { Store } from '@portalkit/server';
import {
  credentials,
  migrate,
  pgliteDriver,
  postgresDriver,
  type SqlDriver,
} from '@portalkit/server/testing';
import pg from 'pg';
import { kvnr, type Member } from './portal.js';

/**
 * The least SQL a passkey sign-in needs, on a database of its own with the portal's schema:
 * store the challenge; consume it and read credential and account; bump the counter and insert
 * the session. `prepared` runs the same three statements prepared once per connection (PGlite:
 * PREPARE and EXECUTE with literal arguments, as its store does for its hot path; PostgreSQL:
 * named statements, as `pg` runs the store's); otherwise they are plain parameterized queries.
 *
 * `run(member, prepared)` does the first two statements for that member's credential and returns
 * the third, to run after the signature check.
 */
interface Backend {
  driver: SqlDriver;
  plain(text: string, params: unknown[]): Promise<unknown>;
  prepared(name: string, text: string, params: (string | number)[]): Promise<unknown>;
}

const statements = {
  challenge: {
    types: 'text, text, bigint',
    text: `INSERT INTO challenges (challenge_hash, purpose, account_id, binding_hash, expires_at)
      VALUES ($1, 'login', NULL, $2, $3)`,
  },
  consume: {
    types: 'text, text',
    text: `WITH c AS (DELETE FROM challenges WHERE challenge_hash = $1 RETURNING expires_at)
      SELECT (SELECT expires_at FROM c) AS expires_at, cr.public_key, cr.counter, a.display_name
      FROM credentials cr JOIN accounts a ON a.id = cr.account_id WHERE cr.id = $2`,
  },
  bump: {
    types: 'text, bigint, text',
    text: `WITH u AS (UPDATE credentials SET counter = counter + 1, last_used_at = $2 WHERE id = $1
        RETURNING account_id)
      INSERT INTO sessions (id_hash, account_id, method, created_at, last_seen_at, confirmed_at)
      SELECT $3, account_id, 'passkey', $2, $2, $2 FROM u`,
  },
};
type Name = keyof typeof statements;

async function pgliteBackend(): Promise<Backend> {
  const db = await PGlite.create('memory://');
  const driver = pgliteDriver(db);
  return {
    driver,
    plain: (text, params) => db.query(text, params),
    async prepared(name, _text, params) {
      // Hashes, ids and numbers only: safe as literals.
      const args = params.map((p) => (typeof p === 'number' ? String(p) : `'${p}'`)).join(', ');
      return db.exec(`EXECUTE ${name}(${args})`);
    },
  };
}

function postgresBackend(connectionString: string): Backend {
  const pool = new pg.Pool({ connectionString, max: 10 });
  return {
    driver: postgresDriver(pool),
    plain: (text, params) => pool.query(text, params),
    prepared: (name, text, params) => pool.query({ name: `minimal_${name}`, text, values: params }),
  };
}

export async function minimalSql(
  members: Member[],
  store: Store,
  on: { postgres: string } | 'pglite' = 'pglite',
) {
  const backend = on === 'pglite' ? await pgliteBackend() : postgresBackend(on.postgres);
  await migrate(backend.driver);
  if (on === 'pglite') {
    // Prepared after the schema exists.
    for (const [name, { types, text }] of Object.entries(statements)) {
      await backend.plain(`PREPARE ${name}(${types}) AS ${text}`, []);
    }
  }
  const ids: string[] = [];
  for (const [i, member] of members.entries()) {
    const credentialId = member.device.credentials[0]!.id;
    const stored = await store.use(credentials).find(credentialId);
    await backend.plain(
      `INSERT INTO accounts (id, kvnr, email, display_name, webauthn_user_id, created_at)
       VALUES ($1, $2, $3, $4, $5, 0)`,
      [`acc-${i}`, kvnr(i), member.email, `Member ${i}`, randomBytes(32)],
    );
    await backend.plain(
      `INSERT INTO credentials (id, account_id, public_key, counter, device_type, backed_up, name, created_at)
       VALUES ($1, $2, $3, 0, 'singleDevice', false, 'Passkey', 0)`,
      [credentialId, `acc-${i}`, stored!.publicKey],
    );
    ids.push(credentialId);
  }
  const exec = (prepared: boolean, name: Name, params: (string | number)[]) =>
    prepared
      ? backend.prepared(name, statements[name].text, params)
      : backend.plain(statements[name].text, params);
  const hash = () => randomBytes(32).toString('base64url');
  const run = async (member: number, prepared: boolean) => {
    const challengeHash = hash();
    const now = Date.now();
    const id = ids[member % ids.length]!;
    await exec(prepared, 'challenge', [challengeHash, hash(), now + 300_000]);
    await exec(prepared, 'consume', [challengeHash, id]);
    return async () => {
      await exec(prepared, 'bump', [id, now, hash()]);
    };
  };
  return { run, close: () => backend.driver.close() };
}
