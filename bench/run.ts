/**
 * `npm run bench`: bundle sizes, each element's first content in Chromium and server throughput,
 * each next to the primitive it rests on, measured in the same run. Exits non-zero when a budget
 * or target is missed.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { benchBundle } from './bundle.js';
import { benchFirstContent } from './first-content.js';
import { benchServer, type BenchRow } from './server.js';
import { benchLoad } from './load.js';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync(process.execPath, [resolve(root, 'node_modules/.bin/vite'), 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// First content before the server benches: its browser needs the cores they keep busy.
const rows: BenchRow[] = [
  ...(await benchBundle()),
  ...(await benchFirstContent()),
  ...(await benchServer()),
  ...(await benchLoad()),
];

const format = (n: number) => (n >= 100 ? Math.round(n).toString() : n.toFixed(n >= 10 ? 1 : 2));
console.log('');
for (const row of rows) {
  const verdict = row.pass === undefined ? '' : row.pass ? '  ok' : '  MISSED';
  const target = row.target === undefined ? '' : `  (target ${row.ratio !== undefined ? 'ratio ' : ''}${/latency|brotli|first content/.test(row.name) ? '<=' : '>='} ${row.target})`;
  const compare = row.compareTo ? `  vs ${row.compareTo}${row.ratio !== undefined ? `: ratio ${row.ratio.toFixed(2)}` : ''}` : '';
  console.log(`${row.name.padEnd(58)} ${format(row.value).padStart(8)} ${row.unit.padEnd(6)}${compare}${target}${verdict}`);
  if (row.note) console.log(`${''.padEnd(60)}${row.note}`);
}
const missed = rows.filter((row) => row.pass === false);
console.log(missed.length ? `\n${missed.length} budget(s) missed` : '\nall budgets met');
process.exit(missed.length ? 1 : 0);
