import { loadMigrations } from './migration-files.js';
import { statement, type SqlDriver } from './sql.js';

export { loadMigrations };

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const applied = statement<{ version: number }>(
  'migrations_applied',
  [],
  'SELECT version FROM schema_migrations',
);

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction
 * together with its record, so a failed one leaves no half-changed schema. Holds the database's
 * migration lock throughout, so servers that start at the same moment take turns, and the second
 * finds nothing left to do. Returns the versions applied now.
 */
export async function migrate(driver: SqlDriver, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  return driver.exclusive(async (db) => {
    await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await db.run(applied, [])).map((row) => row.version));
    const now: number[] = [];
    for (const migration of all) {
      if (done.has(migration.version)) continue;
      // Version and name come from the file name pattern above: digits and word characters only.
      const { version, name } = migration;
      const record = `INSERT INTO schema_migrations (version, name) VALUES (${version}, '${name}')`;
      try {
        await db.exec(`BEGIN;\n${migration.sql}\n;\n${record};\nCOMMIT;`);
      } catch (error) {
        await db.exec('ROLLBACK');
        throw error;
      }
      now.push(migration.version);
    }
    return now;
  });
}
