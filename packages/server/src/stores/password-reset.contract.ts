import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accounts, type AccountRecord } from './accounts.js';
import { audit } from './audit.js';
import type { PartContract } from './contract.js';
import { credentials } from './credentials.js';
import { passwordReset, type ResetBinding, type ResetCode } from './password-reset.js';
import { sessions } from './sessions.js';
import { throttle } from './throttle.js';

export const contract: PartContract = (c) => {
  const part = () => c.store().use(passwordReset);
  const minute = 60_000;

  const code = (accountId: string, overrides: Partial<ResetCode> = {}): ResetCode => ({
    accountId,
    codeHash: c.randomKey(),
    expiresAt: c.t0 + 10 * minute,
    now: c.t0,
    throttle: {},
    ...overrides,
  });

  const binding = (accountId: string, overrides: Partial<ResetBinding> = {}): ResetBinding => ({
    bindingHash: c.randomKey(),
    bindingExpiresAt: c.t0 + 10 * minute,
    now: c.t0,
    throttle: {},
    audit: { event: 'forgot-password.verified', accountId, at: c.t0 },
    ...overrides,
  });

  async function counts(keys: string[]): Promise<number[]> {
    const hits = keys.map((key) => ({ key, windowMs: minute }));
    return (await c.store().use(throttle).hit(hits, c.t0)).map((record) => record.count);
  }

  test('accepts the live code once, binding the browser and releasing counters', async () => {
    const account = await c.withAccount();
    const live = code(account.id);
    const [failures, client] = [c.randomKey(), c.randomKey()];
    await counts([failures, client]);
    await counts([failures, client]);
    await part().issue(live);

    assert.equal(await part().verifyCode(account.id, c.randomKey(), binding(account.id)), null);
    const b = binding(account.id, { throttle: { clear: [failures], refund: [client] } });
    assert.deepEqual(await part().verifyCode(account.id, live.codeHash, b), account);
    assert.deepEqual(await part().find(b.bindingHash, c.t0 + 1), account);
    assert.equal(await part().find(b.bindingHash, b.bindingExpiresAt), null, 'binding expired');
    assert.equal(await part().find(c.randomKey(), c.t0), null);
    assert.deepEqual(await counts([failures, client]), [1, 2], 'cleared, and one given back');
    assert.deepEqual((await c.store().use(audit).list({ accountId: account.id }))[0], b.audit);

    const again = binding(account.id);
    assert.equal(await part().verifyCode(account.id, live.codeHash, again), null, 'spent');
    assert.deepEqual(await part().find(b.bindingHash, c.t0 + 1), account, 'the first still holds');
  });

  test('refuses an expired code, and another account’s code', async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    const live = code(account.id, { expiresAt: c.t0 + 10 });
    await part().issue(live);
    const late = binding(account.id, { now: c.t0 + 10 });
    assert.equal(await part().verifyCode(account.id, live.codeHash, late), null);
    const theirs = code(other.id);
    await part().issue(theirs);
    assert.equal(await part().verifyCode(account.id, theirs.codeHash, binding(account.id)), null);
  });

  test('a new code voids the earlier one, clears its failures and keeps a binding', async () => {
    const account = await c.withAccount();
    const first = code(account.id);
    await part().issue(first);
    const b = binding(account.id);
    const second = code(account.id);
    await part().issue(second);
    assert.ok(await part().verifyCode(account.id, second.codeHash, b));

    const third = code(account.id);
    const failures = c.randomKey();
    await counts([failures]);
    await part().issue({ ...third, throttle: { clear: [failures] } });
    assert.deepEqual(await counts([failures]), [1], 'the old code’s failures are cleared');
    assert.deepEqual(await part().find(b.bindingHash, c.t0), account, 'the binding stays');
    assert.equal(await part().verifyCode(account.id, first.codeHash, binding(account.id)), null);
    assert.ok(await part().verifyCode(account.id, third.codeHash, binding(account.id)));
  });

  test('revokes the live code and tells whether there was one', async () => {
    const account = await c.withAccount();
    const live = code(account.id);
    await part().issue(live);
    assert.equal(await part().revoke(account.id), true);
    assert.equal(await part().revoke(account.id), false);
    assert.equal(await part().verifyCode(account.id, live.codeHash, binding(account.id)), null);
  });

  test('binds after a passkey of the account whose counter moves forward, once', async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    const passkey = c.newCredential(account.id, { counter: 4 });
    await c.store().use(credentials).add(passkey);
    const use = { credentialId: passkey.id, counter: 5, backedUp: false, usedAt: c.t0 + 3 };

    assert.equal(await part().verifyPasskey(other.id, use, binding(other.id)), null, 'not theirs');
    const stale = { ...use, counter: 4 };
    assert.equal(await part().verifyPasskey(account.id, stale, binding(account.id)), null);
    const b = binding(account.id);
    assert.deepEqual(await part().verifyPasskey(account.id, use, b), account);
    assert.deepEqual(await part().find(b.bindingHash, c.t0), account);
    const stored = await c.store().use(credentials).find(passkey.id);
    assert.deepEqual([stored?.counter, stored?.backedUp, stored?.lastUsedAt], [5, false, c.t0 + 3]);
    assert.equal(await part().verifyPasskey(account.id, use, binding(account.id)), null, 'replay');
  });

  async function bound(account: AccountRecord) {
    const b = binding(account.id);
    const live = code(account.id);
    await part().issue(live);
    assert.ok(await part().verifyCode(account.id, live.codeHash, b));
    return b.bindingHash;
  }

  test('completes once: password, history, every session ended, the new one started', async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    const bindingHash = await bound(account);
    const theirs = [c.newSession(account.id), c.newSession(account.id)];
    const presented = c.newSession(other.id);
    const untouched = c.newSession(other.id);
    for (const session of [...theirs, presented, untouched]) {
      await c.store().use(sessions).start({ session });
    }
    const [loginKey, clientKey] = [c.randomKey(), c.randomKey()];
    await counts([loginKey, clientKey]);
    await counts([loginKey, clientKey]);
    const session = c.newSession(account.id, { createdAt: c.t0 + 5, lastSeenAt: c.t0 + 5 });
    const event = { event: 'forgot-password.completed' as const, accountId: account.id, at: c.t0 };
    const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$bmV1';
    const start = {
      session,
      replacesSessionHash: presented.idHash,
      throttle: { clear: [loginKey], refund: [clientKey] },
      audit: event,
    };

    const changed = await part().complete(bindingHash, hash, start);
    assert.deepEqual(changed, { ...account, passwordHash: hash });
    assert.equal((await c.store().use(accounts).findById(account.id))?.passwordHash, hash);
    assert.deepEqual(await c.store().use(accounts).listPasswordHistory(account.id, 10), [hash]);
    for (const ended of [...theirs, presented]) {
      assert.equal(await c.store().use(sessions).get(ended.idHash), null);
    }
    assert.deepEqual((await c.store().use(sessions).get(session.idHash))?.session, session);
    assert.ok(await c.store().use(sessions).get(untouched.idHash), 'another account’s session');
    assert.deepEqual(await counts([loginKey, clientKey]), [1, 2]);
    assert.deepEqual((await c.store().use(audit).list({ accountId: account.id }))[0], event);

    assert.equal(await part().find(bindingHash, c.t0 + 5), null, 'the binding is spent');
    const replay = { session: c.newSession(account.id, { createdAt: c.t0 + 6 }) };
    assert.equal(await part().complete(bindingHash, 'other', replay), null);
    assert.equal(await c.store().use(sessions).get(replay.session.idHash), null);
  });

  test('of many completions at once, one changes the password', async () => {
    const account = await c.withAccount();
    const bindingHash = await bound(account);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        part().complete(bindingHash, `hash-${i}`, { session: c.newSession(account.id) }),
      ),
    );
    assert.equal(results.filter((result) => result !== null).length, 1);
    assert.equal((await c.store().use(accounts).listPasswordHistory(account.id, 10)).length, 1);
  });

  test('changes nothing once the binding expired', async () => {
    const account = await c.withAccount();
    const bindingHash = await bound(account);
    const late = c.newSession(account.id, { createdAt: c.t0 + 10 * minute });
    assert.equal(await part().complete(bindingHash, 'late', { session: late }), null);
    assert.equal(
      (await c.store().use(accounts).findById(account.id))?.passwordHash,
      account.passwordHash,
    );
    assert.equal(await c.store().use(sessions).get(late.idHash), null);
  });

  test('sweeps resets whose code and binding have ended', async () => {
    const account = await c.withAccount();
    const live = code(account.id, { expiresAt: c.t0 + 100 });
    await part().issue(live);
    assert.ok((await part().sweep(c.t0 + 100)) >= 1);
    assert.equal(await part().revoke(account.id), false);

    const held = await c.withAccount();
    const bindingHash = await bound(held);
    await part().sweep(c.t0 + 5 * minute);
    assert.deepEqual(await part().find(bindingHash, c.t0), held, 'a live binding is kept');
  });
};
