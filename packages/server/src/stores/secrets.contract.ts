import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { test } from 'node:test';
import type { PartContract } from './contract.js';
import { secrets } from './secrets.js';

export const contract: PartContract = (c) => {
  test('keeps the first secret stored under a name, even when asked at once', async () => {
    const part = c.store().use(secrets);
    const name = randomUUID();
    const candidates = Array.from({ length: 8 }, () => new Uint8Array(randomBytes(32)));
    const got = await Promise.all(candidates.map((value) => part.getOrCreate(name, value, c.t0)));
    const first = got[0]!;
    assert.ok(candidates.some((value) => Buffer.from(value).equals(first)));
    for (const value of got) assert.deepEqual(value, first);
    assert.deepEqual(await part.getOrCreate(name, new Uint8Array(randomBytes(32)), c.t0), first);
  });
};
