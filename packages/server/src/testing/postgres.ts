import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './net.js';

/**
 * A real PostgreSQL server for tests: the stores that run on PostgreSQL in production are tested
 * on PostgreSQL, not only on PGlite.
 *
 * Environment:
 * - `PORTALKIT_TEST_POSTGRES_URL`: a server to create test databases on, as a connection string
 *   to a database the user may connect to (e.g. `postgres://postgres@127.0.0.1:5432/postgres`);
 *   the user needs CREATEDB. `npm test` starts a throwaway cluster and sets it for every suite;
 *   set it yourself to test against a server of your own.
 * - `PORTALKIT_REQUIRE_POSTGRES=1` (or `CI` set to anything but `0`/`false`): a missing
 *   PostgreSQL fails the tests that need it instead of skipping them. `.ci/run` sets it.
 * - `PORTALKIT_POSTGRES_BIN`: the directory of `initdb` and `pg_ctl`. Default: the newest
 *   `/usr/lib/postgresql/<version>/bin` (Debian's `postgresql` package), else the `PATH`.
 *
 * From a `node:test` file (started by `npm test` or on its own):
 * ```ts
 * test('stores on PostgreSQL', async (t) => {
 *   const db = await testPostgres(t); // null after t.skip(reason) when unavailable
 *   if (!db) return;
 *   t.after(() => db.drop());
 *   const store = await createPostgresStore({ connectionString: db.url });
 * });
 * ```
 */

export interface PostgresCluster {
  /** Connection string of the `postgres` database as the `postgres` superuser, over TCP. */
  url: string;
  /** PostgreSQL's version line, e.g. `15.18`. */
  version: string;
  /** Milliseconds from nothing to accepting connections (initdb + start). */
  startMs: number;
  stop(): Promise<void>;
  /** The same, synchronously, for `exit` and signal handlers. */
  stopSync(): void;
}

export interface TestDatabase {
  /** Connection string of a fresh, empty database of its own. */
  url: string;
  /** Milliseconds `CREATE DATABASE` took. */
  createMs: number;
  /** Drops the database; close every connection to it first (a leaked one fails the drop). */
  drop(): Promise<void>;
}

/** Whether a missing PostgreSQL is a test failure (CI) rather than a reason to skip. */
export function postgresRequired(): boolean {
  const flag = (name: string) => {
    const value = process.env[name]?.trim().toLowerCase();
    return value !== undefined && value !== '' && value !== '0' && value !== 'false';
  };
  return flag('PORTALKIT_REQUIRE_POSTGRES') || flag('CI');
}

/** The directory holding `initdb`, `pg_ctl` and `postgres`, or null if none is installed. */
export function postgresBinDir(): string | null {
  const given = process.env.PORTALKIT_POSTGRES_BIN;
  if (given) return existsSync(join(given, 'initdb')) ? given : null;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => existsSync(join(debian, name, 'bin', 'initdb')))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const newest = versions.at(-1);
    if (newest) return join(debian, newest, 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const path = found.status === 0 ? found.stdout.trim() : '';
  return path ? join(path, '..') : null;
}

/** Why tests cannot have a PostgreSQL here, in one line for the reader of a skip. */
export const missingPostgres =
  'PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin or on PATH; ' +
  '`apt-get install postgresql`, or set PORTALKIT_TEST_POSTGRES_URL to a server of your own)';


/**
 * Starts a throwaway cluster: a fresh data directory under the temp dir, a free port on
 * 127.0.0.1, trust authentication (nothing but this machine can reach it), and durability off
 * (`fsync`, `synchronous_commit`, `full_page_writes`): a test database never outlives a crash.
 * `max_connections` is high enough for test files that run in parallel, each with a pool.
 *
 * PostgreSQL refuses to run as root, so as root initdb and pg_ctl run as the `postgres` user
 * (Debian's package creates it) through `runuser`.
 */
export async function startPostgres(
  options: { maxConnections?: number } = {},
): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error(missingPostgres);
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'portalkit-postgres-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  let as: string[] = [];
  if (asRoot) {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, id('-u'), id('-g'));
    as = ['runuser', '-u', 'postgres', '--'];
  }
  /** Runs one of the server's programs, as `postgres` when this process is root. */
  const argv = (program: string, args: string[]): [string, string[]] => {
    const [file, ...rest] = [...as, join(bin, program), ...args];
    return [file!, rest];
  };
  const run = (program: string, args: string[]) => {
    const result = spawnSync(...argv(program, args), { encoding: 'utf8' });
    if (result.status !== 0) {
      const status = result.status ?? result.signal;
      throw new Error(`${program} failed (${status}):\n${result.stderr}${result.stdout}`);
    }
    return result.stdout;
  };
  const stopSync = () => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      // `immediate`: the cluster is thrown away, so nothing needs a clean shutdown checkpoint.
      spawnSync(...argv('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']), {
        stdio: 'ignore',
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    run('initdb', [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const maxConnections = options.maxConnections ?? 200;
    // A port found free can be taken before the server binds it: try another then.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const settings = [
        `-p ${port}`,
        `-k ${data}`,
        '-c listen_addresses=127.0.0.1',
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        `-c max_connections=${maxConnections}`,
      ].join(' ');
      try {
        run('pg_ctl', [
          '-D',
          data,
          '-l',
          join(data, 'server.log'),
          '-w',
          '-t',
          '30',
          '-o',
          settings,
          'start',
        ]);
      } catch (error) {
        if (attempt < 3) continue;
        const log = existsSync(join(data, 'server.log'))
          ? readFileSync(join(data, 'server.log'), 'utf8').slice(-2000)
          : '';
        throw new Error(`${(error as Error).message}\nserver.log:\n${log}`);
      }
      const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
      const version = run('postgres', ['--version'])
        .trim()
        .replace(/^.*\) /, '');
      return {
        url,
        version,
        startMs: Math.round(performance.now() - started),
        async stop() {
          stopSync();
        },
        stopSync,
      };
    }
  } catch (error) {
    stopSync();
    throw error;
  }
}

/** Replaces the database name of a connection string. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A fresh database with a unique name on the server at `baseUrl` (default
 * `PORTALKIT_TEST_POSTGRES_URL`), so test files running at once never see each other's rows.
 */
export async function createTestDatabase(
  baseUrl = process.env.PORTALKIT_TEST_POSTGRES_URL,
): Promise<TestDatabase> {
  if (!baseUrl) throw new Error('createTestDatabase: no server (PORTALKIT_TEST_POSTGRES_URL)');
  const name = `portalkit_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  const admin = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  const started = performance.now();
  // The name is ours (letters, digits, underscores): safe as an identifier without quoting rules.
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const createMs = Math.round(performance.now() - started);
  let dropped = false;
  return {
    url: withDatabase(baseUrl, name),
    createMs,
    async drop() {
      if (dropped) return;
      try {
        await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}"`));
      } catch (error) {
        // 55006 object_in_use: not forced (WITH (FORCE) would kill the test's idle pooled
        // connections, whose 'error' events crash the process); a leak is worth a failure.
        if ((error as { code?: string }).code !== '55006') throw error;
        throw new Error(`${name} is still in use: close the store or pool before drop()`);
      }
      dropped = true;
    },
  };
}

/** A cluster this process started because nobody gave it a server; stopped when it exits. */
let ownCluster: Promise<PostgresCluster> | undefined;

function clusterOfThisProcess(): Promise<PostgresCluster> {
  ownCluster ??= startPostgres({ maxConnections: 50 }).then((cluster) => {
    process.once('exit', () => cluster.stopSync());
    return cluster;
  });
  return ownCluster;
}

/**
 * A fresh database for one test (or one file), or null after `t.skip(reason)` when there is no
 * PostgreSQL and none is required. Throws when PostgreSQL is required (CI) but unavailable.
 *
 * The server is `PORTALKIT_TEST_POSTGRES_URL` (`npm test` sets it); a file run on its own
 * without it starts a cluster of its own once, stopped when the process exits.
 */
export async function testPostgres(t?: {
  skip(message?: string): void;
}): Promise<TestDatabase | null> {
  let baseUrl = process.env.PORTALKIT_TEST_POSTGRES_URL;
  if (!baseUrl) {
    if (!postgresBinDir()) {
      if (postgresRequired()) {
        throw new Error(
          `PostgreSQL is required here (PORTALKIT_REQUIRE_POSTGRES or CI): ${missingPostgres}`,
        );
      }
      t?.skip(missingPostgres);
      return null;
    }
    baseUrl = (await clusterOfThisProcess()).url;
  }
  return createTestDatabase(baseUrl);
}
