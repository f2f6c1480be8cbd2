import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Migration } from './migrate.js';

const directory = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * The `NNN_name.sql` files of `./migrations/` in version order: a new store part adds its own
 * file. The package's build replaces this module with one that carries the files' text
 * (`embed-migrations.mjs`), so the published server reads no files of its own and a bundler
 * (Next.js, a serverless build) has nothing to copy.
 */
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
