import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { accounts } from '../stores/accounts.js';
import { audit } from '../stores/audit.js';
import { credentials } from '../stores/credentials.js';
import { approveWithPasskey } from '../testing/approve.js';
import { approveSetup, max, type ApproveSetup } from '../testing/approve-fixtures.js';
import { erika, loginWithPassword } from '../testing/harness.js';
import { loginWithPasskey } from '../testing/passkeys.js';

describe('ending the registration', () => {
  let s: ApproveSetup;
  beforeEach(async () => {
    s = await approveSetup();
  });

  async function askToEnd(): Promise<{ id: string; kind: string; summary: { de: { title: string } } }> {
    const response = await s.h.post('/account/end', {}, { cookie: s.cookie });
    assert.equal(response.status, 200);
    return ((await response.json()) as { approval: { id: string; kind: string; summary: { de: { title: string } } } })
      .approval;
  }

  const signedIn = async (cookie: string) =>
    ((await (await s.h.get('/session', { cookie })).json()) as { signedIn: boolean }).signedIn;

  test('asks for an approval that says what ends, and changes nothing before it', async () => {
    const approval = await askToEnd();
    assert.equal(approval.kind, 'end-registration');
    const view = await (await s.h.post('/approvals/status', { id: approval.id }, { cookie: s.cookie })).json();
    assert.equal(view.approval.summary.de.title, 'Registrierung aufheben');
    assert.equal(view.approval.summary.en.title, 'End registration');
    assert.deepEqual(
      view.approval.summary.de.lines.map((l: { label: string }) => l.label),
      ['Online-Konto', 'Passkeys', 'Anmeldungen', 'Zugang'],
    );
    assert.equal(view.approval.summary.de.lines[1].from, '1');

    // Declined: everything stays.
    assert.equal((await s.h.post('/approvals/deny', { id: approval.id }, { cookie: s.cookie })).status, 200);
    assert.equal(await signedIn(s.cookie), true);
    assert.notEqual(await s.h.store.use(accounts).findByKvnr(erika.kvnr), null);
    assert.equal((await s.h.store.use(credentials).list(s.accountId)).length, 1);
    assert.equal((await loginWithPasskey(s.h, s.device)).status, 200);
    await loginWithPassword(s.h);
    assert.ok(!s.h.mail.messages.some((m) => m.template === 'registration-ended'));
  });

  test('once approved, no way back in but registering anew', async () => {
    const approval = await askToEnd();
    const approved = await approveWithPasskey(s.h, s.cookie, s.device, approval.id);
    assert.equal(approved.status, 200);
    assert.equal((await approved.json()).approval.status, 'approved');
    assert.match(approved.headers.getSetCookie().join('\n'), /pk_session=; .*Max-Age=0/);

    assert.equal(await signedIn(s.cookie), false, 'the session is gone');
    const password = await s.h.post('/login/password', {
      identifier: erika.email,
      password: erika.password,
    });
    assert.equal(password.status, 401);
    const passkey = await loginWithPasskey(s.h, s.device);
    assert.equal(passkey.status, 401);
    assert.equal(await s.h.store.use(accounts).findByKvnr(erika.kvnr), null);
    assert.deepEqual(await s.h.store.use(credentials).list(s.accountId), []);
    const events = (await s.h.store.use(audit).list({ accountId: s.accountId })).map((e) => e.event);
    assert.ok(events.includes('account.ended'), 'the audit log keeps the end');

    // Registering anew with the same KVNR and address makes a new account.
    const again = await s.h.portal.createAccount(erika);
    assert.equal(again.created, true);
    assert.notEqual(again.accountId, s.accountId);

    // The member is told by e-mail, and by letter to the registered address.
    const told = s.h.mail.messages.filter((m) => m.template === 'registration-ended');
    assert.deepEqual(
      told.map((m) => [m.channel, m.to]),
      [
        ['email', erika.email],
        ['letter', 'Lindenallee 5, 10115 Berlin'],
      ],
    );

    // Another member is untouched.
    assert.equal(await signedIn(s.maxCookie), true);
    assert.equal((await loginWithPasskey(s.h, s.maxDevice)).status, 200);
    await loginWithPassword(s.h, max.email, max.password);
  });

  test('logs nothing personal on the way', async () => {
    await s.h.post('/account/password', { current: 'Falsch und falsch 1', password: 'x' }, { cookie: s.cookie });
    await s.h.post('/account/email', { email: max.email }, { cookie: s.cookie });
    s.h.clock.advance(60);
    await s.h.post('/account/email', { email: 'erika.neu@example.org' }, { cookie: s.cookie });
    for (let i = 0; i < 5; i++) {
      await s.h.post('/account/email/verify', { code: '000000' }, { cookie: s.cookie });
    }
    const approval = await askToEnd();
    await approveWithPasskey(s.h, s.cookie, s.device, approval.id);
    assert.ok(s.h.logs.some((l) => l.event === 'account.email.locked'), 'the lock is logged');
    const logged = JSON.stringify(s.h.logs);
    for (const personal of [erika.email, erika.kvnr, 'Erika', 'Mustermann', max.email, 'erika.neu', 'Lindenallee']) {
      assert.ok(!logged.includes(personal), personal);
    }
  });
});
