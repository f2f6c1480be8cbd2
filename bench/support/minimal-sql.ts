import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { Store } from '@portalkit/server';
import { migrate } from '../../packages/server/src/stores/migrate.js';
import { kvnr, type Member } from './portal.js';

/**
 * The least SQL a passkey sign-in needs, on its own PGlite with the portal's schema: store the
 * challenge; consume it and read credential and account; bump the counter and insert the session.
 * `prepared` runs the same three statements the way the store runs its hot path (PREPARE once,
 * EXECUTE with literal arguments); otherwise they are plain parameterized queries, as in the
 * toolchain notes' reference figure.
 *
 * `run(member, prepared)` does the first two statements for that member's credential and returns
 * the third, to run after the signature check.
 */
export async function minimalSql(members: Member[], store: Store) {
  const db = await PGlite.create('memory://');
  await migrate(db);
  const ids: string[] = [];
  for (const [i, member] of members.entries()) {
    const credentialId = member.device.credentials[0]!.id;
    const stored = await store.findCredential(credentialId);
    await db.query(
      `INSERT INTO accounts (id, kvnr, email, display_name, webauthn_user_id, created_at)
       VALUES ($1, $2, $3, $4, $5, 0)`,
      [`acc-${i}`, kvnr(i), member.email, `Member ${i}`, randomBytes(32)],
    );
    await db.query(
      `INSERT INTO credentials (id, account_id, public_key, counter, device_type, backed_up, name, created_at)
       VALUES ($1, $2, $3, 0, 'singleDevice', false, 'Passkey', 0)`,
      [credentialId, `acc-${i}`, stored!.publicKey],
    );
    ids.push(credentialId);
  }
  const statements = {
    challenge: `INSERT INTO challenges (challenge_hash, purpose, account_id, expires_at)
      VALUES ($1, 'login', NULL, $2)`,
    consume: `WITH c AS (DELETE FROM challenges WHERE challenge_hash = $1 RETURNING expires_at)
      SELECT (SELECT expires_at FROM c) AS expires_at, cr.public_key, cr.counter, a.display_name
      FROM credentials cr JOIN accounts a ON a.id = cr.account_id WHERE cr.id = $2`,
    bump: `WITH u AS (UPDATE credentials SET counter = counter + 1, last_used_at = $2 WHERE id = $1
        RETURNING account_id)
      INSERT INTO sessions (id_hash, account_id, method, created_at, last_seen_at)
      SELECT $3, account_id, 'passkey', $2, $2 FROM u`,
  };
  await db.exec(`PREPARE challenge(text, bigint) AS ${statements.challenge};
    PREPARE consume(text, text) AS ${statements.consume};
    PREPARE bump(text, bigint, text) AS ${statements.bump};`);
  const hash = () => randomBytes(32).toString('base64url');
  const run = async (member: number, prepared: boolean) => {
    const challengeHash = hash();
    const now = Date.now();
    const id = ids[member % ids.length]!;
    if (prepared) {
      await db.exec(`EXECUTE challenge('${challengeHash}', ${now + 300_000})`);
      await db.exec(`EXECUTE consume('${challengeHash}', '${id}')`);
    } else {
      await db.query(statements.challenge, [challengeHash, now + 300_000]);
      await db.query(statements.consume, [challengeHash, id]);
    }
    return async () => {
      if (prepared) await db.exec(`EXECUTE bump('${id}', ${now}, '${hash()}')`);
      else await db.query(statements.bump, [id, now, hash()]);
    };
  };
  return { db, run };
}
