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

  test('renames and deletes only the account’s own credential', async () => {
    const part = c.store().use(credentials);
    const account = await c.withAccount();
    const other = await c.withAccount();
    const mine = c.newCredential(account.id);
    const second = c.newCredential(account.id, { createdAt: c.t0 + 1 });
    const theirs = c.newCredential(other.id);
    for (const credential of [mine, second, theirs]) assert.equal(await part.add(credential), true);

    assert.deepEqual(await part.rename(account.id, mine.id, 'Küchen-„Tablet“'), {
      ...mine,
      name: 'Küchen-„Tablet“',
    });
    assert.equal((await part.find(mine.id))?.name, 'Küchen-„Tablet“');
    assert.equal(await part.rename(account.id, theirs.id, 'gekapert'), null);
    assert.equal(await part.rename(account.id, 'unknown', 'x'), null);
    assert.equal((await part.find(theirs.id))?.name, theirs.name);

    assert.equal(await part.delete(account.id, theirs.id), false);
    assert.deepEqual(await part.find(theirs.id), theirs);
    assert.equal(await part.delete(account.id, mine.id), true);
    assert.equal(await part.delete(account.id, mine.id), false, 'gone already');
    assert.equal(await part.find(mine.id), null);
    assert.deepEqual(await part.list(account.id), [second]);
    assert.deepEqual(await part.list(other.id), [theirs]);
  });

  test('deletes a credential unless it is the account’s last, also when two calls race', async () => {
    const part = c.store().use(credentials);
    const account = await c.withAccount();
    const other = await c.withAccount();
    const only = c.newCredential(account.id);
    const theirs = c.newCredential(other.id);
    const mine = c.newCredential(account.id, { createdAt: c.t0 + 1 });
    for (const credential of [only, theirs, mine]) assert.equal(await part.add(credential), true);
    assert.equal(await part.deleteUnlessLast(account.id, theirs.id), false, 'another’s');
    assert.equal(await part.deleteUnlessLast(other.id, theirs.id), false, 'their last');
    assert.equal(await part.deleteUnlessLast(account.id, mine.id), true);
    assert.equal(await part.deleteUnlessLast(account.id, only.id), false, 'the last');
    assert.deepEqual(await part.list(account.id), [only]);

    // Two removals at once, each of the other's credential: one of the two stays, every round.
    for (let round = 0; round < 20; round++) {
      const racing = await c.withAccount();
      const a = c.newCredential(racing.id);
      const b = c.newCredential(racing.id, { createdAt: c.t0 + 1 });
      for (const credential of [a, b]) assert.equal(await part.add(credential), true);
      const deleted = await Promise.all([
        part.deleteUnlessLast(racing.id, a.id),
        part.deleteUnlessLast(racing.id, b.id),
      ]);
      assert.equal(deleted.filter(Boolean).length, 1, `round ${round}: ${deleted}`);
      assert.equal((await part.list(racing.id)).length, 1, `round ${round}`);
    }
  });
};
