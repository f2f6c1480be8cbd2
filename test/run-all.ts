/**
 * `npm test`: every suite in one run — protocol and server unit tests (node:test), a type check,
 * the package builds, element tests in Chromium (web-test-runner), the Storybook build, and the
 * end-to-end and accessibility suites against the demo site. Ends with one `N passed, N failed`
 * line over all of them; exits non-zero if anything failed.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import {
  missingPostgres,
  postgresBinDir,
  postgresRequired,
  startPostgres,
} from './support/postgres.js';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'test-results');

interface Tally {
  suite: string;
  passed: number;
  failed: number;
}

async function findTests(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') found.push(...(await findTests(path)));
    else if (entry.isFile() && entry.name.endsWith('.test.ts')) found.push(relative(root, path));
  }
  return found.sort();
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** Counts from node:test's TAP output, which is written to a file beside the readable report. */
async function nodeTests(suite: string, files: string[], extra: string[] = []): Promise<Tally> {
  const tap = resolve(results, `${suite}.tap`);
  const code = await run(
    process.execPath,
    [
      '--conditions=@portalkit/source',
      '--import',
      'tsx',
      '--test',
      ...extra,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { NODE_ENV: 'test' },
  );
  const text = await readFile(tap, 'utf8').catch(() => '');
  const count = (name: string) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const tally = { suite, passed: count('pass'), failed: count('fail') + count('cancelled') };
  // A runner that crashed before reporting still counts as a failure.
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  return tally;
}

/** A step with no test count of its own (type check, builds) counts as one test. */
async function step(suite: string, command: string, args: string[]): Promise<Tally> {
  const code = await run(command, args);
  return { suite, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
}

/** web-test-runner writes JUnit XML; count its test cases and failures. */
async function elementTests(): Promise<Tally> {
  const xml = resolve(results, 'elements.xml');
  const code = await run(process.execPath, [resolve(root, 'node_modules/.bin/web-test-runner')]);
  const text = await readFile(xml, 'utf8').catch(() => '');
  const cases = text.match(/<testcase\b[^>]*?(?:\/>|>[\s\S]*?<\/testcase>)/g) ?? [];
  const failed = cases.filter((c) => /<(failure|error)\b/.test(c)).length;
  const skipped = cases.filter((c) => /<skipped\b/.test(c)).length;
  const tally = { suite: 'elements', passed: cases.length - failed - skipped, failed };
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  return tally;
}

/**
 * One throwaway PostgreSQL for the whole run, shared by the suites whose stores run on it
 * (`PORTALKIT_TEST_POSTGRES_URL`, inherited by every child process), unless that variable names
 * a server already. Without PostgreSQL the tests that need it skip, or fail when
 * `PORTALKIT_REQUIRE_POSTGRES` or `CI` is set (see packages/server/src/testing/postgres.ts). Returns a failed
 * tally when PostgreSQL is required and cannot be had.
 */
async function postgresForRun(chosen: string[]): Promise<Tally | null> {
  const needs = chosen.length === 0 || chosen.some((name) => name === 'unit' || name === 'e2e');
  if (!needs) return null;
  if (process.env.PORTALKIT_TEST_POSTGRES_URL) {
    console.log('PostgreSQL for tests: the server PORTALKIT_TEST_POSTGRES_URL names');
    return null;
  }
  const failed = (why: string): Tally | null => {
    if (!postgresRequired()) {
      console.log(`PostgreSQL tests will skip: ${why}`);
      return null;
    }
    console.error(`\nFAILED: PostgreSQL is required (PORTALKIT_REQUIRE_POSTGRES, CI): ${why}\n`);
    return { suite: 'postgres', passed: 0, failed: 1 };
  };
  if (!postgresBinDir()) return failed(missingPostgres);
  try {
    const cluster = await startPostgres();
    process.env.PORTALKIT_TEST_POSTGRES_URL = cluster.url;
    // Stopped however the run ends: at the final process.exit, on an uncaught error, on Ctrl+C.
    process.once('exit', () => cluster.stopSync());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => process.exit(130));
    }
    console.log(
      `PostgreSQL ${cluster.version} for tests at ${cluster.url}, started in ${cluster.startMs} ms`,
    );
    return null;
  } catch (error) {
    return failed(`it did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

await rm(results, { recursive: true, force: true });
await mkdir(results, { recursive: true });

const bin = (name: string) => resolve(root, 'node_modules/.bin', name);

/** The suites in the order they run; `npm test -- unit e2e` runs only those named. */
const suites: Record<string, () => Promise<Tally>> = {
  unit: async () =>
    nodeTests('unit', [
      ...(await findTests(resolve(root, 'packages/protocol/src'))),
      ...(await findTests(resolve(root, 'packages/server/src'))),
      ...(await findTests(resolve(root, 'test/fuzz'))),
      ...(await findTests(resolve(root, 'test/docs'))),
      ...(await findTests(resolve(root, 'test/examples'))),
      ...(await findTests(resolve(root, 'packages/elements/src'))).filter((file) => file.endsWith('.node.test.ts')),
    ], ['--test-concurrency=2']),
  typecheck: async () => {
    const projects = await step('typecheck', bin('tsc'), ['-b']);
    // Server tests import shared test support from outside the package's composite project.
    const serverTests = await step('typecheck', bin('tsc'), ['-p', 'packages/server/tsconfig.test.json']);
    return { suite: 'typecheck', passed: projects.passed + serverTests.passed, failed: projects.failed + serverTests.failed };
  },
  // The packages as they are published (compiled modules, element files, manifest): the
  // end-to-end suite serves the element files, installs the packed packages and builds the examples.
  build: () => step('build', 'npm', ['run', 'build', '--silent']),
  elements: elementTests,
  storybook: () => step('storybook', bin('storybook'), ['build', '--quiet', '-o', 'storybook-static']),
  e2e: async () =>
    nodeTests(
      'e2e',
      [...(await findTests(resolve(root, 'test/e2e'))), ...(await findTests(resolve(root, 'test/a11y')))],
      ['--test-concurrency=1'],
    ),
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in suites));
if (unknown.length) {
  console.error(`Unknown suite(s): ${unknown.join(', ')}. Suites: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
// The end-to-end suite serves the built packages, so it builds them when run alone.
if (chosen.includes('e2e') && !chosen.includes('build')) chosen.unshift('build');
const tallies: Tally[] = [];
const postgres = await postgresForRun(chosen);
if (postgres) tallies.push(postgres);
for (const [name, run] of Object.entries(suites)) {
  if (chosen.length === 0 || chosen.includes(name)) tallies.push(await run());
}

console.log('\nSuites:');
for (const t of tallies) console.log(`  ${t.suite.padEnd(10)} ${t.passed} passed, ${t.failed} failed`);
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
