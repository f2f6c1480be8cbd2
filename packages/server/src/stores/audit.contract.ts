import assert from 'node:assert/strict';
import { test } from 'node:test';
import { audit } from './audit.js';
import type { PartContract } from './contract.js';

export const contract: PartContract = (c) => {
  test('appends audit events and lists them newest first', async () => {
    const part = c.store().use(audit);
    const account = await c.withAccount();
    await part.append({ event: 'login.password.failure', accountId: account.id, at: c.t0 });
    await part.append({ event: 'login.password.success', accountId: account.id, at: c.t0 + 1 });
    await part.append({ event: 'login.password.failure', at: c.t0 + 2 });
    assert.deepEqual(await part.list({ accountId: account.id }), [
      { event: 'login.password.success', accountId: account.id, at: c.t0 + 1 },
      { event: 'login.password.failure', accountId: account.id, at: c.t0 },
    ]);
    assert.deepEqual((await part.list({ limit: 1 }))[0], {
      event: 'login.password.failure',
      accountId: null,
      at: c.t0 + 2,
    });
  });
};
