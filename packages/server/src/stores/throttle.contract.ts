import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PartContract } from './contract.js';
import { throttle } from './throttle.js';

export const contract: PartContract = (c) => {
  const part = () => c.store().use(throttle);

  test('counts attempts in a window and starts over after it', async () => {
    const key = c.randomKey();
    const hit = async (at: number) => (await part().hit([{ key, windowMs: 1000 }], at))[0];
    assert.deepEqual(await hit(c.t0), { key, count: 1, windowStart: c.t0, expiresAt: c.t0 + 1000 });
    assert.deepEqual(await hit(c.t0 + 999), {
      key,
      count: 2,
      windowStart: c.t0,
      expiresAt: c.t0 + 1000,
    });
    assert.deepEqual(await hit(c.t0 + 1000), {
      key,
      count: 1,
      windowStart: c.t0 + 1000,
      expiresAt: c.t0 + 2000,
    });
  });

  test('gives every one of many attempts at once its own count', async () => {
    const key = c.randomKey();
    const other = c.randomKey();
    const counts = await Promise.all(
      Array.from({ length: 25 }, () =>
        part().hit(
          [
            { key, windowMs: 60_000 },
            { key: other, windowMs: 1000 },
          ],
          c.t0,
        ),
      ),
    );
    const seen = counts.map(([mine]) => mine!.count).sort((a, b) => a - b);
    assert.deepEqual(seen, Array.from({ length: 25 }, (_, i) => i + 1));
    assert.equal(Math.max(...counts.map(([, theirs]) => theirs!.count)), 25);
  });

  test('counts a key named twice in one call once', async () => {
    const key = c.randomKey();
    const records = await part().hit(
      [
        { key, windowMs: 1000 },
        { key, windowMs: 1000 },
      ],
      c.t0,
    );
    assert.equal(records.at(-1)?.count, 1);
  });

  test('resets cleared counters and gives one attempt back to refunded ones', async () => {
    const [cleared, refunded, untouched] = [c.randomKey(), c.randomKey(), c.randomKey()];
    const all = [cleared, refunded, untouched].map((key) => ({ key, windowMs: 60_000 }));
    await part().hit(all, c.t0);
    await part().hit(all, c.t0);
    await part().release({ clear: [cleared], refund: [refunded] });
    const after = await part().hit(all, c.t0 + 1);
    assert.deepEqual(
      after.map((r) => r.count),
      [1, 2, 3],
    );
  });

  test('sweeps counters whose window has ended, and nothing live', async () => {
    const [ended, running] = [c.randomKey(), c.randomKey()];
    await part().hit([{ key: ended, windowMs: 100 }], c.t0);
    await part().hit([{ key: running, windowMs: 101 }], c.t0);
    assert.ok((await part().sweep(c.t0 + 100)) >= 1);
    const [again] = await part().hit([{ key: running, windowMs: 101 }], c.t0 + 100);
    assert.equal(again?.count, 2, 'the running counter was kept');
    const [fresh] = await part().hit([{ key: ended, windowMs: 100 }], c.t0 + 50);
    assert.equal(fresh?.count, 1, 'the ended counter was deleted');
  });
};
