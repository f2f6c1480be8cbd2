import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { createHarness, erika, kvnr, loginWithPassword } from '../testing/harness.js';
import { askForCode, lastCode } from '../testing/forgot-password.js';
import { addPasskey, authenticator, loginOptions } from '../testing/passkeys.js';
import { accounts } from './accounts.js';
import { storeContract } from './contract.js';
import { credentials } from './credentials.js';
import { loadMigrations, migrate } from './migrate.js';
import { createPgliteStore, pgliteDriver } from './pglite.js';

storeContract('PGlite', () => createPgliteStore({ dataDir: 'memory://' }));

describe('PGlite store on disk', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portalkit-pglite-'));
  });
  after(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  test('keeps accounts and passkeys across close and reopen, migrating only once', async () => {
    const account = {
      id: 'acc-1',
      kvnr: kvnr(),
      email: 'erika@example.de',
      displayName: 'Erika Mustermann',
      locale: 'de' as const,
      phone: '+4915112345612',
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
      webauthnUserId: new Uint8Array(randomBytes(32)),
      createdAt: 1_790_000_000_000,
    };
    const credential = {
      id: randomBytes(32).toString('base64url'),
      accountId: account.id,
      publicKey: new Uint8Array(randomBytes(77)),
      counter: 3,
      transports: ['internal'],
      deviceType: 'singleDevice' as const,
      backedUp: false,
      name: 'Safari unter macOS',
      createdAt: 1_790_000_000_000,
      lastUsedAt: null,
    };
    const first = await createPgliteStore({ dataDir });
    await first.use(accounts).create(account);
    await first.use(credentials).add(credential);
    await first.close();

    const reopened = await createPgliteStore({ dataDir });
    try {
      assert.deepEqual(await reopened.use(accounts).findByEmail('erika@example.de'), account);
      assert.deepEqual(await reopened.use(credentials).list(account.id), [credential]);
    } finally {
      await reopened.close();
    }

    const db = pgliteDriver(await PGlite.create(dataDir));
    try {
      assert.deepEqual(await migrate(db), [], 'nothing left to migrate');
    } finally {
      await db.close();
    }
  });

  test('rolls back a failing migration completely', async () => {
    const db = pgliteDriver(await PGlite.create('memory://'));
    try {
      const broken = [{ version: 1, name: 'broken', sql: 'CREATE TABLE t (id int); SELECT nope;' }];
      await assert.rejects(migrate(db, broken));
      await db.exec('CREATE TABLE t (other int)');
      await db.exec('DROP TABLE t');
      assert.deepEqual(
        await migrate(db, [{ version: 1, name: 'fixed', sql: 'CREATE TABLE t (id int);' }]),
        [1],
      );
    } finally {
      await db.close();
    }
  });

  test('applies every migration file in order', async () => {
    const versions = (await loadMigrations()).map((m) => m.version);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
    assert.equal(new Set(versions).size, versions.length);
  });
});

describe('portal on PGlite', () => {
  test('runs password sign-in, passkey registration and passkey sign-in end to end', async () => {
    const store = await createPgliteStore({ dataDir: 'memory://' });
    try {
      const h = createHarness({ store });
      await h.portal.createAccount(erika);
      const device = authenticator();
      const added = await addPasskey(h, await loginWithPassword(h), device);
      assert.equal(added.status, 200);
      const credential = await device.authenticate(await loginOptions(h));
      const signedIn = await h.post('/login/passkey/verify', { credential });
      assert.equal(signedIn.status, 200);
      assert.equal((await signedIn.json()).session.method, 'passkey');
      const replay = await h.post('/login/passkey/verify', { credential });
      assert.equal((await replay.json()).error.code, 'CHALLENGE_EXPIRED');
      const clone = await device.authenticate(await loginOptions(h), { counter: 1 });
      const cloned = await h.post('/login/passkey/verify', { credential: clone });
      assert.equal((await cloned.json()).error.code, 'PASSKEY_INVALID');
    } finally {
      await store.close();
    }
  });
});

describe('forgot password on PGlite', () => {
  test('resets a password by e-mail code, ending the other sessions', async () => {
    const store = await createPgliteStore({ dataDir: 'memory://' });
    try {
      const h = createHarness({ store });
      await h.portal.createAccount({ ...erika, phone: '+4915112345612' });
      const old = await loginWithPassword(h);
      await askForCode(h, erika.kvnr);
      const verified = await h.post('/forgot-password/verify', {
        identifier: erika.kvnr,
        code: lastCode(h),
      });
      assert.equal(verified.status, 200);
      const password = 'Wellenrauschen am Darß 93';
      const reset = await h.post('/forgot-password/password', { password });
      assert.equal(reset.status, 200);
      assert.deepEqual(await (await h.get('/session', { cookie: old })).json(), { signedIn: false });
      await loginWithPassword(h, erika.email, password);
      assert.deepEqual(
        h.mail.messages.map((m) => [m.channel, m.template]),
        [
          ['email', 'reset-code'],
          ['email', 'password-changed'],
          ['sms', 'password-changed'],
        ],
      );
    } finally {
      await store.close();
    }
  });
});

describe('PGlite driver', () => {
  test('prepares a statement run many times at once for the first time only once', async () => {
    const store = await createPgliteStore({ dataDir: 'memory://' });
    try {
      const found = await Promise.all(
        Array.from({ length: 8 }, () => store.use(accounts).findByKvnr(kvnr())),
      );
      assert.deepEqual(found, Array(8).fill(null));
    } finally {
      await store.close();
    }
  });
});
