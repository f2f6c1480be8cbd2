import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { kvnr } from '../testing/harness.js';
import type { AccountRecord, CredentialRecord, SessionRecord, Store } from './store.js';

/**
 * The behaviour every store must have, registered as node:test tests for one store factory.
 * One store is shared by all tests of a run (PGlite takes seconds to open), so every test works
 * on its own random accounts.
 */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store.close();
    });

    const t0 = 1_790_000_000_000;

    function newAccount(overrides: Partial<AccountRecord> = {}): AccountRecord {
      const id = randomUUID();
      return {
        id,
        kvnr: kvnr(),
        email: `${id}@example.de`,
        displayName: 'Erika Mustermann',
        locale: 'de',
        passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
        webauthnUserId: new Uint8Array(randomBytes(32)),
        createdAt: t0,
        ...overrides,
      };
    }

    function newCredential(
      accountId: string,
      overrides: Partial<CredentialRecord> = {},
    ): CredentialRecord {
      return {
        id: randomBytes(32).toString('base64url'),
        accountId,
        publicKey: new Uint8Array(randomBytes(77)),
        counter: 0,
        transports: ['internal', 'hybrid'],
        deviceType: 'multiDevice',
        backedUp: true,
        name: 'Chrome unter Linux',
        createdAt: t0,
        lastUsedAt: null,
        ...overrides,
      };
    }

    function newSession(accountId: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
      return {
        idHash: randomBytes(32).toString('base64url'),
        accountId,
        method: 'password',
        createdAt: t0,
        lastSeenAt: t0,
        ...overrides,
      };
    }

    async function withAccount(): Promise<AccountRecord> {
      const account = newAccount();
      assert.equal(await store.createAccount(account), true);
      return account;
    }

    test('creates an account and finds it by id, KVNR and e-mail', async () => {
      const account = await withAccount();
      assert.deepEqual(await store.findAccountById(account.id), account);
      assert.deepEqual(await store.findAccountByKvnr(account.kvnr), account);
      assert.deepEqual(await store.findAccountByEmail(account.email), account);
      assert.equal(await store.findAccountByEmail('nobody@example.de'), null);
    });

    test('refuses a second account with a taken KVNR, e-mail or user handle', async () => {
      const account = await withAccount();
      for (const clash of [
        { kvnr: account.kvnr },
        { email: account.email },
        { webauthnUserId: account.webauthnUserId },
      ]) {
        assert.equal(await store.createAccount(newAccount(clash)), false);
      }
    });

    test('stores credentials, refuses a duplicate id and lists them per account', async () => {
      const account = await withAccount();
      const first = newCredential(account.id);
      const second = newCredential(account.id, { createdAt: t0 + 1, transports: [] });
      assert.equal(await store.addCredential(first), true);
      assert.equal(await store.addCredential(second), true);
      assert.equal(await store.addCredential({ ...first, name: 'again' }), false);
      assert.deepEqual(await store.findCredential(first.id), first);
      assert.deepEqual(await store.listCredentials(account.id), [first, second]);
      assert.deepEqual(await store.listCredentials(randomUUID()), []);
    });

    test('consumes a challenge once, for its purpose and account, before it expires', async () => {
      const account = await withAccount();
      const challenge = (
        purpose: 'login' | 'register',
        accountId: string | null,
        expiresAt = t0 + 1000,
      ) => ({
        challengeHash: randomBytes(32).toString('base64url'),
        purpose,
        accountId,
        expiresAt,
      });
      const register = challenge('register', account.id);
      await store.createChallenge(register, t0);
      const query = {
        challengeHash: register.challengeHash,
        purpose: 'register' as const,
        accountId: account.id,
        now: t0,
      };
      assert.equal(await store.consumeChallenge(query), true);
      assert.equal(await store.consumeChallenge(query), false);

      const foreign = challenge('register', account.id);
      await store.createChallenge(foreign, t0);
      const other = await withAccount();
      const misuse = { ...query, challengeHash: foreign.challengeHash, accountId: other.id };
      assert.equal(await store.consumeChallenge(misuse), false);
      // A misused challenge is gone, too.
      assert.equal(await store.consumeChallenge({ ...misuse, accountId: account.id }), false);

      const stale = challenge('register', account.id, t0 + 1000);
      await store.createChallenge(stale, t0);
      const late = { ...query, challengeHash: stale.challengeHash, now: t0 + 1000 };
      assert.equal(await store.consumeChallenge(late), false);
    });

    test('reads a sign-in challenge, credential, account and throttle in one step', async () => {
      const account = await withAccount();
      const credential = newCredential(account.id);
      await store.addCredential(credential);
      const challengeHash = randomBytes(32).toString('base64url');
      await store.createChallenge(
        { challengeHash, purpose: 'login', accountId: null, expiresAt: t0 + 1000 },
        t0,
      );
      const key = randomUUID();
      await store.recordFailure(key, t0, 60_000);
      const query = { challengeHash, credentialId: credential.id, throttleKey: key, now: t0 };
      assert.deepEqual(await store.consumeLoginChallenge(query), {
        challengeValid: true,
        credential: {
          id: credential.id,
          accountId: account.id,
          publicKey: credential.publicKey,
          counter: credential.counter,
        },
        account: {
          id: account.id,
          displayName: account.displayName,
          webauthnUserId: account.webauthnUserId,
        },
        throttle: { key, count: 1, windowStart: t0 },
      });
      const again = await store.consumeLoginChallenge({
        ...query,
        credentialId: 'unknown',
        throttleKey: null,
      });
      assert.deepEqual(again, {
        challengeValid: false,
        credential: null,
        account: null,
        throttle: null,
      });
      const noFailures = await store.consumeLoginChallenge({ ...query, throttleKey: randomUUID() });
      assert.equal(noFailures.throttle, null);
    });

    test('does not accept a registration challenge for sign-in', async () => {
      const account = await withAccount();
      const challengeHash = randomBytes(32).toString('base64url');
      await store.createChallenge(
        { challengeHash, purpose: 'register', accountId: account.id, expiresAt: t0 + 1000 },
        t0,
      );
      const result = await store.consumeLoginChallenge({
        challengeHash,
        credentialId: 'x',
        throttleKey: null,
        now: t0,
      });
      assert.equal(result.challengeValid, false);
    });

    test('completes a passkey sign-in only while the counter moves forward', async () => {
      const account = await withAccount();
      const credential = newCredential(account.id, { counter: 5 });
      await store.addCredential(credential);
      const old = newSession(account.id);
      await store.createSession({ session: old });
      const key = randomUUID();
      await store.recordFailure(key, t0, 60_000);

      const session = newSession(account.id, {
        method: 'passkey',
        createdAt: t0 + 10,
        lastSeenAt: t0 + 10,
      });
      const use = { credentialId: credential.id, counter: 6, backedUp: false, usedAt: t0 + 10 };
      const audit = { event: 'login.passkey.success' as const, accountId: account.id, at: t0 + 10 };
      const start = { session, replacesSessionHash: old.idHash, clearThrottleKeys: [key], audit };
      assert.equal(await store.completePasskeySignIn(use, start), true);
      assert.deepEqual(await store.findCredential(credential.id), {
        ...credential,
        counter: 6,
        backedUp: false,
        lastUsedAt: t0 + 10,
      });
      assert.deepEqual((await store.getSession(session.idHash))?.session, session);
      assert.equal(await store.getSession(old.idHash), null);
      assert.deepEqual(await store.readThrottle([key]), []);
      assert.deepEqual(await store.listAudit({ accountId: account.id, limit: 1 }), [audit]);

      const replay = newSession(account.id);
      assert.equal(await store.completePasskeySignIn(use, { ...start, session: replay }), false);
      assert.equal(await store.getSession(replay.idHash), null);
      assert.equal((await store.listAudit({ accountId: account.id })).length, 1);
    });

    test('lets an authenticator without a counter (always 0) sign in repeatedly', async () => {
      const account = await withAccount();
      const credential = newCredential(account.id);
      await store.addCredential(credential);
      for (let i = 0; i < 2; i++) {
        const use = { credentialId: credential.id, counter: 0, backedUp: true, usedAt: t0 };
        assert.equal(
          await store.completePasskeySignIn(use, { session: newSession(account.id) }),
          true,
        );
      }
    });

    test('creates, reads, touches and deletes sessions', async () => {
      const account = await withAccount();
      const session = newSession(account.id);
      await store.createSession({ session });
      assert.deepEqual(await store.getSession(session.idHash), { session, account });
      await store.touchSession(session.idHash, t0 + 5000);
      assert.equal((await store.getSession(session.idHash))?.session.lastSeenAt, t0 + 5000);
      await store.deleteSession(session.idHash);
      assert.equal(await store.getSession(session.idHash), null);
    });

    test('counts failures in a window, starts over after it and clears on request', async () => {
      const key = randomUUID();
      assert.deepEqual(await store.recordFailure(key, t0, 1000), {
        key,
        count: 1,
        windowStart: t0,
      });
      assert.deepEqual(await store.recordFailure(key, t0 + 999, 1000), {
        key,
        count: 2,
        windowStart: t0,
      });
      assert.deepEqual(await store.readThrottle([key]), [{ key, count: 2, windowStart: t0 }]);
      assert.deepEqual(await store.recordFailure(key, t0 + 1000, 1000), {
        key,
        count: 1,
        windowStart: t0 + 1000,
      });
      await store.clearThrottle([key]);
      assert.deepEqual(await store.readThrottle([key]), []);
    });

    test('sweeps expired sessions, challenges and throttle counters, and nothing live', async () => {
      const account = await withAccount();
      const cutoffs = {
        sessionLastSeenAt: t0 + 100,
        sessionCreatedAt: t0,
        challengeExpiresAt: t0 + 100,
        throttleWindowStart: t0 + 100,
      };
      const idle = newSession(account.id, { createdAt: t0 + 50, lastSeenAt: t0 + 100 });
      const tooOld = newSession(account.id, { createdAt: t0, lastSeenAt: t0 + 500 });
      const live = newSession(account.id, { createdAt: t0 + 1, lastSeenAt: t0 + 101 });
      for (const session of [idle, tooOld, live]) await store.createSession({ session });

      const challenge = (expiresAt: number) => ({
        challengeHash: randomBytes(32).toString('base64url'),
        purpose: 'login' as const,
        accountId: null,
        expiresAt,
      });
      const expired = challenge(t0 + 100);
      const pending = challenge(t0 + 101);
      for (const c of [expired, pending]) await store.createChallenge(c, t0);

      const [ended, running] = [randomUUID(), randomUUID()];
      await store.recordFailure(ended, t0 + 100, 60_000);
      await store.recordFailure(running, t0 + 101, 60_000);

      const swept = await store.sweep(cutoffs);
      // Rows other tests left behind may go too; ours are counted among them.
      assert.ok(swept.sessions >= 2 && swept.challenges >= 1 && swept.throttle >= 1, String(swept));

      assert.equal(await store.getSession(idle.idHash), null, 'idle session');
      assert.equal(await store.getSession(tooOld.idHash), null, 'session past the absolute timeout');
      assert.deepEqual(await store.getSession(live.idHash), { session: live, account });
      // Consumed at t0, both would still be valid: only a sweep can have removed the first.
      const consume = (c: { challengeHash: string }) =>
        store.consumeChallenge({ ...c, purpose: 'login', accountId: null, now: t0 });
      assert.equal(await consume(expired), false, 'expired challenge');
      assert.equal(await consume(pending), true, 'pending challenge');
      assert.deepEqual(
        (await store.readThrottle([ended, running])).map((r) => r.key),
        [running],
        'throttle counters',
      );
    });

    test('appends audit events and lists them newest first', async () => {
      const account = await withAccount();
      await store.audit({ event: 'login.password.failure', accountId: account.id, at: t0 });
      await store.audit({ event: 'login.password.success', accountId: account.id, at: t0 + 1 });
      await store.audit({ event: 'login.password.failure', at: t0 + 2 });
      assert.deepEqual(await store.listAudit({ accountId: account.id }), [
        { event: 'login.password.success', accountId: account.id, at: t0 + 1 },
        { event: 'login.password.failure', accountId: account.id, at: t0 },
      ]);
      assert.deepEqual((await store.listAudit({ limit: 1 }))[0], {
        event: 'login.password.failure',
        accountId: null,
        at: t0 + 2,
      });
    });

    test('keeps password history newest first', async () => {
      const account = await withAccount();
      for (let i = 0; i < 12; i++) await store.addPasswordHistory(account.id, `hash-${i}`, t0 + i);
      const recent = await store.listPasswordHistory(account.id, 10);
      assert.deepEqual(
        recent,
        Array.from({ length: 10 }, (_, i) => `hash-${11 - i}`),
      );
    });
  });
}
