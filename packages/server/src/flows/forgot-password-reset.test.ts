import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { audit } from '../stores/audit.js';
import {
  erika,
  kvnr,
  loginWithPassword,
  newBrowser,
  sessionCookieOf,
  type Browser,
  type Harness,
} from '../testing/harness.js';
import { addPasskey, authenticator } from '../testing/passkeys.js';
import { askForCode, erikaPhone, lastCode, resetPortal } from '../testing/forgot-password.js';

const newPassword = 'Wellenrauschen am Darß 93';

const verify = (h: Harness, code: string, identifier = erika.email, browser?: Browser) =>
  h.post('/forgot-password/verify', { identifier, code }, browser ? { browser } : {});

const setPassword = (h: Harness, password = newPassword, cookie?: string) =>
  h.post('/forgot-password/password', { password }, cookie ? { cookie } : {});

/** A code of the right form that was not sent. */
const otherCode = (code: string) => String((Number(code) + 1) % 1e6).padStart(6, '0');

async function errorOf(
  response: Response,
): Promise<{ code: string; fields?: Record<string, string> }> {
  return ((await response.json()) as { error: { code: string; fields?: Record<string, string> } })
    .error;
}

/** Asks for an e-mail code and enters it: this browser may now set the password. */
async function verified(h: Harness): Promise<void> {
  await askForCode(h);
  const response = await verify(h, lastCode(h));
  assert.equal(response.status, 200);
}

describe('forgot password: the code', () => {
  test('accepts the right code once, binding this browser for 10 minutes, showing masked hints', async () => {
    const { h } = await resetPortal();
    await askForCode(h, erika.kvnr, 'sms');
    const code = lastCode(h);
    const response = await verify(h, ` ${code.slice(0, 3)} ${code.slice(3)} `, erika.kvnr);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      verified: true,
      displayName: 'Erika Mustermann',
      hints: { email: 'e•••@example.de', phone: '+49 ••• ••• ••12' },
    });
    const [cookie] = response.headers.getSetCookie();
    assert.match(
      cookie ?? '',
      /^pk_reset=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=600$/,
    );
    const reuse = await verify(h, code, erika.kvnr, newBrowser());
    assert.equal((await errorOf(reuse)).code, 'CODE_INVALID', 'a code works once');
  });

  test('names the reset cookie __Host- and marks it Secure where sessions are', async () => {
    const { h } = await resetPortal({ session: { secureCookie: true } });
    await askForCode(h);
    const response = await verify(h, lastCode(h));
    assert.match(response.headers.getSetCookie()[0] ?? '', /^__Host-pk_reset=.+; Secure$/);
  });

  test('refuses a code past its 10 minutes, with the answer of a wrong one', async () => {
    const { h } = await resetPortal({ sweepIntervalSeconds: 0 });
    await askForCode(h);
    const code = lastCode(h);
    h.clock.advance(10 * 60);
    const expired = await verify(h, code);
    const wrong = await verify(h, otherCode(code));
    assert.equal(expired.status, 400);
    assert.equal(await expired.text(), await wrong.text());
  });

  test('a new code voids the earlier one', async () => {
    const { h } = await resetPortal();
    await askForCode(h);
    const first = lastCode(h);
    h.clock.advance(60);
    await askForCode(h, erika.email, 'sms');
    const second = lastCode(h);
    assert.notEqual(first, second);
    assert.equal((await errorOf(await verify(h, first))).code, 'CODE_INVALID');
    assert.equal((await verify(h, second)).status, 200);
  });

  test('voids the code at the 5th wrong one (CODE_LOCKED, a notice); a new code works', async () => {
    const { h } = await resetPortal();
    await askForCode(h);
    const code = lastCode(h);
    const answers: string[] = [];
    for (let i = 0; i < 5; i++)
      answers.push((await errorOf(await verify(h, otherCode(code)))).code);
    assert.deepEqual(answers, [...Array(4).fill('CODE_INVALID'), 'CODE_LOCKED']);
    const locked = await verify(h, code);
    assert.equal(locked.status, 423, 'the right code no longer works');
    const notice = h.mail.messages.at(-1);
    assert.deepEqual([notice?.template, notice?.to], ['reset-code-locked', erika.email]);
    assert.ok(notice?.text.includes('zum 5. Mal ein falscher Code'));

    h.clock.advance(60);
    await askForCode(h);
    assert.equal((await verify(h, lastCode(h))).status, 200);
  });

  test('counts wrong codes for an unknown identifier the same way', async () => {
    const { h } = await resetPortal();
    await askForCode(h);
    const code = otherCode(lastCode(h));
    const stranger = kvnr();
    for (let i = 0; i < 6; i++) {
      const known = await verify(h, code, erika.kvnr);
      const unknown = await verify(h, code, stranger);
      assert.equal(await unknown.text(), await known.text(), `attempt ${i + 1}`);
      assert.equal(unknown.status, i < 4 ? 400 : 423);
    }
    h.clock.advance(60);
    await askForCode(h, stranger);
    assert.equal((await errorOf(await verify(h, code, stranger))).code, 'CODE_INVALID');
  });

  test('after a request for a channel the account lacks, checks answer as for an unknown identifier', async () => {
    const { h } = await resetPortal();
    const noPhone = { ...erika, kvnr: kvnr(), email: 'ohne.handy@example.de' };
    await h.portal.createAccount(noPhone);
    const stranger = kvnr();
    const lockedThenSms = async (identifier: string) => {
      for (let i = 0; i < 5; i++) await verify(h, '123456', identifier);
      h.clock.advance(60);
      await askForCode(h, identifier, 'sms');
      return verify(h, '123456', identifier);
    };
    const known = await lockedThenSms(noPhone.kvnr);
    const unknown = await lockedThenSms(stranger);
    assert.equal(known.status, 400);
    assert.equal(await known.text(), await unknown.text());
  });

  test('an SMS request for an account without a mobile number voids its live code too', async () => {
    const { h } = await resetPortal();
    const noPhone = { ...erika, kvnr: kvnr(), email: 'ohne.handy@example.de' };
    await h.portal.createAccount(noPhone);
    await askForCode(h, noPhone.email);
    const code = lastCode(h);
    h.clock.advance(60);
    await askForCode(h, noPhone.email, 'sms');
    assert.equal((await errorOf(await verify(h, code, noPhone.email))).code, 'CODE_INVALID');
  });

  test('limits wrong codes from one client across identifiers', async () => {
    const { h } = await resetPortal({ throttle: { maxFailuresPerClient: 8 } });
    const codes: string[] = [];
    for (let i = 0; i < 9; i++) codes.push((await errorOf(await verify(h, '123456', kvnr()))).code);
    assert.deepEqual(codes, [...Array(8).fill('CODE_INVALID'), 'RATE_LIMITED']);
  });

  test('accepts a reset letter’s code, typed any way', async () => {
    const { h } = await resetPortal();
    await askForCode(h, erika.kvnr, 'letter');
    const printed = lastCode(h);
    h.clock.advance(7 * 24 * 3600);
    const response = await verify(h, printed.toLowerCase().replaceAll('-', ' '), erika.email);
    assert.equal(response.status, 200);
  });

  test('refuses a malformed code or identifier before counting', async () => {
    const { h } = await resetPortal();
    const response = await verify(h, '12345', 'A123');
    assert.deepEqual(await errorOf(response), {
      code: 'VALIDATION_FAILED',
      fields: { identifier: 'kvnrFormat', code: 'format' },
    });
    assert.deepEqual(await h.store.use(audit).list(), []);
  });
});

describe('forgot password: the new password', () => {
  test('sets it, ends every other session, signs in, clears the sign-in lock, tells e-mail and SMS', async () => {
    const { h, accountId } = await resetPortal();
    const elsewhere = await loginWithPassword(h, erika.kvnr, erika.password, {
      browser: newBrowser(),
    });
    const here = await loginWithPassword(h);
    // Five wrong passwords from here lock password sign-in for the address from here.
    for (let i = 0; i < 5; i++) {
      await h.post('/login/password', {
        identifier: erika.email,
        password: 'falsch falsch falsch',
      });
    }
    const locked = await h.post('/login/password', {
      identifier: erika.email,
      password: erika.password,
    });
    assert.equal(locked.status, 429);

    await verified(h);
    const before = h.mail.messages.length;
    const response = await setPassword(h, newPassword, here);
    assert.equal(response.status, 200);
    assert.deepEqual((await response.json()).session.member, { displayName: 'Erika Mustermann' });
    const session = sessionCookieOf(response);
    assert.ok(session && session !== here);
    assert.equal((await (await h.get('/session', { cookie: session })).json()).signedIn, true);
    for (const old of [here, elsewhere]) {
      assert.deepEqual(await (await h.get('/session', { cookie: old })).json(), {
        signedIn: false,
      });
    }
    assert.ok(
      response.headers
        .getSetCookie()
        .includes('pk_reset=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0'),
    );

    const notices = h.mail.messages.slice(before);
    assert.deepEqual(
      notices.map((m) => [m.channel, m.template, m.to]),
      [
        ['email', 'password-changed', erika.email],
        ['sms', 'password-changed', erikaPhone],
      ],
    );
    assert.ok(notices[0]?.text.includes('Waren Sie das nicht?'));
    const [event] = await h.store.use(audit).list({ accountId });
    assert.equal(event?.event, 'forgot-password.completed');

    await loginWithPassword(h, erika.email, newPassword); // the lock is cleared
    const old = await h.post('/login/password', {
      identifier: erika.kvnr,
      password: erika.password,
    });
    assert.equal(old.status, 401);
  });

  test('refuses one of the last 10 passwords (notRecent) and the member’s own data', async () => {
    const { h } = await resetPortal();
    await verified(h);
    assert.equal((await setPassword(h, newPassword)).status, 200);
    h.clock.advance(60);
    await verified(h);
    const current = await setPassword(h, newPassword);
    assert.deepEqual(await errorOf(current), {
      code: 'PASSWORD_REJECTED',
      fields: { password: 'notRecent' },
    });
    const earlier = await setPassword(h, erika.password);
    assert.equal((await errorOf(earlier)).fields?.password, 'notRecent', 'the one before, too');
    const own = await setPassword(h, `Mein Zugang ${erika.kvnr}`);
    assert.equal((await errorOf(own)).fields?.password, 'notContextual');
    const name = await setPassword(h, 'Mustermann wandert gern');
    assert.equal((await errorOf(name)).fields?.password, 'notContextual');
    assert.equal((await setPassword(h, 'Dünenwind und Sanddorn 5')).status, 200, 'still bound');
  });

  test('needs a live binding in this browser: RESET_REQUIRED without one or after 10 minutes', async () => {
    const { h } = await resetPortal();
    const none = await setPassword(h);
    assert.equal(none.status, 409);
    assert.equal((await errorOf(none)).code, 'RESET_REQUIRED');

    await verified(h);
    const other = await h.post(
      '/forgot-password/password',
      { password: newPassword },
      { browser: newBrowser() },
    );
    assert.equal((await errorOf(other)).code, 'RESET_REQUIRED', 'another browser');
    h.clock.advance(10 * 60);
    assert.equal((await errorOf(await setPassword(h))).code, 'RESET_REQUIRED');
    assert.equal(h.browser.cookies.has('pk_reset'), false, 'the dead cookie is cleared');
  });

  test('sweeps resets whose code and binding have ended', async () => {
    const { h } = await resetPortal({ sweepIntervalSeconds: 0 });
    await askForCode(h);
    h.clock.advance(10 * 60);
    assert.equal((await h.portal.sweep()).passwordResets, 1);
  });

  test('spends the binding: a second password answers RESET_REQUIRED', async () => {
    const { h } = await resetPortal();
    await verified(h);
    const cookie = [...h.browser.cookies].find(([name]) => name === 'pk_reset');
    assert.equal((await setPassword(h)).status, 200);
    const replay = await h.post(
      '/forgot-password/password',
      { password: 'Dünenwind und Sanddorn 5' },
      { headers: { Cookie: `pk_reset=${cookie?.[1]}` } },
    );
    assert.equal((await errorOf(replay)).code, 'RESET_REQUIRED');
  });
});

describe('forgot password: the passkey', () => {
  async function withPasskeys() {
    const { h, accountId } = await resetPortal();
    const device = authenticator();
    assert.equal((await addPasskey(h, await loginWithPassword(h), device)).status, 200);
    const jonas = {
      kvnr: kvnr(),
      email: 'jonas@example.de',
      displayName: 'Jonas Beispiel',
      password: newPassword,
    };
    await h.portal.createAccount(jonas);
    const theirs = authenticator();
    const jonasSession = await loginWithPassword(h, jonas.email, jonas.password);
    assert.equal((await addPasskey(h, jonasSession, theirs)).status, 200);
    return { h, accountId, device, theirs };
  }

  async function options(h: Harness): Promise<PublicKeyCredentialRequestOptionsJSON> {
    const response = await h.post('/forgot-password/passkey/options', {});
    assert.equal(response.status, 200);
    return ((await response.json()) as { options: PublicKeyCredentialRequestOptionsJSON }).options;
  }

  const proveWith = async (
    h: Harness,
    device: ReturnType<typeof authenticator>,
    identifier = erika.email,
  ) =>
    h.post('/forgot-password/passkey/verify', {
      identifier,
      credential: await device.authenticate(await options(h)),
    });

  test('offers discoverable passkeys with user verification required', async () => {
    const { h } = await withPasskeys();
    const offered = await options(h);
    assert.equal(offered.userVerification, 'required');
    assert.deepEqual(offered.allowCredentials, []);
  });

  test('the member’s passkey binds this browser, and the new password is set', async () => {
    const { h, device } = await withPasskeys();
    const response = await proveWith(h, device);
    assert.equal(response.status, 200);
    assert.deepEqual((await response.json()).hints, {
      email: 'e•••@example.de',
      phone: '+49 ••• ••• ••12',
    });
    assert.equal((await setPassword(h)).status, 200);
  });

  test('another account’s passkey answers exactly like an unknown one', async () => {
    const { h, theirs } = await withPasskeys();
    const foreign = await proveWith(h, theirs);
    assert.equal(foreign.status, 401);
    const stranger = authenticator();
    await stranger.register({
      challenge: 'AAAAAAAAAAAAAAAAAAAAAA',
      rp: { id: 'localhost', name: 'Testkasse' },
      user: { id: 'dXNlcg', name: 'x', displayName: 'x' },
      pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
    });
    const unknown = await proveWith(h, stranger);
    const noAccount = await proveWith(h, theirs, 'niemand@example.de');
    const [a, b, c] = await Promise.all([foreign, unknown, noAccount].map((r) => r.text()));
    assert.equal(a, '{"error":{"code":"PASSKEY_UNKNOWN"}}');
    assert.equal(b, a);
    assert.equal(c, a);
    assert.equal((await setPassword(h)).status, 409, 'nothing bound');
  });

  test('refuses a replayed assertion', async () => {
    const { h, device } = await withPasskeys();
    const credential = await device.authenticate(await options(h));
    const body = { identifier: erika.email, credential };
    assert.equal((await h.post('/forgot-password/passkey/verify', body)).status, 200);
    const replay = await h.post('/forgot-password/passkey/verify', body);
    assert.equal((await errorOf(replay)).code, 'CHALLENGE_EXPIRED');
  });
});
