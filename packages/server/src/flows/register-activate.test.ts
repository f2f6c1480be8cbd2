import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { accounts } from '../stores/accounts.js';
import { audit } from '../stores/audit.js';
import {
  createHarness,
  erika,
  kvnr,
  loginWithPassword,
  newBrowser,
  sessionCookieOf,
  type Browser,
  type Harness,
} from '../testing/harness.js';
import { jonas, jonasIdentifies, testRegistry } from '../testing/members.js';

const password = 'Kirschblüten über der Elbe 7';

function portal(options: Parameters<typeof createHarness>[0] = {}): Harness {
  return createHarness({ members: testRegistry([jonas]), ...options });
}

/** Asks for Jonas's letter and reads the code from it, as printed (`K7QM-X4TP-9WHR`). */
async function letter(h: Harness): Promise<string> {
  const before = h.mail.messages.length;
  await h.post('/register/identify', jonasIdentifies);
  const sent = h.mail.messages.slice(before).find((m) => m.channel === 'letter');
  assert.ok(sent?.letter, 'a letter was sent');
  return sent.letter.code;
}

const activate = (h: Harness, code: string, options: { browser?: Browser; kvnr?: string } = {}) =>
  h.post(
    '/register/activate',
    { kvnr: options.kvnr ?? jonas.kvnr, code },
    options.browser ? { browser: options.browser } : {},
  );

const setPassword = (h: Harness, value = password, browser?: Browser) =>
  h.post('/register/password', { password: value }, browser ? { browser } : {});

/** A code of the right form that no letter printed. */
const otherCode = (code: string) => (code.startsWith('2') ? '3' : '2') + code.slice(1);

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe('registration: activation', () => {
  test('accepts the code typed any way, with an HttpOnly, SameSite=Strict cookie for 30 minutes', async () => {
    const h = portal();
    const code = await letter(h);
    const typed = ` ${code.toLowerCase().replaceAll('-', ' ')} `;
    const response = await activate(h, typed);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { activated: true, displayName: 'Jonas Beispiel' });
    const [cookie] = response.headers.getSetCookie();
    assert.match(
      cookie ?? '',
      /^pk_registration=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=1800$/,
    );
    assert.deepEqual(await (await h.get('/register')).json(), {
      activated: true,
      displayName: 'Jonas Beispiel',
    });
    assert.deepEqual(await (await h.get('/register', { browser: newBrowser() })).json(), {
      activated: false,
    });
    h.clock.advance(30 * 60);
    assert.deepEqual(await (await h.get('/register')).json(), { activated: false });
    assert.equal(h.browser.cookies.has('pk_registration'), false, 'the dead cookie is cleared');
  });

  test('names the registration cookie __Host- and marks it Secure where sessions are', async () => {
    const h = portal({ session: { secureCookie: true } });
    const response = await activate(h, await letter(h));
    assert.match(response.headers.getSetCookie()[0] ?? '', /^__Host-pk_registration=.+; Secure$/);
  });

  test('refuses a code past its validity, with the answer of a wrong one', async () => {
    // No sweeper: the code itself must stop working, not only its row be deleted.
    const h = portal({ register: { codeValidityDays: 14 }, sweepIntervalSeconds: 0 });
    const code = await letter(h);
    h.clock.advance(14 * 24 * 3600 - 1);
    assert.equal((await activate(h, code, { browser: newBrowser() })).status, 200);
    h.clock.advance(1);
    const expired = await activate(h, code);
    assert.equal(expired.status, 400);
    const wrong = await activate(h, otherCode(code));
    assert.equal(await expired.text(), await wrong.text());
    assert.equal(JSON.parse(await (await activate(h, code)).text()).error.code, 'CODE_INVALID');
  });

  test('voids the earlier code when a new letter is sent', async () => {
    const h = portal();
    const first = await letter(h);
    h.clock.advance(24 * 3600);
    const second = await letter(h);
    assert.notEqual(first, second);
    assert.equal(await errorCode(await activate(h, first)), 'CODE_INVALID');
    assert.equal((await activate(h, second)).status, 200);
  });

  test('locks the code after 5 wrong ones and tells the e-mail address given', async () => {
    const h = portal();
    const code = await letter(h);
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) answers.push(await errorCode(await activate(h, otherCode(code))));
    assert.deepEqual(answers, [...Array(4).fill('CODE_INVALID'), 'CODE_LOCKED']);
    const locked = await activate(h, code);
    assert.equal(locked.status, 423, 'the right code no longer works');
    assert.equal(await errorCode(locked), 'CODE_LOCKED');

    const notice = h.mail.messages.at(-1);
    assert.equal(notice?.template, 'activation-locked');
    assert.equal(notice?.to, jonasIdentifies.email);
    const events = (await h.store.use(audit).list()).map((e) => e.event);
    assert.equal(events.filter((e) => e === 'register.activate.failure').length, 5);
    assert.ok(events.includes('register.activate.locked'));

    // A new letter (a day later) brings a code that works.
    h.clock.advance(24 * 3600);
    assert.equal((await activate(h, await letter(h))).status, 200);
  });

  test('counts wrong codes for a KVNR without a letter the same way', async () => {
    const h = portal();
    const code = await letter(h);
    const stranger = kvnr();
    for (let i = 0; i < 6; i++) {
      const known = await activate(h, otherCode(code));
      const unknown = await activate(h, otherCode(code), { kvnr: stranger });
      assert.equal(await unknown.text(), await known.text(), `attempt ${i + 1}`);
      assert.equal(unknown.status, i < 4 ? 400 : 423);
    }
  });

  test('counts every attempt before checking: of 20 at once, 5 are checked', async () => {
    const h = portal();
    const code = await letter(h);
    const attempts = [...Array(19).fill(otherCode(code)), code] as string[];
    const answers = await Promise.all(attempts.map((c) => activate(h, c)));
    const codes = await Promise.all(answers.map(errorCode));
    assert.equal(codes.filter((c) => c === 'CODE_INVALID').length, 4);
    assert.equal(codes.filter((c) => c === 'CODE_LOCKED').length, 16);
    assert.equal(answers.at(-1)?.status, 423, 'the right code came too late');
  });

  test('limits wrong codes from one client across KVNRs', async () => {
    const h = portal({ throttle: { maxFailuresPerClient: 8 } });
    const codes: string[] = [];
    for (let i = 0; i < 9; i++)
      codes.push(await errorCode(await activate(h, 'ABCD-EFGH-JKMN', { kvnr: kvnr() })));
    assert.deepEqual(codes, [...Array(8).fill('CODE_INVALID'), 'RATE_LIMITED']);
  });

  test('refuses a malformed code or KVNR before counting', async () => {
    const h = portal();
    const response = await activate(h, 'ABC-1', { kvnr: 'A123' });
    assert.deepEqual(await response.json(), {
      error: { code: 'VALIDATION_FAILED', fields: { kvnr: 'format', code: 'format' } },
    });
    assert.deepEqual(await h.store.use(audit).list(), []);
  });
});

describe('registration: password', () => {
  test('creates the account, signs in with a fresh session and confirms by e-mail', async () => {
    const h = portal();
    await activate(h, await letter(h));
    const response = await setPassword(h);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      session: {
        signedIn: true,
        member: { displayName: 'Jonas Beispiel' },
        method: 'password',
        idleExpiresIn: 900,
        absoluteExpiresIn: 43_200,
        idleTimeout: 900,
      },
    });
    const session = sessionCookieOf(response);
    assert.ok(session);
    assert.equal((await (await h.get('/session', { cookie: session })).json()).signedIn, true);
    assert.ok(
      response.headers
        .getSetCookie()
        .includes('pk_registration=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0'),
    );

    const account = await h.store.use(accounts).findByKvnr(jonas.kvnr);
    assert.equal(account?.email, jonasIdentifies.email);
    assert.equal(account?.displayName, 'Jonas Beispiel');
    const [completed] = await h.store.use(audit).list({ accountId: account?.id ?? '' });
    assert.equal(completed?.event, 'register.completed');
    const confirmation = h.mail.messages.at(-1);
    assert.deepEqual(
      [confirmation?.template, confirmation?.to],
      ['account-created', jonasIdentifies.email],
    );
    await loginWithPassword(h, jonasIdentifies.email, password);
  });

  test('replaces the session the browser came with', async () => {
    const h = portal();
    await h.portal.createAccount(erika);
    const old = await loginWithPassword(h);
    await activate(h, await letter(h));
    const response = await h.post('/register/password', { password }, { cookie: old });
    assert.equal(response.status, 200);
    assert.notEqual(sessionCookieOf(response), old);
    assert.deepEqual(await (await h.get('/session', { cookie: old })).json(), { signedIn: false });
  });

  test('needs an accepted code in this browser', async () => {
    const h = portal();
    await letter(h);
    const response = await setPassword(h);
    assert.equal(response.status, 409);
    assert.equal(await errorCode(response), 'REGISTRATION_REQUIRED');
  });

  test('refuses a password the policy rejects, naming every rule it breaks', async () => {
    const h = portal();
    await activate(h, await letter(h));
    const short = await setPassword(h, 'Jonas');
    assert.equal(short.status, 400);
    const body = (await short.json()) as { error: { code: string; fields: { password: string } } };
    assert.equal(body.error.code, 'PASSWORD_REJECTED');
    const broken = body.error.fields.password.split(' ');
    assert.ok(
      ['minLength', 'notContextual'].every((rule) => broken.includes(rule)),
      broken.join(),
    );
    const own = await setPassword(h, `Mein Zugang ${jonas.kvnr}`);
    assert.equal((await own.json()).error.fields.password, 'notContextual');
    assert.equal((await setPassword(h)).status, 200, 'the registration still stands');
  });

  test('spends the code: it cannot be used again', async () => {
    const h = portal();
    const code = await letter(h);
    await activate(h, code);
    await setPassword(h);
    assert.equal(
      await errorCode(await activate(h, code, { browser: newBrowser() })),
      'CODE_INVALID',
    );
  });

  test('two browsers with one code make exactly one account', async () => {
    const h = portal();
    const code = await letter(h);
    const [phone, laptop] = [newBrowser(), newBrowser()];
    assert.equal((await activate(h, code, { browser: phone })).status, 200);
    assert.equal((await activate(h, code, { browser: laptop })).status, 200);
    const answers = await Promise.all([
      setPassword(h, password, phone),
      setPassword(h, password, laptop),
      setPassword(h, password, laptop),
    ]);
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, 409, 409]);
    const all = await h.store.use(accounts).findByKvnr(jonas.kvnr);
    assert.ok(all);
  });

  test('makes no second account for a member who has one', async () => {
    const h = portal();
    const code = await letter(h);
    await h.portal.createAccount({
      kvnr: jonas.kvnr,
      email: 'jb@example.de',
      displayName: 'Jonas Beispiel',
      password,
    });
    assert.equal(await errorCode(await activate(h, code)), 'CODE_INVALID');

    const before = h.mail.messages.length;
    h.clock.advance(24 * 3600);
    await h.post('/register/identify', jonasIdentifies);
    const sent = h.mail.messages.slice(before);
    assert.deepEqual(
      sent.map((m) => [m.channel, m.template, m.to]),
      [['email', 'registration-attempt', 'jb@example.de']],
    );
  });

  test('sweeps registrations whose code expired', async () => {
    const h = portal({ sweepIntervalSeconds: 0 });
    await letter(h);
    h.clock.advance(30 * 24 * 3600);
    assert.equal((await h.portal.sweep()).registrations, 1);
  });
});
