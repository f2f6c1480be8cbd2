import assert from 'node:assert/strict';
import { test } from 'node:test';
import { audit } from './audit.js';
import type { PartContract } from './contract.js';
import { documents, type NewSubmission } from './documents.js';

export const contract: PartContract = (c) => {
  const part = () => c.store().use(documents);
  const minute = 60_000;
  const received = (accountId: string, event = 'document-upload.received' as const) => ({
    event,
    accountId,
    at: c.t0,
  });

  const newSubmission = (
    accountId: string,
    overrides: Partial<NewSubmission> = {},
  ): NewSubmission => ({
    reference: `DOC-2026-${c
      .randomKey()
      .replace(/[^A-Z2-9]/g, '')
      .slice(0, 6)
      .padEnd(6, 'X')}`,
    accountId,
    category: 'invoice',
    note: 'Osteopathie, Übung 3',
    receivedAt: c.t0,
    expiresAt: c.t0 + 10 * minute,
    files: [
      { name: 'Rechnung_Juni.pdf', type: 'application/pdf', size: 48_213, sha256: 'a'.repeat(64) },
      { name: 'Foto.jpg', type: 'image/jpeg', size: 1_204_511, sha256: 'b'.repeat(64) },
    ],
    ...overrides,
  });

  test('writes a submission with all its files in order, for its own account only', async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    const s = newSubmission(account.id);
    assert.equal(await part().create(s, received(account.id)), true);
    const found = await part().find(s.reference, account.id);
    assert.equal(found?.status, 'pending');
    assert.equal(found?.note, s.note);
    assert.deepEqual(found?.files, s.files);
    assert.equal(await part().find(s.reference, other.id), null);
    const [event] = await c.store().use(audit).list({ accountId: account.id });
    assert.equal(event?.event, 'document-upload.received');
  });

  test('refuses a reference that is taken and writes nothing of it', async () => {
    const account = await c.withAccount();
    const s = newSubmission(account.id);
    await part().create(s, received(account.id));
    const again = { ...s, files: [s.files[0]!], category: 'other' };
    assert.equal(await part().create(again, received(account.id)), false);
    assert.equal((await part().find(s.reference, account.id))?.files.length, 2);
    assert.equal((await c.store().use(audit).list({ accountId: account.id })).length, 1);
  });

  test('accepts a pending submission once, and finds it by its approval', async () => {
    const account = await c.withAccount();
    const s = newSubmission(account.id);
    await part().create(s, received(account.id));
    assert.equal(
      await part().attach(s.reference, account.id, 'approval-1', c.t0 + 5 * minute),
      true,
    );
    assert.equal(await part().attach(s.reference, account.id, 'approval-2', c.t0), false, 'once');
    const event = {
      event: 'document-upload.accepted' as const,
      accountId: account.id,
      at: c.t0 + minute,
    };
    const accepted = await part().accept(s.reference, account.id, c.t0 + minute, event);
    assert.equal(accepted?.status, 'accepted');
    assert.equal(accepted?.acceptedAt, c.t0 + minute);
    assert.equal(accepted?.expiresAt, null);
    assert.deepEqual(accepted?.files, s.files);
    assert.equal(await part().accept(s.reference, account.id, c.t0 + minute, event), null, 'once');
    assert.equal((await part().byApproval('approval-1', account.id))?.reference, s.reference);
  });

  test('discards a pending submission, not an accepted one', async () => {
    const account = await c.withAccount();
    const [pending, accepted] = [newSubmission(account.id), newSubmission(account.id)];
    await part().create(pending, received(account.id));
    await part().create(accepted, received(account.id));
    const event = { event: 'document-upload.accepted' as const, accountId: account.id, at: c.t0 };
    await part().accept(accepted.reference, account.id, c.t0, event);
    const discarded = { ...event, event: 'document-upload.discarded' as const };
    assert.equal(await part().discard(accepted.reference, account.id, discarded), false);
    assert.equal(await part().discard(pending.reference, account.id, discarded), true);
    assert.equal(await part().find(pending.reference, account.id), null);
    assert.ok(await part().find(accepted.reference, account.id));
  });

  test('lists pending submissions whose time is up, not accepted ones', async () => {
    const account = await c.withAccount();
    const due = newSubmission(account.id, { expiresAt: c.t0 + 10 });
    const live = newSubmission(account.id, { expiresAt: c.t0 + 10 * minute });
    await part().create(due, received(account.id));
    await part().create(live, received(account.id));
    const found = (await part().expired(c.t0 + minute, 1000)).map((e) => e.reference);
    assert.ok(found.includes(due.reference));
    assert.ok(!found.includes(live.reference));
  });
};
