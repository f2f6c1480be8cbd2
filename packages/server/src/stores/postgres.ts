import pg from 'pg';
import { openSqlStore } from './sql-store.js';
import type { SqlDriver } from './sql.js';
import type { Store } from './store.js';

/** Any 64-bit number, the same in every Portalkit server: the migrations' advisory lock. */
const migrationLock = 7_340_116_272_540_331;

/**
 * The store on a PostgreSQL server (13 or newer) through `pg`: the same migrations and statements
 * as the embedded PGlite store. Several Portalkit servers can share one database: sessions,
 * challenges and throttle counters live only there, and every operation that must be atomic is
 * one statement.
 */
export async function createPostgresStore(options: {
  /** `postgres://user:password@host:5432/database` */
  connectionString: string;
  /** Connections in the pool. Default 10. */
  maxConnections?: number;
}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
  });
  // An idle client that loses its connection emits an error; the pool replaces it.
  pool.on('error', () => undefined);
  try {
    return await openSqlStore(postgresDriver(pool));
  } catch (error) {
    await pool.end();
    throw error;
  }
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** Named statements: `pg` prepares each once per connection and binds the arguments. */
export function postgresDriver(pool: pg.Pool, client?: pg.PoolClient): SqlDriver {
  const on: Queryable = client ?? pool;
  return {
    async run(statement, args) {
      const { rows } = await on.query({
        name: statement.name,
        text: statement.text,
        values: [...args],
      });
      return rows as never[];
    },
    async exec(sql) {
      await on.query(sql);
    },
    async exclusive(work) {
      const held = await pool.connect();
      try {
        await held.query('SELECT pg_advisory_lock($1::bigint)', [migrationLock]);
        try {
          return await work(postgresDriver(pool, held));
        } finally {
          await held.query('SELECT pg_advisory_unlock($1::bigint)', [migrationLock]);
        }
      } finally {
        held.release();
      }
    },
    close: () => pool.end(),
  };
}
