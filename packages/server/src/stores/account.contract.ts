import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accountChanges, type EmailCode } from './account.js';
import { accounts } from './accounts.js';
import { approvals } from './approvals.js';
import { audit } from './audit.js';
import type { PartContract } from './contract.js';
import { credentials } from './credentials.js';
import { passwordReset } from './password-reset.js';
import { registration } from './registration.js';
import { sessions } from './sessions.js';
import { throttle } from './throttle.js';

export const contract: PartContract = (c) => {
  const part = () => c.store().use(accountChanges);
  const minute = 60_000;

  const emailCode = (accountId: string, overrides: Partial<EmailCode> = {}): EmailCode => ({
    accountId,
    email: `${c.randomKey().slice(0, 12).toLowerCase()}@example.org`,
    codeHash: c.randomKey(),
    expiresAt: c.t0 + 10 * minute,
    now: c.t0,
    throttle: {},
    ...overrides,
  });

  async function counts(keys: string[]): Promise<number[]> {
    const hits = keys.map((key) => ({ key, windowMs: minute }));
    return (await c.store().use(throttle).hit(hits, c.t0)).map((record) => record.count);
  }

  test('changes the password, ends every session and starts the new one in one step', async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    const [current, elsewhere] = [c.newSession(account.id), c.newSession(account.id)];
    const theirs = c.newSession(other.id);
    for (const session of [current, elsewhere, theirs]) await c.store().use(sessions).start({ session });
    const [cleared, refunded] = [c.randomKey(), c.randomKey()];
    await counts([cleared, refunded]);
    await counts([cleared, refunded]);
    const session = c.newSession(account.id, { confirmedAt: c.t0 + 5, userAgent: 'Firefox' });
    const event = { event: 'account.password.changed' as const, accountId: account.id, at: c.t0 + 5 };
    const changed = await part().changePassword(account.id, 'new-hash', {
      session,
      replacesSessionHash: current.idHash,
      throttle: { clear: [cleared], refund: [refunded] },
      audit: event,
    });
    assert.equal(changed, true);
    assert.equal((await c.store().use(accounts).findById(account.id))?.passwordHash, 'new-hash');
    assert.deepEqual(await c.store().use(accounts).listPasswordHistory(account.id, 1), ['new-hash']);
    assert.deepEqual(await c.store().use(sessions).list(account.id), [session]);
    assert.deepEqual(await c.store().use(sessions).list(other.id), [theirs]);
    assert.deepEqual(await counts([cleared, refunded]), [1, 2]);
    assert.deepEqual(await c.store().use(audit).list({ accountId: account.id }), [event]);

    const gone = c.randomKey();
    assert.equal(
      await part().changePassword(gone, 'x', { session: c.newSession(gone) }),
      false,
      'no account',
    );
    assert.deepEqual(await c.store().use(sessions).list(gone), []);
  });

  test('changes the e-mail address with the live code only, once', async () => {
    const account = await c.withAccount();
    const [failures] = [c.randomKey()];
    await counts([failures]);
    await counts([failures]);
    const first = emailCode(account.id);
    await part().issueEmailCode(first);
    const live = emailCode(account.id, { throttle: { clear: [failures] } });
    await part().issueEmailCode(live);
    assert.deepEqual(await counts([failures]), [1], 'a new code starts without failures');

    const event = { event: 'account.email.changed' as const, accountId: account.id, at: c.t0 + 1 };
    assert.equal(await part().verifyEmailCode(account.id, first.codeHash, c.t0 + 1, event), null);
    assert.equal(await part().verifyEmailCode(account.id, c.randomKey(), c.t0 + 1, event), null);
    assert.deepEqual(await part().verifyEmailCode(account.id, live.codeHash, c.t0 + 1, event), {
      status: 'changed',
      previousEmail: account.email,
      email: live.email,
    });
    assert.equal((await c.store().use(accounts).findById(account.id))?.email, live.email);
    assert.deepEqual(await c.store().use(audit).list({ accountId: account.id }), [event]);
    assert.equal(
      await part().verifyEmailCode(account.id, live.codeHash, c.t0 + 2, event),
      null,
      'spent',
    );
  });

  test('refuses an expired or voided code, and an address another account took meanwhile', async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    const event = { event: 'account.email.changed' as const, accountId: account.id, at: c.t0 };
    const expiring = emailCode(account.id);
    await part().issueEmailCode(expiring);
    assert.equal(await part().verifyEmailCode(account.id, expiring.codeHash, expiring.expiresAt, event), null);

    const voided = emailCode(account.id);
    await part().issueEmailCode(voided);
    assert.equal(await part().revokeEmailCode(account.id), true);
    assert.equal(await part().revokeEmailCode(account.id), false);
    assert.equal(await part().verifyEmailCode(account.id, voided.codeHash, c.t0 + 1, event), null);

    const taken = emailCode(account.id, { email: other.email });
    await part().issueEmailCode(taken);
    assert.deepEqual(await part().verifyEmailCode(account.id, taken.codeHash, c.t0 + 1, event), {
      status: 'taken',
    });
    assert.equal((await c.store().use(accounts).findById(account.id))?.email, account.email);
    assert.deepEqual(await c.store().use(audit).list({ accountId: account.id }), []);
    assert.equal(await part().revokeEmailCode(account.id), false, 'the code is spent');
  });

  test('ends a registration: the account and all that hangs on it, and nothing else', async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    for (const a of [account, other]) {
      await c.store().use(sessions).start({ session: c.newSession(a.id) });
      await c.store().use(credentials).add(c.newCredential(a.id));
      await c.store().use(accounts).addPasswordHistory(a.id, 'old-hash', c.t0);
      await part().issueEmailCode(emailCode(a.id));
      await c.store().use(passwordReset).issue({
        accountId: a.id,
        codeHash: c.randomKey(),
        expiresAt: c.t0 + minute,
        now: c.t0,
        throttle: {},
      });
      await c.store().use(approvals).create({
        id: c.randomKey(),
        accountId: a.id,
        kind: 'end-registration',
        payload: '{}',
        summary: '{}',
        digest: c.randomKey(),
        createdAt: c.t0,
        expiresAt: c.t0 + minute,
      });
      await c.store().use(registration).issue(
        {
          kvnr: a.kvnr,
          codeHash: c.randomKey(),
          email: a.email,
          displayName: a.displayName,
          locale: 'de',
          createdAt: c.t0,
          expiresAt: c.t0 + minute,
        },
        {},
      );
    }
    const event = { event: 'account.ended' as const, accountId: account.id, at: c.t0 + 1 };
    assert.equal(await part().endRegistration(account.id, event), true);

    const still = async (a: typeof account) => ({
      account: (await c.store().use(accounts).findByKvnr(a.kvnr)) !== null,
      sessions: (await c.store().use(sessions).list(a.id)).length,
      passkeys: (await c.store().use(credentials).list(a.id)).length,
      history: (await c.store().use(accounts).listPasswordHistory(a.id, 10)).length,
      emailCode: await part().revokeEmailCode(a.id),
      resetCode: await c.store().use(passwordReset).revoke(a.id),
      approvals: (await c.store().use(approvals).pending(a.id, c.t0)).length,
      registration: (await c.store().use(registration).revoke(a.kvnr)) !== null,
    });
    assert.deepEqual(await still(account), {
      account: false,
      sessions: 0,
      passkeys: 0,
      history: 0,
      emailCode: false,
      resetCode: false,
      approvals: 0,
      registration: false,
    });
    assert.deepEqual(await still(other), {
      account: true,
      sessions: 1,
      passkeys: 1,
      history: 1,
      emailCode: true,
      resetCode: true,
      approvals: 1,
      registration: true,
    });
    assert.deepEqual(await c.store().use(audit).list({ accountId: account.id }), [event]);
    assert.equal(await part().endRegistration(account.id, event), false, 'once');

    // The KVNR and the address are free for an account registered anew.
    const again = c.newAccount({ kvnr: account.kvnr, email: account.email });
    assert.equal(await c.store().use(accounts).create(again), true);
  });

  test('sweeps expired e-mail codes only', async () => {
    const [account, other] = [await c.withAccount(), await c.withAccount()];
    await part().issueEmailCode(emailCode(account.id, { expiresAt: c.t0 + 5 }));
    await part().issueEmailCode(emailCode(other.id, { expiresAt: c.t0 + 6 }));
    assert.ok((await part().sweep(c.t0 + 5)) >= 1);
    assert.equal(await part().revokeEmailCode(account.id), false);
    assert.equal(await part().revokeEmailCode(other.id), true);
  });
};
