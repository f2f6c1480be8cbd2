import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import type { PartContract } from './contract.js';
import { credentials } from './credentials.js';

export const contract: PartContract = (c) => {
  test('stores credentials, refuses a duplicate id and lists them per account', async () => {
    const part = c.store().use(credentials);
    const account = await c.withAccount();
    const first = c.newCredential(account.id);
    const second = c.newCredential(account.id, {
      createdAt: c.t0 + 1,
      transports: [],
      name: 'Mein „Handy“ – Küche',
    });
    assert.equal(await part.add(first), true);
    assert.equal(await part.add(second), true);
    assert.equal(await part.add({ ...first, name: 'again' }), false);
    assert.deepEqual(await part.find(first.id), first);
    assert.deepEqual(await part.list(account.id), [first, second]);
    assert.deepEqual(await part.list(randomUUID()), []);
    assert.equal(await part.find('unknown'), null);
  });
};
