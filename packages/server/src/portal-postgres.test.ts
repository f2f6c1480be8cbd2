import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { missingPostgres, testPostgres } from './testing/postgres.js';
import { createPostgresStore } from './stores/postgres.js';
import type { Store } from './stores/store.js';
import {
  createHarness,
  erika,
  loginWithPassword,
  newBrowser,
  sessionCookieOf,
  type Harness,
} from './testing/harness.js';
import { addPasskey, authenticator, loginOptions } from './testing/passkeys.js';

/**
 * Two Portalkit servers on one PostgreSQL database, as an insurer with many members runs it
 * behind a load balancer: whatever one server does, the other sees at once.
 */
const database = await testPostgres();
const servers = database ? describe : describe.skip;
if (!database) test('two servers on one PostgreSQL database', (t) => t.skip(missingPostgres));

servers('two servers, one PostgreSQL database', () => {
  let stores: Store[] = [];
  let a: Harness;
  let b: Harness;
  before(async () => {
    // Both start at the same moment: the migrations take turns under the advisory lock.
    stores = await Promise.all(
      [0, 1].map(() => createPostgresStore({ connectionString: database!.url })),
    );
    a = createHarness({ store: stores[0] });
    b = createHarness({ store: stores[1] });
    await a.portal.createAccount(erika);
  });
  after(async () => {
    for (const store of stores) await store.close();
    await database?.drop();
  });

  test('migrated once although both servers started at the same moment', async () => {
    const client = new pg.Client({ connectionString: database!.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: number; n: number }>(
        'SELECT version, count(*)::int AS n FROM schema_migrations GROUP BY version ORDER BY version',
      );
      assert.ok(rows.length >= 2);
      assert.ok(rows.every((row) => row.n === 1));
    } finally {
      await client.end();
    }
  });

  test('a session begun on one is valid on the other; signing out on one ends it on both', async () => {
    const cookie = await loginWithPassword(a);
    assert.equal((await (await b.get('/session', { cookie })).json()).signedIn, true);
    assert.equal((await b.post('/logout', {}, { cookie })).status, 200);
    assert.deepEqual(await (await a.get('/session', { cookie })).json(), { signedIn: false });
  });

  test('one challenge verified on both at once signs in exactly once', async () => {
    const device = authenticator();
    assert.equal((await addPasskey(a, await loginWithPassword(a), device)).status, 200);
    const browser = newBrowser();
    const credential = await device.authenticate(await loginOptions(a, { browser }));
    const answers = await Promise.all(
      [a, b, a, b].map((server) => server.post('/login/passkey/verify', { credential }, { browser })),
    );
    assert.deepEqual(
      answers.map((r) => r.status).sort(),
      [200, 400, 400, 400],
    );
    assert.equal(answers.filter((r) => sessionCookieOf(r)).length, 1);
  });

  test('throttle counts add up across both servers', async () => {
    const attempt = (server: Harness) =>
      server.post(
        '/login/password',
        { identifier: erika.kvnr, password: 'Falsches Passwort 123' },
        { clientAddress: '198.51.100.44' },
      );
    const answers = [];
    for (const server of [a, b, a, b, a, b]) answers.push((await attempt(server)).status);
    assert.deepEqual(answers, [401, 401, 401, 401, 401, 429]);
  });
});
