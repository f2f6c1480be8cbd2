import assert from 'node:assert/strict';
import { after, describe, mock, test } from 'node:test';
import { missingPostgres, testPostgres } from '../testing/postgres.js';
import { passwordHashing } from '../password/hash.js';
import { createMemoryStore } from '../stores/memory.js';
import { createPgliteStore } from '../stores/pglite.js';
import { createPostgresStore } from '../stores/postgres.js';
import type { Store } from '../stores/store.js';
import { createHarness, erika, newBrowser, type Harness } from '../testing/harness.js';
import { addPasskey, authenticator, loginWithPasskey } from '../testing/passkeys.js';

/**
 * The password lock under concurrency, on every store: a burst of guesses sent at once must get
 * no more password checks than the same guesses one after another, and a right password among
 * them must not slip past the lock.
 */
const wrong = 'Falsches Passwort 123';
const pg = await testPostgres();
after(() => pg?.drop());
const stores: [string, () => Promise<Store>][] = [
  ['memory', async () => createMemoryStore()],
  ['PGlite', () => createPgliteStore({ dataDir: 'memory://' })],
];
if (pg) stores.push(['PostgreSQL', () => createPostgresStore({ connectionString: pg.url })]);
else test('the password lock on PostgreSQL', (t) => t.skip(missingPostgres));

const attempt = (h: Harness, password: string, clientAddress = '192.0.2.10') =>
  h.post('/login/password', { identifier: erika.email, password }, { clientAddress });

for (const [name, open] of stores) {
  describe(`password lock on ${name}`, () => {
    test('lets no more of 25 guesses sent at once reach the password check than the limit', async () => {
      const store = await open();
      const verify = mock.method(passwordHashing, 'verify');
      try {
        const h = createHarness({ store });
        await h.portal.createAccount(erika);
        verify.mock.resetCalls();
        // The right password is the last of the burst: it must not get through the lock.
        const guesses = [...Array(24).fill(wrong), erika.password] as string[];
        const answers = await Promise.all(guesses.map((password) => attempt(h, password)));
        const statuses = answers.map((r) => r.status);
        assert.equal(verify.mock.callCount(), 5, 'password checks');
        assert.equal(statuses.filter((s) => s === 429).length, 20);
        assert.equal(statuses.filter((s) => s === 200).length <= 1, true);
        // One after another the same: five checks, then the lock, right password or not.
        assert.equal((await attempt(h, erika.password)).status, 429);
      } finally {
        verify.mock.restore();
        await store.close();
      }
    });

    test('lets no more of 200 guesses at once from one client through than its limit', async () => {
      const store = await open();
      const verify = mock.method(passwordHashing, 'verify');
      try {
        const h = createHarness({ store });
        verify.mock.resetCalls();
        // An address of its own: on PostgreSQL every test of this file shares one database.
        const clientAddress = '192.0.2.20';
        const answers = await Promise.all(
          Array.from({ length: 200 }, (_, i) =>
            h.post(
              '/login/password',
              { identifier: `probe${i}@example.de`, password: wrong },
              { clientAddress },
            ),
          ),
        );
        assert.equal(verify.mock.callCount(), 50);
        assert.equal(answers.filter((r) => r.status === 429).length, 150);
      } finally {
        verify.mock.restore();
        await store.close();
      }
    });
  });
}

describe('the lock cannot be used against members', () => {
  test('wrong passwords from one address do not lock the member out elsewhere', async () => {
    const h = createHarness();
    await h.portal.createAccount(erika);
    for (let i = 0; i < 5; i++) await attempt(h, wrong, '198.51.100.66');
    assert.equal((await attempt(h, erika.password, '198.51.100.66')).status, 429);
    assert.equal((await attempt(h, erika.password, '203.0.113.5')).status, 200);
  });

  test('limits one identifier from many addresses, except from its trusted devices', async () => {
    const h = createHarness({ throttle: { maxFailuresPerIdentifier: 8 } });
    await h.portal.createAccount(erika);
    const home = newBrowser();
    const fromHome = { browser: home, clientAddress: '203.0.113.5' };
    // Erika signed in at home once: her browser is a trusted device for her e-mail address.
    const first = await h.post(
      '/login/password',
      { identifier: erika.email, password: erika.password },
      fromHome,
    );
    assert.equal(first.status, 200);
    assert.ok(home.cookies.has('pk_device'));
    // A botnet: a few guesses from each of many addresses, none reaching the per-address lock.
    for (let i = 0; i < 8; i++) {
      const stranger = { browser: newBrowser(), clientAddress: `198.51.100.${i}` };
      const guess = await h.post('/login/password', { identifier: erika.email, password: wrong }, stranger);
      assert.equal(guess.status, 401);
    }
    const fromElsewhere = { browser: newBrowser(), clientAddress: '192.0.2.200' };
    const locked = await h.post(
      '/login/password',
      { identifier: erika.email, password: erika.password },
      fromElsewhere,
    );
    assert.equal(locked.status, 429, 'a new place after 8 failures anywhere');
    assert.equal(((await locked.json()) as { error: { retryAfter: number } }).error.retryAfter, 86_400);
    const again = await h.post(
      '/login/password',
      { identifier: erika.email, password: erika.password },
      fromHome,
    );
    assert.equal(again.status, 200, 'her trusted device');
  });

  test('a trusted-device cookie counts only for its identifier and only when signed', async () => {
    const h = createHarness({ throttle: { maxFailuresPerIdentifier: 2 } });
    await h.portal.createAccount(erika);
    const other = { kvnr: '', email: 'max@example.de', displayName: 'Max', password: erika.password };
    await h.portal.createAccount({ ...other, kvnr: 'Q123456784' });
    const browser = newBrowser();
    await h.post('/login/password', { identifier: other.email, password: other.password }, { browser });
    const forged = newBrowser();
    const [expires] = browser.cookies.get('pk_device')!.split('.');
    forged.cookies.set('pk_device', `${expires}.${'A'.repeat(43)}`);
    for (let i = 0; i < 2; i++) {
      await h.post('/login/password', { identifier: erika.email, password: wrong }, {
        browser: newBrowser(),
        clientAddress: `198.51.100.${i}`,
      });
    }
    for (const [what, from] of [['Max’s device', browser], ['a forged cookie', forged]] as const) {
      const response = await h.post(
        '/login/password',
        { identifier: erika.email, password: erika.password },
        { browser: from, clientAddress: '192.0.2.99' },
      );
      assert.equal(response.status, 429, what);
    }
  });

  test('passkey sign-in keeps working while the password is locked', async () => {
    const h = createHarness();
    await h.portal.createAccount(erika);
    const device = authenticator();
    const cookie = (await attempt(h, erika.password)).headers.getSetCookie()[0]!.split(';')[0]!;
    assert.equal((await addPasskey(h, cookie, device)).status, 200);
    for (let i = 0; i < 5; i++) await attempt(h, wrong);
    assert.equal((await attempt(h, erika.password)).status, 429);
    assert.equal((await loginWithPasskey(h, device)).status, 200);
  });

  test('sends one lock notice a day however many addresses lock', async () => {
    const h = createHarness();
    await h.portal.createAccount(erika);
    for (let address = 1; address <= 4; address++) {
      for (let i = 0; i < 5; i++) await attempt(h, wrong, `198.51.100.${address}`);
    }
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(h.mail.messages.filter((m) => m.template === 'account-locked').length, 1);
    h.clock.advance(24 * 3600);
    for (let i = 0; i < 5; i++) await attempt(h, wrong, '198.51.100.9');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(h.mail.messages.filter((m) => m.template === 'account-locked').length, 2);
  });
});
