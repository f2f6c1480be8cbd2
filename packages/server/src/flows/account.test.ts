import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { sha256 } from '../session/session-id.js';
import { accounts } from '../stores/accounts.js';
import { audit } from '../stores/audit.js';
import { sessions } from '../stores/sessions.js';
import { max } from '../testing/approve-fixtures.js';
import {
  createHarness,
  erika,
  loginWithPassword,
  sessionCookieOf,
  type Harness,
} from '../testing/harness.js';
import { addPasskey, authenticator } from '../testing/passkeys.js';

const newPassword = 'Kastanienallee im Herbst 31';
const newEmail = 'erika.neu@example.org';
const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const safari =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

const signedIn = async (h: Harness, cookie: string) =>
  ((await (await h.get('/session', { cookie })).json()) as { signedIn: boolean }).signedIn;

const events = async (h: Harness, accountId: string) =>
  (await h.store.use(audit).list({ accountId })).map((e) => e.event);

/** The code in the last e-mail to `to`. */
function codeSentTo(h: Harness, to: string): string {
  const message = h.mail.messages.findLast((m) => m.to === to && m.template === 'email-change-code');
  const code = message?.text.match(/\b\d{6}\b/)?.[0];
  if (!code) throw new Error(`no code went to ${to}`);
  return code;
}

describe('the account', () => {
  let h: Harness;
  let cookie: string;
  beforeEach(async () => {
    h = createHarness();
    await h.portal.createAccount(erika);
    cookie = await loginWithPassword(h);
  });

  test('shows the name, the e-mail address and how many passkeys there are', async () => {
    const response = await h.get('/account', { cookie });
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.deepEqual(body.account, {
      displayName: erika.displayName,
      email: erika.email,
      passkeys: 0,
    });
    // The Signal API's details are the passkey list's: one account, one user handle.
    const { signal } = await (await h.get('/passkeys', { cookie })).json();
    assert.deepEqual(body.signal, signal);
    assert.equal(signal.name, erika.email);
    assert.equal((await addPasskey(h, cookie, authenticator())).status, 200);
    assert.equal((await (await h.get('/account', { cookie })).json()).account.passkeys, 1);
  });

  test('needs a session on every route', async () => {
    for (const [method, path] of [
      ['GET', '/account'],
      ['POST', '/account/password'],
      ['POST', '/account/email'],
      ['POST', '/account/email/verify'],
      ['GET', '/account/sessions'],
      ['POST', '/account/sessions/end'],
      ['POST', '/account/sessions/end-others'],
      ['POST', '/account/end'],
    ] as const) {
      const body =
        path === '/account/password'
          ? { current: erika.password, password: newPassword }
          : path === '/account/email'
            ? { email: newEmail }
            : path === '/account/email/verify'
              ? { code: '123456' }
              : path === '/account/sessions/end'
                ? { id: 'x' }
                : undefined;
      const response = await h.request(method, path, { body });
      assert.equal(response.status, 401, `${method} ${path}`);
    }
  });
});

describe('changing the password', () => {
  let h: Harness;
  let cookie: string;
  let accountId: string;
  beforeEach(async () => {
    h = createHarness();
    ({ accountId } = await h.portal.createAccount(erika));
    cookie = await loginWithPassword(h);
  });

  const change = (current: string, password: string, c = cookie) =>
    h.post('/account/password', { current, password }, { cookie: c });

  test('ends every other session, gives this one a new id, and tells the member', async () => {
    const elsewhere = await loginWithPassword(h, erika.kvnr, erika.password, {
      clientAddress: '198.51.100.7',
    });
    const response = await change(erika.password, newPassword);
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.session.signedIn, true);
    const rotated = sessionCookieOf(response);
    assert.ok(rotated && rotated !== cookie, 'a new session id');
    assert.equal(await signedIn(h, cookie), false, 'the old id is void');
    assert.equal(await signedIn(h, elsewhere), false, 'the other device is signed out');
    assert.equal(await signedIn(h, rotated), true);

    assert.equal((await h.post('/login/password', { identifier: erika.email, password: erika.password })).status, 401);
    await loginWithPassword(h, erika.email, newPassword);
    const notice = h.mail.messages.filter((m) => m.template === 'password-changed');
    assert.deepEqual(notice.map((m) => m.to), [erika.email]);
    assert.ok((await events(h, accountId)).includes('account.password.changed'));
  });

  test('refuses a wrong current password like a failed sign-in, and locks after five', async () => {
    const elsewhere = await loginWithPassword(h, erika.kvnr, erika.password, {
      clientAddress: '198.51.100.7',
    });
    for (let i = 0; i < 5; i++) {
      const response = await change('Falsches Passwort 123', newPassword);
      assert.equal(response.status, 401);
      assert.deepEqual(await response.json(), { error: { code: 'CREDENTIALS_INVALID' } });
    }
    // Counted before the check: even the right password gets no further from here now.
    const locked = await change(erika.password, newPassword);
    assert.equal(locked.status, 429);
    assert.equal((await h.post('/login/password', { identifier: erika.kvnr, password: erika.password })).status, 429);
    assert.equal(await signedIn(h, cookie), true, 'a wrong password ends nothing');
    assert.equal(await signedIn(h, elsewhere), true);
    const failures = (await events(h, accountId)).filter((e) => e === 'account.password.failure');
    assert.equal(failures.length, 5);
    await loginWithPassword(h, erika.email, erika.password, { clientAddress: '198.51.100.7' });
  });

  test('refuses a new password the policy refuses, or one of the last ten', async () => {
    const same = await change(erika.password, erika.password);
    assert.equal(same.status, 400);
    const body = await same.json();
    assert.equal(body.error.code, 'PASSWORD_REJECTED');
    assert.match(body.error.fields.password, /notRecent/);
    const short = await change(erika.password, 'kurz');
    assert.equal((await short.json()).error.code, 'PASSWORD_REJECTED');
    assert.equal(await signedIn(h, cookie), true);
    await loginWithPassword(h, erika.email, erika.password);
    // The history: back to the first password after a change is refused too.
    const changed = await change(erika.password, newPassword);
    const next = sessionCookieOf(changed)!;
    const back = await change(newPassword, erika.password, next);
    assert.match((await back.json()).error.fields.password, /notRecent/);
  });
});

describe('changing the e-mail address', () => {
  let h: Harness;
  let cookie: string;
  let accountId: string;
  beforeEach(async () => {
    h = createHarness();
    ({ accountId } = await h.portal.createAccount(erika));
    cookie = await loginWithPassword(h);
  });

  const ask = (email: string, c = cookie) => h.post('/account/email', { email }, { cookie: c });
  const verify = (code: string, c = cookie) => h.post('/account/email/verify', { code }, { cookie: c });
  const currentEmail = async () =>
    (await h.store.use(accounts).findById(accountId))?.email;

  test('sends a code to the new address; only that code changes it, and the old one is told', async () => {
    const response = await ask('  Erika.Neu@Example.org ');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { email: newEmail, expiresIn: 600, resendIn: 60 });
    assert.equal(await currentEmail(), erika.email, 'nothing changes before the code');
    const code = codeSentTo(h, newEmail);

    const verified = await verify(code.replace(/(\d{3})/, '$1 '));
    assert.equal(verified.status, 200);
    const body = await verified.json();
    assert.deepEqual(body.account, { displayName: erika.displayName, email: newEmail, passkeys: 0 });
    assert.equal(body.signal.name, newEmail, "the passkeys' new name, for the Signal API");
    assert.equal(await currentEmail(), newEmail);
    const told = h.mail.messages.filter((m) => m.template === 'email-changed');
    assert.deepEqual(told.map((m) => m.to), [erika.email]);
    assert.match(told[0]!.text, /e•+@example\.org/);
    assert.ok((await events(h, accountId)).includes('account.email.changed'));
    await loginWithPassword(h, newEmail, erika.password);
    assert.equal((await verify(code)).status, 400, 'spent');
  });

  test('refuses the current address and one that is none', async () => {
    for (const [email, problem] of [
      [erika.email.toUpperCase(), 'unchanged'],
      ['erika@', 'emailFormat'],
      [erika.kvnr, 'emailFormat'],
      ['', 'empty'],
    ]) {
      const response = await ask(email!);
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), {
        error: { code: 'VALIDATION_FAILED', fields: { email: problem } },
      });
    }
    assert.equal(h.mail.messages.length, 0);
  });

  test('answers an address another account uses byte for byte like a free one, and sends no code there', async () => {
    const other = createHarness();
    await other.portal.createAccount(erika);
    const otherCookie = await loginWithPassword(other);
    await h.portal.createAccount(max);

    const taken = await ask(max.email);
    const free = await other.post('/account/email', { email: max.email }, { cookie: otherCookie });
    assert.equal(taken.status, free.status);
    assert.equal(await taken.text(), await free.text());
    assert.deepEqual([...taken.headers.keys()], [...free.headers.keys()]);
    assert.deepEqual(taken.headers.getSetCookie(), free.headers.getSetCookie());

    const toMax = h.mail.messages.filter((m) => m.to === max.email);
    assert.deepEqual(toMax.map((m) => m.template), ['email-change-attempt']);
    assert.doesNotMatch(toMax[0]!.text, /\b\d{6}\b/);
    assert.ok(other.mail.messages.some((m) => m.template === 'email-change-code'));
    // Nor can any code take it: there is none to find.
    for (let i = 0; i < 4; i++) assert.equal((await verify(String(i).repeat(6))).status, 400);
    assert.equal(await currentEmail(), erika.email);
  });

  test('voids the code after five wrong ones, counted before each check', async () => {
    await ask(newEmail);
    const code = codeSentTo(h, newEmail);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) {
      const response = await verify(wrong);
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), { error: { code: 'CODE_INVALID' } });
    }
    const fifth = await verify(wrong);
    assert.equal(fifth.status, 423);
    assert.deepEqual(await fifth.json(), { error: { code: 'CODE_LOCKED' } });
    assert.equal((await verify(code)).status, 423, 'the right code no longer works');
    assert.equal(await currentEmail(), erika.email);

    h.clock.advance(60);
    await ask(newEmail);
    assert.equal((await verify(codeSentTo(h, newEmail))).status, 200, 'a new code starts afresh');
  });

  test('sends one code a minute and three an hour; the newest code is the live one', async () => {
    await ask(newEmail);
    const first = codeSentTo(h, newEmail);
    const again = await ask(newEmail);
    assert.equal(again.status, 429);
    assert.equal((await again.json()).error.retryAfter, 60);
    h.clock.advance(60);
    assert.equal((await ask(newEmail)).status, 200);
    const second = codeSentTo(h, newEmail);
    h.clock.advance(60);
    assert.equal((await ask(newEmail)).status, 200);
    h.clock.advance(60);
    assert.equal((await ask(newEmail)).status, 429, 'a fourth in the hour');
    const sent = h.mail.messages.filter((m) => m.template === 'email-change-code');
    assert.equal(sent.length, 3);
    if (first !== second) assert.equal((await verify(first)).status, 400, 'replaced');
    assert.equal((await verify(codeSentTo(h, newEmail))).status, 200);
  });

  test('a code lives ten minutes, and only for the account it was sent for', async () => {
    await h.portal.createAccount(max);
    const maxCookie = await loginWithPassword(h, max.email, max.password);
    await ask(newEmail);
    const code = codeSentTo(h, newEmail);
    assert.equal((await verify(code, maxCookie)).status, 400, "not Max's");
    h.clock.advance(600);
    assert.equal((await verify(code)).status, 400, 'expired');
    assert.equal(await currentEmail(), erika.email);
  });
});

describe("the member's sessions", () => {
  let h: Harness;
  let cookie: string;
  let accountId: string;
  beforeEach(async () => {
    h = createHarness();
    ({ accountId } = await h.portal.createAccount(erika));
    cookie = await loginWithPassword(h, erika.email, erika.password, {
      headers: { 'User-Agent': firefox },
    });
  });

  const list = async (c = cookie) =>
    (await (await h.get('/account/sessions', { cookie: c })).json()) as {
      sessions: {
        id: string;
        browser?: string;
        system?: string;
        method: string;
        current: boolean;
        lastSeenAt: string;
      }[];
    };
  const phone = () =>
    loginWithPassword(h, erika.kvnr, erika.password, {
      headers: { 'User-Agent': safari },
      clientAddress: '198.51.100.7',
    });

  test('lists the live sessions, this one first, by device; no id or hash of one', async () => {
    h.clock.advance(10);
    const onPhone = await phone();
    h.clock.advance(10);
    const third = await loginWithPassword(h);
    h.clock.advance(5);
    const stale = await loginWithPassword(h);
    h.clock.advance(5);
    await h.get('/account', { cookie: onPhone });
    h.clock.advance(10);
    const { sessions: listed } = await list();
    assert.deepEqual(
      listed.map((s) => [s.browser, s.system, s.current]),
      [
        ['Firefox', 'Windows', true],
        ['Safari', 'iOS', false],
        [undefined, undefined, false],
        [undefined, undefined, false],
      ],
    );
    assert.equal(listed[1]!.lastSeenAt, new Date(h.clock.now - 10_000).toISOString());
    const secrets = [cookie, onPhone, third, stale].flatMap((c) => {
      const id = c.split('=')[1]!;
      return [id, sha256(id)];
    });
    for (const s of listed) {
      assert.ok(!secrets.some((secret) => secret.includes(s.id) || s.id.includes(secret)));
    }
    // An idle session is over, so it is not listed.
    h.clock.advance(895);
    await h.get('/account', { cookie });
    assert.equal((await list()).sessions.length, 1);
  });

  test('keeps at most 512 characters of the User-Agent', async () => {
    const long = await loginWithPassword(h, erika.email, erika.password, {
      headers: { 'User-Agent': `${firefox} ${'x'.repeat(1000)}` },
    });
    const found = await h.store.use(sessions).get(sha256(long.split('=')[1]!));
    assert.equal(found?.session.userAgent?.length, 512);
  });

  test('ends another session; the current one, an unknown one and another member’s are not found', async () => {
    const onPhone = await phone();
    const [, other] = (await list()).sessions;
    const ended = await h.post('/account/sessions/end', { id: other!.id }, { cookie });
    assert.equal(ended.status, 200);
    assert.deepEqual(
      (await ended.json()).sessions.map((s: { current: boolean }) => s.current),
      [true],
    );
    assert.equal(await signedIn(h, onPhone), false);
    assert.ok((await events(h, accountId)).includes('account.session.ended'));

    await h.portal.createAccount(max);
    const maxCookie = await loginWithPassword(h, max.email, max.password);
    const [maxSession] = (await list(maxCookie)).sessions;
    const [current] = (await list()).sessions;
    for (const id of [current!.id, maxSession!.id, 'AAAAAAAAAAAAAAAAAAAAAA']) {
      const response = await h.post('/account/sessions/end', { id }, { cookie });
      assert.equal(response.status, 404);
      assert.deepEqual(await response.json(), { error: { code: 'NOT_FOUND' } });
    }
    assert.equal(await signedIn(h, maxCookie), true, "Max's session lives on");
    assert.equal(await signedIn(h, cookie), true);
  });

  test('ends every other session at once', async () => {
    const others = [await phone(), await loginWithPassword(h)];
    await h.portal.createAccount(max);
    const maxCookie = await loginWithPassword(h, max.email, max.password);
    const response = await h.post('/account/sessions/end-others', {}, { cookie });
    assert.equal(response.status, 200);
    assert.equal((await response.json()).sessions.length, 1);
    for (const c of others) assert.equal(await signedIn(h, c), false);
    assert.equal(await signedIn(h, cookie), true);
    assert.equal(await signedIn(h, maxCookie), true);
    assert.ok((await events(h, accountId)).includes('account.sessions.ended'));
  });
});
