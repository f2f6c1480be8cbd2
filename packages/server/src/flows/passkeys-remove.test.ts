import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { approvals } from '../stores/approvals.js';
import { audit } from '../stores/audit.js';
import { credentials } from '../stores/credentials.js';
import { approvalOptions, approveWithPasskey } from '../testing/approve.js';
import {
  createHarness,
  erika,
  kvnr,
  loginWithPassword,
  sessionCookieOf,
  type Harness,
} from '../testing/harness.js';
import { addPasskey, authenticator, loginWithPasskey } from '../testing/passkeys.js';
import type { SoftAuthenticator } from '../testing/soft-authenticator.js';

/**
 * Removing a passkey: with another one remaining, only once approved with that other one (never
 * with the passkey being removed); the last one only with the password, behind the sign-in's
 * lock. Either way it can no longer sign in afterwards, and the member gets a notice.
 */
interface Setup {
  h: Harness;
  cookie: string;
  accountId: string;
  phone: SoftAuthenticator;
  laptop: SoftAuthenticator;
  /** The phone's and the laptop's passkey ids. */
  phoneId: string;
  laptopId: string;
}

async function setup(passkeys: 1 | 2 = 2): Promise<Setup> {
  const h = createHarness();
  const { accountId } = await h.portal.createAccount(erika);
  const cookie = await loginWithPassword(h);
  const phone = authenticator();
  const laptop = authenticator();
  const add = async (device: SoftAuthenticator, name: string) => {
    const response = await addPasskey(h, cookie, device, {}, { name });
    if (response.status !== 200) throw new Error(`no passkey: ${response.status}`);
    return (await response.json()).passkey.id as string;
  };
  const phoneId = await add(phone, 'Handy');
  const laptopId = passkeys === 2 ? await add(laptop, 'Laptop') : '';
  h.mail.messages.length = 0;
  return { h, cookie, accountId, phone, laptop, phoneId, laptopId };
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: unknown }).error;
}

/** A real passkey sign-in with `device`: the status of the verify answer. */
async function signsIn(s: Setup, device: SoftAuthenticator): Promise<number> {
  return (await loginWithPasskey(s.h, device)).status;
}

const events = async (s: Setup) =>
  (await s.h.store.use(audit).list({ accountId: s.accountId })).map((e) => e.event);

describe('removing a passkey while another remains', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup();
  });

  test('waits for approval by the other passkey; the removed one signs in until then', async () => {
    const response = await s.h.post('/passkeys/remove', { id: s.phoneId }, { cookie: s.cookie });
    assert.equal(response.status, 200);
    const { approval } = await response.json();
    assert.equal(approval.status, 'pending');
    assert.equal(approval.kind, 'passkey-remove');
    assert.deepEqual(approval.summary.de, {
      title: 'Passkey entfernen',
      lines: [{ label: 'Passkey', from: 'Handy', to: 'entfernt' }],
    });
    assert.equal(await signsIn(s, s.phone), 200, 'not removed before the approval');
    assert.equal((await s.h.store.use(credentials).list(s.accountId)).length, 2);

    const approved = await approveWithPasskey(s.h, s.cookie, s.laptop, approval.id);
    assert.equal(approved.status, 200);
    assert.equal((await approved.json()).approval.status, 'approved');
    const signIn = await loginWithPasskey(s.h, s.phone);
    assert.equal(signIn.status, 401, 'the removed passkey no longer signs in');
    assert.equal((await errorOf(signIn) as { code: string }).code, 'PASSKEY_UNKNOWN');
    assert.equal(await signsIn(s, s.laptop), 200, 'the other one still does');
    const list = await (await s.h.get('/passkeys', { cookie: s.cookie })).json();
    assert.deepEqual(
      list.passkeys.map((p: { id: string }) => p.id),
      [s.laptopId],
    );
    assert.ok((await events(s)).includes('passkey.removed'));
    const stored = await s.h.store.use(approvals).find(approval.id, s.accountId);
    assert.equal(stored?.outcome, 'executed');
  });

  test('tells the member by e-mail which passkey was removed', async () => {
    const { approval } = await (
      await s.h.post('/passkeys/remove', { id: s.phoneId }, { cookie: s.cookie })
    ).json();
    await approveWithPasskey(s.h, s.cookie, s.laptop, approval.id);
    const notices = s.h.mail.messages.filter((m) => m.template === 'passkey-removed');
    assert.equal(notices.length, 1);
    assert.equal(notices[0]?.subject, 'Passkey aus Ihrem Konto entfernt');
    assert.match(notices[0]?.text ?? '', /wurde der Passkey „Handy“ aus Ihrem Online-Konto/);
    assert.doesNotMatch(notices[0]?.text ?? '', /keinen Passkey mehr/, 'one is left');
  });

  test('offers only the other passkeys for the approval', async () => {
    const { approval } = await (
      await s.h.post('/passkeys/remove', { id: s.phoneId }, { cookie: s.cookie })
    ).json();
    const options = await approvalOptions(s.h, s.cookie, approval.id);
    assert.deepEqual(
      options.allowCredentials?.map((c) => c.id),
      [s.laptopId],
    );
  });

  test('refuses an approval signed by the passkey being removed', async () => {
    const { approval } = await (
      await s.h.post('/passkeys/remove', { id: s.phoneId }, { cookie: s.cookie })
    ).json();
    // A client that ignores allowCredentials signs the right challenge with the phone's passkey:
    // a valid signature by the member's own passkey, but the one that would go.
    const options = await approvalOptions(s.h, s.cookie, approval.id);
    const credential = await s.phone.authenticate({ ...options, allowCredentials: [] });
    assert.equal(credential.id, s.phoneId);
    const response = await s.h.post(
      '/approvals/verify',
      { id: approval.id, credential },
      { cookie: s.cookie },
    );
    assert.equal(response.status, 401);
    assert.deepEqual(await errorOf(response), { code: 'PASSKEY_UNKNOWN' });
    assert.ok(await s.h.store.use(credentials).find(s.phoneId), 'still there');
    const status = await s.h.post('/approvals/status', { id: approval.id }, { cookie: s.cookie });
    assert.equal((await status.json()).approval.status, 'pending');
    assert.ok((await events(s)).includes('approval.verify.failure'));
  });

  test('refuses to remove the last passkey this way', async () => {
    const first = await s.h.post('/passkeys/remove', { id: s.phoneId }, { cookie: s.cookie });
    await approveWithPasskey(s.h, s.cookie, s.laptop, (await first.json()).approval.id);
    const response = await s.h.post('/passkeys/remove', { id: s.laptopId }, { cookie: s.cookie });
    assert.equal(response.status, 400);
    assert.deepEqual(await errorOf(response), {
      code: 'VALIDATION_FAILED',
      fields: { id: 'last' },
    });
  });

  test('answers another member’s passkey as it answers an unknown one', async () => {
    const max = { kvnr: kvnr(), email: 'max@example.de', displayName: 'Max Mustermann' };
    await s.h.portal.createAccount({ ...max, password: erika.password });
    const maxCookie = await loginWithPassword(s.h, max.email);
    await addPasskey(s.h, maxCookie, authenticator());
    await addPasskey(s.h, maxCookie, authenticator());
    const theirs = await s.h.post('/passkeys/remove', { id: s.phoneId }, { cookie: maxCookie });
    const unknown = await s.h.post('/passkeys/remove', { id: 'unknown' }, { cookie: s.cookie });
    assert.equal(theirs.status, 404);
    assert.deepEqual(await errorOf(theirs), await errorOf(unknown));
    assert.equal((await s.h.store.use(credentials).list(s.accountId)).length, 2);
  });

  test('keeps the last passkey: one removed meanwhile cannot approve the other’s', async () => {
    const pending = async (id: string) =>
      (await (await s.h.post('/passkeys/remove', { id }, { cookie: s.cookie })).json()).approval
        .id as string;
    const removePhone = await pending(s.phoneId);
    const removeLaptop = await pending(s.laptopId);
    // Both approval options fetched while both passkeys exist.
    const phoneOptions = await approvalOptions(s.h, s.cookie, removeLaptop);
    assert.equal((await approveWithPasskey(s.h, s.cookie, s.laptop, removePhone)).status, 200);
    const credential = await s.phone.authenticate({ ...phoneOptions, allowCredentials: [] });
    const second = await s.h.post(
      '/approvals/verify',
      { id: removeLaptop, credential },
      { cookie: s.cookie },
    );
    // The phone's passkey is gone by now: it approves nothing.
    assert.equal(second.status, 401);
    assert.deepEqual(
      (await s.h.store.use(credentials).list(s.accountId)).map((c) => c.id),
      [s.laptopId],
    );
  });
});

describe('removing the last passkey with the password', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup(1);
  });

  test('removes it after the right password and answers the list', async () => {
    const response = await s.h.post(
      '/passkeys/remove-last',
      { id: s.phoneId, password: erika.password },
      { cookie: s.cookie },
    );
    assert.equal(response.status, 200);
    const list = await response.json();
    assert.deepEqual(list.passkeys, []);
    assert.equal(list.offer, true, 'a password session without a passkey');
    assert.equal(await signsIn(s, s.phone), 401);
    assert.ok((await events(s)).includes('passkey.removed'));
    const [notice] = s.h.mail.messages;
    assert.equal(notice?.template, 'passkey-removed');
    assert.match(notice?.text ?? '', /Ihr Konto hat jetzt keinen Passkey mehr/);
  });

  test('refuses a wrong password, keeps the passkey and counts it as a sign-in would', async () => {
    for (let i = 1; i <= 5; i++) {
      const response = await s.h.post(
        '/passkeys/remove-last',
        { id: s.phoneId, password: 'Falsches Passwort 123' },
        { cookie: s.cookie },
      );
      assert.equal(response.status, 401, `attempt ${i}`);
      assert.deepEqual(await errorOf(response), { code: 'CREDENTIALS_INVALID' });
    }
    assert.ok(await s.h.store.use(credentials).find(s.phoneId));
    assert.ok((await events(s)).includes('passkey.remove.failure'));
    // The sixth attempt meets the lock, right password or not, and so does signing in with the
    // KVNR: confirming with the password counts on the sign-in's counters (flows/session.ts).
    const locked = await s.h.post(
      '/passkeys/remove-last',
      { id: s.phoneId, password: erika.password },
      { cookie: s.cookie },
    );
    assert.equal(locked.status, 429);
    const login = await s.h.post('/login/password', {
      identifier: erika.kvnr,
      password: erika.password,
    });
    assert.equal(login.status, 429);
    assert.ok(await s.h.store.use(credentials).find(s.phoneId));
  });

  test('refuses it while another passkey remains', async () => {
    const two = await setup(2);
    const response = await two.h.post(
      '/passkeys/remove-last',
      { id: two.phoneId, password: erika.password },
      { cookie: two.cookie },
    );
    assert.equal(response.status, 400);
    assert.deepEqual(await errorOf(response), {
      code: 'VALIDATION_FAILED',
      fields: { id: 'notLast' },
    });
    assert.equal((await two.h.store.use(credentials).list(two.accountId)).length, 2);
  });

  test('does not offer a passkey to a member who signed in with one', async () => {
    const signIn = await loginWithPasskey(s.h, s.phone);
    const passkeyCookie = sessionCookieOf(signIn)!;
    const response = await s.h.post(
      '/passkeys/remove-last',
      { id: s.phoneId, password: erika.password },
      { cookie: passkeyCookie },
    );
    assert.equal(response.status, 200);
    assert.equal((await response.json()).offer, false);
  });
});
