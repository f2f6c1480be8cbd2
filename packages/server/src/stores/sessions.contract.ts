import assert from 'node:assert/strict';
import { test } from 'node:test';
import { audit } from './audit.js';
import type { PartContract } from './contract.js';
import { sessions } from './sessions.js';
import { throttle } from './throttle.js';

export const contract: PartContract = (c) => {
  const part = () => c.store().use(sessions);

  test('creates, reads, touches and deletes sessions', async () => {
    const account = await c.withAccount();
    const session = c.newSession(account.id, { confirmedAt: c.t0 + 1 });
    await part().start({ session });
    assert.deepEqual(await part().get(session.idHash), { session, account });
    await part().touch(session.idHash, c.t0 + 5000);
    assert.equal((await part().get(session.idHash))?.session.lastSeenAt, c.t0 + 5000);
    await part().delete(session.idHash);
    assert.equal(await part().get(session.idHash), null);
  });

  test('starts a session with what goes with it in one step', async () => {
    const account = await c.withAccount();
    const old = c.newSession(account.id);
    await part().start({ session: old });
    const [cleared, refunded] = [c.randomKey(), c.randomKey()];
    const keys = [cleared, refunded].map((key) => ({ key, windowMs: 60_000 }));
    await c.store().use(throttle).hit(keys, c.t0);
    await c.store().use(throttle).hit(keys, c.t0);
    const session = c.newSession(account.id, { createdAt: c.t0 + 10, lastSeenAt: c.t0 + 10 });
    const event = { event: 'login.password.success' as const, accountId: account.id, at: c.t0 + 10 };
    await part().start({
      session,
      replacesSessionHash: old.idHash,
      throttle: { clear: [cleared], refund: [refunded] },
      audit: event,
    });
    assert.deepEqual((await part().get(session.idHash))?.session, session);
    assert.equal(await part().get(old.idHash), null, 'the replaced session is gone');
    const counts = await c.store().use(throttle).hit(keys, c.t0 + 11);
    assert.deepEqual(
      counts.map((r) => r.count),
      [1, 2],
    );
    assert.deepEqual(await c.store().use(audit).list({ accountId: account.id }), [event]);
  });

  test('sweeps idle and too old sessions, and nothing live', async () => {
    const account = await c.withAccount();
    const idle = c.newSession(account.id, { createdAt: c.t0 + 50, lastSeenAt: c.t0 + 100 });
    const tooOld = c.newSession(account.id, { createdAt: c.t0, lastSeenAt: c.t0 + 500 });
    const live = c.newSession(account.id, { createdAt: c.t0 + 1, lastSeenAt: c.t0 + 101 });
    for (const session of [idle, tooOld, live]) await part().start({ session });
    const swept = await part().sweep({ lastSeenBefore: c.t0 + 100, createdBefore: c.t0 });
    // Rows other tests left behind may go too; ours are counted among them.
    assert.ok(swept >= 2, String(swept));
    assert.equal(await part().get(idle.idHash), null, 'idle session');
    assert.equal(await part().get(tooOld.idHash), null, 'session past the absolute timeout');
    assert.deepEqual(await part().get(live.idHash), { session: live, account });
  });

  test('keeps the user agent a session started with', async () => {
    const account = await c.withAccount();
    const userAgent = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
    const session = c.newSession(account.id, { userAgent });
    await part().start({ session });
    assert.equal((await part().get(session.idHash))?.session.userAgent, userAgent);
    assert.deepEqual(await part().list(account.id), [session]);
  });

  test("lists an account's sessions, the latest activity first, and no other account's", async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    const older = c.newSession(account.id, { lastSeenAt: c.t0 + 10 });
    const newer = c.newSession(account.id, { lastSeenAt: c.t0 + 20, method: 'passkey' });
    const theirs = c.newSession(other.id, { lastSeenAt: c.t0 + 30 });
    for (const session of [older, newer, theirs]) await part().start({ session });
    assert.deepEqual(await part().list(account.id), [newer, older]);
    assert.deepEqual(await part().list(c.randomKey()), []);
  });

  test('ends every other session of the account in one step with its audit event', async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    const kept = c.newSession(account.id);
    const ended = [c.newSession(account.id), c.newSession(account.id)];
    const theirs = c.newSession(other.id);
    for (const session of [kept, ...ended, theirs]) await part().start({ session });
    const event = { event: 'account.sessions.ended' as const, accountId: account.id, at: c.t0 + 1 };
    assert.equal(await part().deleteOthers(account.id, kept.idHash, event), 2);
    assert.deepEqual(await part().list(account.id), [kept]);
    assert.deepEqual(await part().list(other.id), [theirs], "another account's stay");
    assert.deepEqual(await c.store().use(audit).list({ accountId: account.id }), [event]);
    assert.equal(await part().deleteOthers(account.id, kept.idHash), 0);
  });
};
