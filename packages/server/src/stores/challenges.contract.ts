import assert from 'node:assert/strict';
import { test } from 'node:test';
import { challenges, type ChallengeRecord } from './challenges.js';
import type { PartContract } from './contract.js';

export const contract: PartContract = (c) => {
  const part = () => c.store().use(challenges);
  const limit = (key = c.randomKey()) => ({ key, windowMs: 60_000, max: 100, now: c.t0 });
  const challenge = (overrides: Partial<ChallengeRecord> = {}): ChallengeRecord => ({
    challengeHash: c.randomKey(),
    purpose: 'register',
    accountId: null,
    bindingHash: c.randomKey(),
    expiresAt: c.t0 + 1000,
    ...overrides,
  });
  const query = (x: ChallengeRecord, now = c.t0) => ({ ...x, now });

  test('consumes a challenge once, for its purpose, account and browser, before it expires', async () => {
    const account = await c.withAccount();
    const other = await c.withAccount();
    const mine = challenge({ accountId: account.id });
    await part().create(mine, limit());
    assert.equal(await part().consume(query(mine)), true);
    assert.equal(await part().consume(query(mine)), false, 'used once');

    const misuses: [string, Partial<ChallengeRecord> & { now?: number }][] = [
      ['another account', { accountId: other.id }],
      ['another purpose', { purpose: 'login' }],
      ['another browser', { bindingHash: c.randomKey() }],
      ['too late', { now: c.t0 + 1000 }],
    ];
    for (const [what, change] of misuses) {
      const issued = challenge({ accountId: account.id });
      await part().create(issued, limit());
      assert.equal(await part().consume({ ...query(issued), ...change }), false, what);
      // A misused challenge is gone, too.
      assert.equal(await part().consume(query(issued)), false, `${what}: spent`);
    }
  });

  test('stores no more challenges for one client than its limit allows', async () => {
    const key = c.randomKey();
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        part().create(challenge(), { key, windowMs: 60_000, max: 5, now: c.t0 }),
      ),
    );
    assert.equal(results.filter((r) => r.created).length, 5);
    assert.deepEqual(
      results.map((r) => r.count).sort((a, b) => a - b),
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    assert.equal(results[0]?.expiresAt, c.t0 + 60_000);
  });

  test('sweeps expired challenges, and nothing pending', async () => {
    const expired = challenge({ expiresAt: c.t0 + 100 });
    const pending = challenge({ expiresAt: c.t0 + 101 });
    for (const x of [expired, pending]) await part().create(x, limit());
    assert.ok((await part().sweep(c.t0 + 100)) >= 1);
    // Consumed at t0, both would still be valid: only the sweep can have removed the first.
    assert.equal(await part().consume(query(expired)), false, 'expired challenge');
    assert.equal(await part().consume(query(pending)), true, 'pending challenge');
  });
};
