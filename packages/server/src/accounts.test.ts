import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAccount, parsePhone } from './accounts.js';
import { PortalError } from './errors.js';
import { accounts } from './stores/accounts.js';
import { createMemoryStore } from './stores/memory.js';
import { erika, kvnr } from './testing/harness.js';

test('reads a mobile number typed with spaces, dashes or brackets as E.164', () => {
  assert.equal(parsePhone('+49 151 1234 5612'), '+4915112345612');
  assert.equal(parsePhone('+49 151-123456/12'), '+4915112345612');
  for (const wrong of ['0151 12345612', '+0151123456', '+49 151 1234 5612 9999', '+49abc', '']) {
    assert.equal(parsePhone(wrong), null, wrong);
  }
});

test('creates an account with a mobile number, and refuses one that is not E.164', async () => {
  const store = createMemoryStore();
  const { accountId } = await createAccount(store, 0, { ...erika, phone: '+49 151 12345612' });
  assert.equal((await store.use(accounts).findById(accountId))?.phone, '+4915112345612');
  const other = { ...erika, kvnr: kvnr(), email: 'jonas@example.de' };
  const { accountId: without } = await createAccount(store, 0, other);
  assert.equal((await store.use(accounts).findById(without))?.phone, null);
  await assert.rejects(
    createAccount(store, 0, {
      ...other,
      kvnr: kvnr(),
      email: 'x@example.de',
      phone: '015112345612',
    }),
    (error: unknown) => error instanceof PortalError && error.fields?.phone === 'format',
  );
});
