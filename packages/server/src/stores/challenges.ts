import { int, statement } from './sql.js';
import { deleteWhere, storePart, type MemoryTables } from './store.js';
import { hitSql, memoryThrottle, type ThrottleHit } from './throttle.js';

/** What a challenge is for; each ceremony names its own. */
export type ChallengePurpose = 'login' | 'register' | (string & {});

export interface ChallengeRecord {
  /** SHA-256 (base64url) of the challenge. */
  challengeHash: string;
  purpose: ChallengePurpose;
  /** The account a challenge was issued to; null before sign-in. */
  accountId: string | null;
  /** SHA-256 of the binding the requesting browser holds (an HttpOnly cookie). */
  bindingHash: string;
  expiresAt: number;
}

export interface ChallengeQuery {
  challengeHash: string;
  purpose: ChallengePurpose;
  accountId: string | null;
  bindingHash: string;
  now: number;
}

export interface ChallengeStore {
  /**
   * Counts the issue on `limit.key` and stores the challenge only while that count is within
   * `limit.max`, in one step: a client that floods the options route adds at most `max` rows per
   * window. Returns the count and when its window ends.
   */
  create(
    challenge: ChallengeRecord,
    limit: ThrottleHit & { max: number; now: number },
  ): Promise<{ created: boolean; count: number; expiresAt: number }>;
  /**
   * One-time: deletes the challenge; true only if it was live and matches purpose, account and
   * the browser's binding.
   */
  consume(query: ChallengeQuery): Promise<boolean>;
  /** Deletes expired challenges; returns how many. */
  sweep(now: number): Promise<number>;
}

const create = statement<{ count: number; expires_at: number | string; created: number }>(
  'challenge_create',
  ['text', 'text', 'text', 'text', 'bigint', 'text', 'bigint', 'text', 'integer'],
  `WITH hit AS (${hitSql('ARRAY[$6]', '$7', 'ARRAY[$8]')}),
   created AS (
     INSERT INTO challenges (challenge_hash, purpose, account_id, binding_hash, expires_at)
     SELECT $1, $2, $3, $4, $5 FROM hit WHERE hit.count <= $9
     RETURNING 1
   )
   SELECT hit.count, hit.expires_at, (SELECT count(*) FROM created)::int AS created FROM hit`,
);
const consume = statement<{ valid: boolean }>(
  'challenge_consume',
  ['text', 'text', 'text', 'text', 'bigint'],
  `DELETE FROM challenges WHERE challenge_hash = $1
   RETURNING (purpose = $2 AND account_id IS NOT DISTINCT FROM $3 AND binding_hash = $4
     AND expires_at > $5) AS valid`,
);
const sweep = statement<{ n: number }>(
  'challenge_sweep',
  ['bigint'],
  `WITH d AS (DELETE FROM challenges WHERE expires_at <= $1 RETURNING 1)
   SELECT count(*)::int AS n FROM d`,
);

/** The memory implementation's consumption, shared with the passkey sign-in. */
export function memoryConsume(tables: MemoryTables, query: ChallengeQuery): boolean {
  const all = tables.table<ChallengeRecord>('challenges');
  const challenge = all.get(query.challengeHash);
  if (!challenge) return false;
  all.delete(query.challengeHash);
  return (
    challenge.expiresAt > query.now &&
    challenge.purpose === query.purpose &&
    challenge.accountId === query.accountId &&
    challenge.bindingHash === query.bindingHash
  );
}

export const challenges = storePart<ChallengeStore>('challenges', {
  sql(db) {
    return {
      async create(c, limit) {
        const [row] = await db.run(create, [
          c.challengeHash,
          c.purpose,
          c.accountId,
          c.bindingHash,
          c.expiresAt,
          limit.key,
          limit.now,
          String(limit.windowMs),
          limit.max,
        ]);
        if (!row) throw new Error('challenge_create returned no row');
        return { created: row.created === 1, count: row.count, expiresAt: int(row.expires_at) };
      },
      async consume(q) {
        const [row] = await db.run(consume, [
          q.challengeHash,
          q.purpose,
          q.accountId,
          q.bindingHash,
          q.now,
        ]);
        return row?.valid === true;
      },
      async sweep(now) {
        const [row] = await db.run(sweep, [now]);
        return row?.n ?? 0;
      },
    };
  },
  memory(tables) {
    const all = tables.table<ChallengeRecord>('challenges');
    const counters = memoryThrottle(tables);
    return {
      async create(challenge, limit) {
        const [hit] = await counters.hit([limit], limit.now);
        const created = hit!.count <= limit.max;
        if (created) all.set(challenge.challengeHash, { ...challenge });
        return { created, count: hit!.count, expiresAt: hit!.expiresAt };
      },
      consume: async (query) => memoryConsume(tables, query),
      sweep: async (now) => deleteWhere(all, (c) => c.expiresAt <= now),
    };
  },
});
