import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The part of a SQL client migrations need; PGlite and a `pg` pool client both fit. */
export interface SqlClient {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const directory = fileURLToPath(new URL('./migrations/', import.meta.url));

/** `NNN_name.sql` files in version order. */
export async function loadMigrations(): Promise<Migration[]> {
  const files = (await readdir(directory)).filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: Number(file.slice(0, 3)),
      name: file.slice(4, -4),
      sql: await readFile(directory + file, 'utf8'),
    })),
  );
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction
 * together with its record, so a failed one leaves no half-changed schema. Running it again is a
 * no-op. Returns the versions applied now.
 */
export async function migrate(db: SqlClient, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const { rows } = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
  const done = new Set(rows.map((row) => row.version));
  const applied: number[] = [];
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
    applied.push(migration.version);
  }
  return applied;
}
