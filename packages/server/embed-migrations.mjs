// Part of the package build: replaces dist/stores/migration-files.js, which reads the SQL
// migrations from src/stores/migrations/ at run time, with a module that carries their text.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const source = new URL('./src/stores/migrations/', import.meta.url);
const target = new URL('./dist/stores/migration-files.js', import.meta.url);
const migrations = readdirSync(source)
  .filter((file) => /^\d{3}_[\w-]+\.sql$/.test(file))
  .sort()
  .map((file) => ({
    version: Number(file.slice(0, 3)),
    name: file.slice(4, -4),
    sql: readFileSync(new URL(file, source), 'utf8'),
  }));
writeFileSync(
  target,
  `// The SQL migrations of src/stores/migrations/, in version order.\n` +
    `const migrations = ${JSON.stringify(migrations, null, 2)};\n` +
    `export async function loadMigrations() {\n  return migrations;\n}\n`,
);
rmSync(new URL('./dist/stores/migration-files.js.map', import.meta.url), { force: true });
