import { int, statement } from './sql.js';
import { deleteWhere, storePart, type MemoryTables } from './store.js';

/** A counter of attempts in a fixed window. */
export interface ThrottleRecord {
  /** An HMAC of the rule and what it counts; never an identifier or address itself. */
  key: string;
  /** Attempts since `windowStart`, this one included. */
  count: number;
  windowStart: number;
  /** When the window ends and the counter starts over. */
  expiresAt: number;
}

export interface ThrottleHit {
  key: string;
  windowMs: number;
}

/** Counters to reset (a secret was right) and attempts to give back (they were not failures). */
export interface ThrottleRelease {
  clear?: readonly string[];
  refund?: readonly string[];
}

export interface ThrottleStore {
  /**
   * Counts one attempt on every key and returns the new counts, atomically per key: of any
   * number of attempts made at once, each sees a different count. A window that has ended starts
   * over at 1.
   */
  hit(keys: readonly ThrottleHit[], now: number): Promise<ThrottleRecord[]>;
  release(release: ThrottleRelease): Promise<void>;
  /** Deletes counters whose window has ended; returns how many. */
  sweep(now: number): Promise<number>;
}

interface ThrottleRow {
  key: string;
  count: number;
  window_start: number | string;
  expires_at: number | string;
}

const recordOf = (row: ThrottleRow): ThrottleRecord => ({
  key: row.key,
  count: int(row.count),
  windowStart: int(row.window_start),
  expiresAt: int(row.expires_at),
});

/**
 * The upsert that counts: `$1` keys, `$2` now, `$3` window lengths (as text, so the hot path's
 * arguments stay literals). Shared with statements that count and do more in one round trip.
 */
export const hitSql = (keys: string, now: string, windows: string) => `
  INSERT INTO throttle AS t (key, count, window_start, expires_at)
  SELECT k, 1, ${now}, ${now} + w::bigint FROM unnest(${keys}, ${windows}) AS hits(k, w)
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN t.expires_at <= EXCLUDED.window_start THEN 1 ELSE t.count + 1 END,
    window_start = CASE WHEN t.expires_at <= EXCLUDED.window_start
      THEN EXCLUDED.window_start ELSE t.window_start END,
    expires_at = CASE WHEN t.expires_at <= EXCLUDED.window_start
      THEN EXCLUDED.expires_at ELSE t.expires_at END
  RETURNING t.key, t.count, t.window_start, t.expires_at`;

/** CTE parts that reset (`$clear`) and refund (`$refund`) counters, gated by `when`. */
export const releaseSql = (clear: string, refund: string, when = 'TRUE') => `
  cleared AS (DELETE FROM throttle WHERE key = ANY(${clear}) AND ${when}),
  refunded AS (
    UPDATE throttle SET count = count - 1
    WHERE key = ANY(${refund}) AND count > 0 AND NOT key = ANY(${clear}) AND ${when}
  )`;

const hit = statement<ThrottleRow>(
  'throttle_hit',
  ['text[]', 'bigint', 'text[]'],
  hitSql('$1', '$2', '$3'),
);
const release = statement(
  'throttle_release',
  ['text[]', 'text[]'],
  `WITH ${releaseSql('$1', '$2')} SELECT 1`,
);
const sweep = statement<{ n: number }>(
  'throttle_sweep',
  ['bigint'],
  'WITH d AS (DELETE FROM throttle WHERE expires_at <= $1 RETURNING 1) SELECT count(*)::int AS n FROM d',
);

/** Distinct keys: one statement must not count a key twice. */
function distinct(keys: readonly ThrottleHit[]): ThrottleHit[] {
  return [...new Map(keys.map((k) => [k.key, k])).values()];
}

/** The memory implementation's counters, also used by parts that count in the same step. */
export function memoryThrottle(tables: MemoryTables): ThrottleStore {
  const counters = tables.table<ThrottleRecord>('throttle');
  return {
    async hit(keys, now) {
      return distinct(keys).map(({ key, windowMs }) => {
        const current = counters.get(key);
        const next =
          current && current.expiresAt > now
            ? { ...current, count: current.count + 1 }
            : { key, count: 1, windowStart: now, expiresAt: now + windowMs };
        counters.set(key, next);
        return { ...next };
      });
    },
    async release({ clear = [], refund = [] }) {
      for (const key of clear) counters.delete(key);
      for (const key of refund) {
        const current = counters.get(key);
        if (current && current.count > 0 && !clear.includes(key)) {
          counters.set(key, { ...current, count: current.count - 1 });
        }
      }
    },
    sweep: async (now) => deleteWhere(counters, (record) => record.expiresAt <= now),
  };
}

export const throttle = storePart<ThrottleStore>('throttle', {
  sql(db) {
    return {
      async hit(keys, now) {
        const unique = distinct(keys);
        if (unique.length === 0) return [];
        const rows = await db.run(hit, [
          unique.map((k) => k.key),
          now,
          unique.map((k) => String(k.windowMs)),
        ]);
        const byKey = new Map(rows.map((row) => [row.key, recordOf(row)]));
        return unique.map(({ key }) => byKey.get(key)!);
      },
      async release({ clear = [], refund = [] }) {
        if (clear.length + refund.length === 0) return;
        await db.run(release, [clear, refund]);
      },
      async sweep(now) {
        const [row] = await db.run(sweep, [now]);
        return row?.n ?? 0;
      },
    };
  },
  memory: memoryThrottle,
});
