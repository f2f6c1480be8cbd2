import assert from 'node:assert/strict';
import { test } from 'node:test';
import { approvals, type Approval, type NewApproval } from './approvals.js';
import { audit } from './audit.js';
import type { PartContract } from './contract.js';
import { credentials } from './credentials.js';

export const contract: PartContract = (c) => {
  const part = () => c.store().use(approvals);
  const minute = 60_000;

  const newApproval = (accountId: string, overrides: Partial<NewApproval> = {}): NewApproval => ({
    id: c.randomKey().slice(0, 22),
    accountId,
    kind: 'address-change',
    payload: '{"city":"Leipzig"}',
    summary: '{"de":{"lines":[],"title":"Neue Anschrift"},"en":{"lines":[],"title":"New address"}}',
    digest: c.randomKey(),
    createdAt: c.t0,
    expiresAt: c.t0 + 5 * minute,
    ...overrides,
  });

  async function withPasskey(accountId: string, counter = 3) {
    const passkey = c.newCredential(accountId, { counter });
    await c.store().use(credentials).add(passkey);
    return passkey;
  }

  const approval = (
    a: NewApproval,
    credentialId: string,
    overrides: Partial<Approval> = {},
  ): Approval => ({
    id: a.id,
    accountId: a.accountId,
    nonce: 'nonce-1',
    use: { credentialId, counter: 4, backedUp: true, usedAt: c.t0 + minute },
    receipt: '{"receipt":true}',
    audit: { event: 'approval.approved', accountId: a.accountId, at: c.t0 + minute },
    ...overrides,
  });

  test('keeps a transaction for its own account only', async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    const a = newApproval(account.id);
    await part().create(a);
    const found = await part().find(a.id, account.id);
    assert.equal(found?.status, 'pending');
    assert.equal(found?.payload, a.payload);
    assert.equal(found?.summary, a.summary);
    assert.equal(found?.digest, a.digest);
    assert.equal(await part().find(a.id, other.id), null);
    assert.deepEqual(
      (await part().pending(account.id, c.t0)).map((p) => p.id),
      [a.id],
    );
    assert.deepEqual(await part().pending(other.id, c.t0), []);
    assert.deepEqual(await part().pending(account.id, a.expiresAt), [], 'expired');
  });

  test('approves once, with the nonce, moving the counter of the account’s own passkey', async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    const a = newApproval(account.id);
    await part().create(a);
    const passkey = await withPasskey(account.id);
    const theirs = await withPasskey(other.id);
    assert.ok(await part().setNonce(a.id, account.id, 'nonce-1', c.t0));

    assert.equal(await part().approve(approval(a, theirs.id)), null, 'another member’s passkey');
    assert.equal(await part().approve(approval(a, passkey.id, { nonce: 'old' })), null);
    const stale = approval(a, passkey.id);
    assert.equal(await part().approve({ ...stale, use: { ...stale.use, counter: 3 } }), null);
    assert.equal(
      await part().approve(approval(a, passkey.id, { accountId: other.id })),
      null,
      'another account',
    );

    const approved = await part().approve(approval(a, passkey.id));
    assert.equal(approved?.status, 'approved');
    assert.equal(approved?.receipt, '{"receipt":true}');
    assert.equal(approved?.credentialId, passkey.id);
    assert.equal(approved?.closedAt, c.t0 + minute);
    assert.equal((await c.store().use(credentials).find(passkey.id))?.counter, 4);
    const [event] = await c.store().use(audit).list({ accountId: account.id });
    assert.equal(event?.event, 'approval.approved');

    const again = approval(a, passkey.id, { use: { ...stale.use, counter: 9 } });
    assert.equal(await part().approve(again), null, 'closed');
    assert.equal((await c.store().use(credentials).find(passkey.id))?.counter, 4);
    await part().recordOutcome(a.id, 'executed');
    assert.equal((await part().find(a.id, account.id))?.outcome, 'executed');
  });

  test('of many approvals at once, one is recorded', async () => {
    const account = await c.withAccount();
    const a = newApproval(account.id);
    await part().create(a);
    const passkey = await withPasskey(account.id, 0);
    await part().setNonce(a.id, account.id, 'nonce-1', c.t0);
    const zero = approval(a, passkey.id);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => part().approve({ ...zero, use: { ...zero.use, counter: 0 } })),
    );
    assert.equal(results.filter((r) => r !== null).length, 1);
  });

  test('refuses to approve an expired transaction', async () => {
    const account = await c.withAccount();
    const a = newApproval(account.id);
    await part().create(a);
    const passkey = await withPasskey(account.id);
    await part().setNonce(a.id, account.id, 'nonce-1', c.t0);
    const late = approval(a, passkey.id);
    const result = await part().approve({ ...late, use: { ...late.use, usedAt: a.expiresAt } });
    assert.equal(result, null);
    assert.equal((await c.store().use(credentials).find(passkey.id))?.counter, 3);
    assert.equal(await part().setNonce(a.id, account.id, 'n', a.expiresAt), null);
  });

  test('closes a pending transaction once: denied, cancelled, or expired when due', async () => {
    const account = await c.withAccount();
    const denied = newApproval(account.id);
    await part().create(denied);
    const at = c.t0 + minute;
    const event = { event: 'approval.denied' as const, accountId: account.id, at };
    assert.equal(await part().close(denied.id, account.id, 'expired', event), null, 'not yet due');
    assert.equal((await part().close(denied.id, account.id, 'denied', event))?.status, 'denied');
    assert.equal(await part().close(denied.id, account.id, 'cancelled', event), null, 'final');
    assert.equal((await c.store().use(audit).list({ accountId: account.id }))[0]?.event, event.event);

    const due = newApproval(account.id);
    await part().create(due);
    const late = { event: 'approval.expired' as const, accountId: account.id, at: due.expiresAt };
    assert.equal(await part().close(due.id, account.id, 'denied', late), null, 'too late to deny');
    assert.equal((await part().close(due.id, account.id, 'expired', late))?.status, 'expired');
  });

  test('a handoff is claimed once by its token or code, then the number must be picked', async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    const a = newApproval(account.id);
    await part().create(a);
    const h = { tokenHash: c.randomKey(), shortCodeHash: c.randomKey(), number: '42' };
    assert.equal((await part().handoff(a.id, account.id, h, c.t0))?.number, '42');
    assert.equal(await part().claim(other.id, h.tokenHash, c.t0), null, 'another member');
    assert.equal(await part().picked(a.id, account.id, c.t0), null, 'not claimed yet');
    const claimed = await part().claim(account.id, h.shortCodeHash, c.t0 + 1);
    assert.equal(claimed?.claimedAt, c.t0 + 1);
    assert.equal(await part().claim(account.id, h.tokenHash, c.t0 + 2), null, 'spent');
    assert.equal(await part().setNonce(a.id, account.id, 'n', c.t0 + 2), null, 'pick first');
    assert.ok(await part().picked(a.id, account.id, c.t0 + 3));
    assert.equal(await part().picked(a.id, account.id, c.t0 + 3), null, 'once');
    assert.ok(await part().setNonce(a.id, account.id, 'n', c.t0 + 4));
  });

  test('sweeps expired pending transactions as expired, audited, and keeps the rest', async () => {
    const account = await c.withAccount();
    const due = newApproval(account.id, { expiresAt: c.t0 + 10 });
    const live = newApproval(account.id, { expiresAt: c.t0 + 5 * minute });
    await part().create(due);
    await part().create(live);
    assert.ok((await part().sweep(c.t0 + 10)) >= 1);
    assert.equal((await part().find(due.id, account.id))?.status, 'expired');
    assert.equal((await part().find(live.id, account.id))?.status, 'pending');
    const events = (await c.store().use(audit).list({ accountId: account.id })).map((e) => e.event);
    assert.ok(events.includes('approval.expired'));
  });
};
