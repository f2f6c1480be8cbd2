import assert from 'node:assert/strict';
import { test } from 'node:test';
import { audit } from './audit.js';
import { challenges } from './challenges.js';
import type { PartContract } from './contract.js';
import { credentials } from './credentials.js';
import { login } from './login.js';
import { sessions } from './sessions.js';
import { throttle } from './throttle.js';

export const contract: PartContract = (c) => {
  const part = () => c.store().use(login);

  async function signInChallenge(bindingHash = c.randomKey(), purpose = 'login') {
    const challengeHash = c.randomKey();
    await c.store().use(challenges).create(
      { challengeHash, purpose, accountId: null, bindingHash, expiresAt: c.t0 + 1000 },
      { key: c.randomKey(), windowMs: 60_000, max: 100, now: c.t0 },
    );
    return { challengeHash, bindingHash };
  }

  test('consumes the challenge, reads credential and account, and counts the client', async () => {
    const account = await c.withAccount();
    const credential = c.newCredential(account.id);
    await c.store().use(credentials).add(credential);
    const clientKey = c.randomKey();
    await c.store().use(throttle).hit([{ key: clientKey, windowMs: 60_000 }], c.t0);
    const query = {
      ...(await signInChallenge()),
      credentialId: credential.id,
      clientKey,
      windowMs: 60_000,
      now: c.t0,
    };
    assert.deepEqual(await part().consumePasskeyChallenge(query), {
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
      throttle: { key: clientKey, count: 2, windowStart: c.t0, expiresAt: c.t0 + 60_000 },
    });
    const again = await part().consumePasskeyChallenge({ ...query, credentialId: 'unknown' });
    assert.deepEqual(
      { ...again, throttle: again.throttle.count },
      { challengeValid: false, credential: null, account: null, throttle: 3 },
    );
  });

  test("does not accept another browser's challenge, or one for another purpose", async () => {
    const base = { credentialId: 'x', clientKey: c.randomKey(), windowMs: 60_000, now: c.t0 };
    const foreign = await signInChallenge();
    const stolen = { ...foreign, bindingHash: c.randomKey() };
    assert.equal((await part().consumePasskeyChallenge({ ...base, ...stolen })).challengeValid, false);
    const registration = await signInChallenge(c.randomKey(), 'register');
    const misused = await part().consumePasskeyChallenge({ ...base, ...registration });
    assert.equal(misused.challengeValid, false);
  });

  test('completes a passkey sign-in only while the counter moves forward', async () => {
    const account = await c.withAccount();
    const credential = c.newCredential(account.id, { counter: 5 });
    await c.store().use(credentials).add(credential);
    const old = c.newSession(account.id);
    await c.store().use(sessions).start({ session: old });
    const clientKey = c.randomKey();
    await c.store().use(throttle).hit([{ key: clientKey, windowMs: 60_000 }], c.t0);
    await c.store().use(throttle).hit([{ key: clientKey, windowMs: 60_000 }], c.t0);

    const session = c.newSession(account.id, {
      method: 'passkey',
      createdAt: c.t0 + 10,
      lastSeenAt: c.t0 + 10,
      confirmedAt: c.t0 + 10,
    });
    const use = { credentialId: credential.id, counter: 6, backedUp: false, usedAt: c.t0 + 10 };
    const event = { event: 'login.passkey.success' as const, accountId: account.id, at: c.t0 + 10 };
    const start = {
      session,
      replacesSessionHash: old.idHash,
      throttle: { refund: [clientKey] },
      audit: event,
    };
    assert.equal(await part().completePasskeyLogin(use, start), true);
    assert.deepEqual(await c.store().use(credentials).find(credential.id), {
      ...credential,
      counter: 6,
      backedUp: false,
      lastUsedAt: c.t0 + 10,
    });
    assert.deepEqual((await c.store().use(sessions).get(session.idHash))?.session, session);
    assert.equal(await c.store().use(sessions).get(old.idHash), null);
    const [client] = await c.store().use(throttle).hit([{ key: clientKey, windowMs: 60_000 }], c.t0);
    assert.equal(client?.count, 2, 'one attempt given back');
    assert.deepEqual(await c.store().use(audit).list({ accountId: account.id, limit: 1 }), [event]);

    const replay = c.newSession(account.id);
    assert.equal(await part().completePasskeyLogin(use, { ...start, session: replay }), false);
    assert.equal(await c.store().use(sessions).get(replay.idHash), null);
    assert.equal((await c.store().use(audit).list({ accountId: account.id })).length, 1);
  });

  test('lets an authenticator without a counter (always 0) sign in repeatedly', async () => {
    const account = await c.withAccount();
    const credential = c.newCredential(account.id);
    await c.store().use(credentials).add(credential);
    for (let i = 0; i < 2; i++) {
      const use = { credentialId: credential.id, counter: 0, backedUp: true, usedAt: c.t0 };
      const session = c.newSession(account.id, { method: 'passkey' });
      assert.equal(await part().completePasskeyLogin(use, { session }), true);
    }
  });
};
