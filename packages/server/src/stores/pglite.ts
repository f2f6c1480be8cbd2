import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { openSqlStore } from './sql-store.js';
import { literalArgs, type SqlDriver } from './sql.js';
import type { Store } from './store.js';

/**
 * The embedded store: PostgreSQL compiled to WebAssembly, kept in a directory (created if
 * missing, parents too) or `memory://`, running the same migrations and statements as a
 * PostgreSQL server.
 */
export async function createPgliteStore(options: { dataDir: string }): Promise<Store> {
  if (!options.dataDir.includes('://')) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  try {
    return await openSqlStore(pgliteDriver(db));
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * PGlite executes on the Node main thread, so every statement's time is added to every other
 * request's. Parsing and planning are most of a PGlite statement's cost, so each statement is
 * PREPAREd once and run with `EXECUTE` over the simple query protocol, which skips both, whenever
 * its arguments can be written as safe literals (hashes, ids, numbers: the hot path). Arguments
 * that cannot (member-typed text, bytes) are bound as parameters to the very same text.
 */
export function pgliteDriver(db: PGlite): SqlDriver {
  // Promises, so that statements run at once for the first time are prepared once.
  const prepared = new Map<string, Promise<unknown>>();
  const driver: SqlDriver = {
    async run(statement, args) {
      const literals = literalArgs(args);
      if (literals === null) {
        const { rows } = await db.query(statement.text, [...args]);
        return rows as never[];
      }
      let preparing = prepared.get(statement.name);
      if (!preparing) {
        const types = statement.types.length > 0 ? `(${statement.types.join(', ')})` : '';
        preparing = db.exec(`PREPARE ${statement.name}${types} AS ${statement.text}`);
        prepared.set(statement.name, preparing);
        preparing.catch(() => prepared.delete(statement.name));
      }
      await preparing;
      const [result] = await db.exec(
        `EXECUTE ${statement.name}${literals === '' ? '' : `(${literals})`}`,
      );
      return (result?.rows ?? []) as never[];
    },
    async exec(sql) {
      await db.exec(sql);
    },
    // One connection in one process: nothing else can run in between.
    exclusive: (work) => work(driver),
    close: () => db.close(),
  };
  return driver;
}
