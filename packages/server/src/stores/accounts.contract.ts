import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { accounts } from './accounts.js';
import type { PartContract } from './contract.js';

export const contract: PartContract = (c) => {
  const part = () => c.store().use(accounts);

  test('creates an account and finds it by id, KVNR and e-mail', async () => {
    const account = await c.withAccount();
    assert.deepEqual(await part().findById(account.id), account);
    assert.deepEqual(await part().findByKvnr(account.kvnr), account);
    assert.deepEqual(await part().findByEmail(account.email), account);
    assert.equal(await part().findByEmail('nobody@example.de'), null);
  });

  test('keeps names with umlauts, quotes and other scripts unchanged', async () => {
    const account = c.newAccount({ displayName: "Jürgen O'Brien-Đorđević 王" });
    assert.equal(await part().create(account), true);
    assert.equal((await part().findById(account.id))?.displayName, "Jürgen O'Brien-Đorđević 王");
  });

  test('keeps a mobile number, or none', async () => {
    const account = c.newAccount({ phone: '+4915112345612' });
    assert.equal(await part().create(account), true);
    assert.equal((await part().findById(account.id))?.phone, '+4915112345612');
    assert.equal((await c.withAccount()).phone, null);
    assert.equal((await part().findByKvnr((await c.withAccount()).kvnr))?.phone, null);
  });

  test('refuses a second account with a taken KVNR, e-mail or user handle', async () => {
    const account = await c.withAccount();
    for (const clash of [
      { kvnr: account.kvnr },
      { email: account.email },
      { webauthnUserId: account.webauthnUserId },
    ]) {
      assert.equal(await part().create(c.newAccount(clash)), false);
    }
  });

  test('remembers when the member dismissed the offer to add a passkey', async () => {
    const account = await c.withAccount();
    const other = await c.withAccount();
    assert.equal(await part().passkeyOfferDismissedAt(account.id), null);
    await part().dismissPasskeyOffer(account.id, c.t0 + 5);
    await part().dismissPasskeyOffer(account.id, c.t0 + 9);
    assert.equal(await part().passkeyOfferDismissedAt(account.id), c.t0 + 9);
    assert.equal(await part().passkeyOfferDismissedAt(other.id), null);
    assert.equal(await part().passkeyOfferDismissedAt(randomUUID()), null);
    assert.deepEqual(await part().findById(account.id), account, 'the record is unchanged');
  });

  test('keeps password history newest first', async () => {
    const account = await c.withAccount();
    for (let i = 0; i < 12; i++) await part().addPasswordHistory(account.id, `hash-${i}`, c.t0 + i);
    assert.deepEqual(
      await part().listPasswordHistory(account.id, 10),
      Array.from({ length: 10 }, (_, i) => `hash-${11 - i}`),
    );
    assert.deepEqual(await part().listPasswordHistory(randomUUID(), 10), []);
  });
};
