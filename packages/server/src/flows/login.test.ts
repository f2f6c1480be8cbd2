import assert from 'node:assert/strict';
import { beforeEach, describe, mock, test } from 'node:test';
import { passwordHashing } from '../password/hash.js';
import {
  createHarness,
  erika,
  kvnr,
  sessionCookieOf,
  loginWithPassword,
  type Harness,
} from '../testing/harness.js';
import { audit } from '../stores/audit.js';
import { sessions } from '../stores/sessions.js';

const wrong = 'Falsches Passwort 123';

async function attempt(h: Harness, identifier: string, password = wrong, clientAddress?: string) {
  const options = clientAddress ? { clientAddress } : {};
  return h.post('/login/password', { identifier, password }, options);
}

/** A fresh portal with Erika's account; the clock starts at 26 Nov 2026, 14:03 Berlin time. */
async function withErika(overrides: Parameters<typeof createHarness>[0] = {}) {
  const h = createHarness(overrides);
  const { accountId } = await h.portal.createAccount(erika);
  return { h, accountId };
}

describe('password sign-in', () => {
  let h: Harness;
  let accountId: string;
  beforeEach(async () => {
    ({ h, accountId } = await withErika());
  });

  test('signs in with e-mail or KVNR and sets an HttpOnly, SameSite=Strict session cookie', async () => {
    for (const identifier of [erika.email, ` ${erika.kvnr.toLowerCase()} `]) {
      const response = await attempt(h, identifier, erika.password);
      assert.equal(response.status, 200);
      const body = await response.json();
      assert.deepEqual(body, {
        session: {
          signedIn: true,
          member: { displayName: 'Erika Mustermann' },
          method: 'password',
          idleExpiresIn: 900,
          absoluteExpiresIn: 43_200,
          idleTimeout: 900,
        },
      });
      const [cookie] = response.headers.getSetCookie();
      assert.match(
        cookie ?? '',
        /^pk_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/$/,
      );
    }
  });

  test('answers an unknown identifier and a wrong password byte for byte alike', async () => {
    const unknown = await attempt(h, 'niemand@example.de');
    const wrongPassword = await attempt(h, erika.email);
    const unknownKvnr = await attempt(h, kvnr('Z98765432'));
    assert.equal(unknown.status, 401);
    const bodies = await Promise.all([unknown, wrongPassword, unknownKvnr].map((r) => r.text()));
    assert.equal(bodies[0], '{"error":{"code":"CREDENTIALS_INVALID"}}');
    assert.equal(bodies[1], bodies[0]);
    assert.equal(bodies[2], bodies[0]);
    assert.deepEqual([...unknown.headers], [...wrongPassword.headers]);
  });

  test('verifies an unknown member against the dummy argon2id hash, like a member', async () => {
    const verify = mock.method(passwordHashing, 'verify');
    try {
      await attempt(h, 'niemand@example.de');
      await attempt(h, erika.email);
      assert.equal(verify.mock.callCount(), 2);
      const [unknownCall, memberCall] = verify.mock.calls;
      assert.match(String(unknownCall?.arguments[0]), /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      assert.match(String(memberCall?.arguments[0]), /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      assert.notEqual(unknownCall?.arguments[0], memberCall?.arguments[0]);
      assert.equal(await unknownCall?.result, false);
    } finally {
      verify.mock.restore();
    }
  });

  test('rejects a malformed identifier with the problem, before any lookup', async () => {
    const cases: [string, string][] = [
      ['A123456781', 'kvnrCheckDigit'],
      ['12345', 'kvnrFormat'],
      ['erika@', 'emailFormat'],
      ['  ', 'empty'],
    ];
    for (const [identifier, problem] of cases) {
      const response = await attempt(h, identifier);
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), {
        error: { code: 'VALIDATION_FAILED', fields: { identifier: problem } },
      });
    }
  });

  test('rotates the session id on sign-in and ends the session the request came with', async () => {
    const first = await loginWithPassword(h);
    const response = await h.post(
      '/login/password',
      { identifier: erika.email, password: erika.password },
      { cookie: first },
    );
    const second = sessionCookieOf(response);
    assert.ok(second);
    assert.notEqual(second, first);
    assert.deepEqual(await (await h.get('/session', { cookie: first })).json(), {
      signedIn: false,
    });
    assert.equal((await (await h.get('/session', { cookie: second })).json()).signedIn, true);
  });

  test('stores only the SHA-256 of the session id', async () => {
    const cookie = await loginWithPassword(h);
    const id = cookie.split('=')[1] ?? '';
    assert.equal(await h.store.use(sessions).get(id), null);
  });

  test('writes audit events without secrets', async () => {
    await attempt(h, erika.email);
    await loginWithPassword(h);
    const events = await h.store.use(audit).list({ accountId });
    assert.deepEqual(
      events.map((e) => e.event),
      ['login.password.success', 'login.password.failure'],
    );
  });
});

describe('password sign-in throttling', () => {
  test('locks an unknown identifier and a known one after the same number of failures', async () => {
    const { h } = await withErika();
    for (const identifier of ['niemand@example.de', erika.email]) {
      for (let i = 0; i < 5; i++) assert.equal((await attempt(h, identifier)).status, 401);
      const locked = await attempt(h, identifier, erika.password);
      assert.equal(locked.status, 429);
      assert.equal(locked.headers.get('Retry-After'), '900');
      assert.deepEqual(await locked.json(), { error: { code: 'RATE_LIMITED', retryAfter: 900 } });
    }
  });

  test('checks the lock before hashing', async () => {
    const { h } = await withErika();
    for (let i = 0; i < 5; i++) await attempt(h, erika.email);
    const verify = mock.method(passwordHashing, 'verify');
    try {
      assert.equal((await attempt(h, erika.email)).status, 429);
      assert.equal(verify.mock.callCount(), 0);
    } finally {
      verify.mock.restore();
    }
  });

  test('resets the count after a successful sign-in', async () => {
    const { h } = await withErika();
    for (let i = 0; i < 4; i++) await attempt(h, erika.email);
    await loginWithPassword(h);
    for (let i = 0; i < 4; i++) assert.equal((await attempt(h, erika.email)).status, 401);
    assert.equal((await attempt(h, erika.email, erika.password)).status, 200);
  });

  test('unlocks when the window has passed', async () => {
    const { h } = await withErika();
    for (let i = 0; i < 5; i++) await attempt(h, erika.email);
    h.clock.advance(600);
    const waiting = await attempt(h, erika.email, erika.password);
    assert.equal(waiting.status, 429);
    assert.equal((await waiting.json()).error.retryAfter, 300);
    h.clock.advance(300);
    assert.equal((await attempt(h, erika.email, erika.password)).status, 200);
  });

  test('limits one client across many identifiers', async () => {
    const { h } = await withErika({ throttle: { maxFailuresPerClient: 3 } });
    for (let i = 0; i < 3; i++) await attempt(h, `probe${i}@example.de`, wrong, '198.51.100.7');
    assert.equal((await attempt(h, erika.email, erika.password, '198.51.100.7')).status, 429);
    assert.equal((await attempt(h, erika.email, erika.password, '198.51.100.8')).status, 200);
  });

  test('tells the member that attempts are locked, at most once a day', async () => {
    const { h, accountId } = await withErika();
    for (let i = 0; i < 8; i++) await attempt(h, erika.email);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(h.mail.messages.length, 1);
    const [notice] = h.mail.messages;
    assert.equal(notice?.template, 'account-locked');
    assert.equal(notice?.to, erika.email);
    assert.match(notice?.text ?? '', /am 26\.11\.2026 um 14:03 Uhr/);
    assert.match(notice?.text ?? '', /weitere Versuche von dort für 15 Minuten gesperrt/);
    const events = (await h.store.use(audit).list({ accountId })).map((e) => e.event);
    assert.equal(events.filter((e) => e === 'login.locked').length, 1);
  });

  test('keeps the sign-in answer when the lock notice cannot be sent', async () => {
    const { h } = await withErika();
    h.mail.failure = new Error('smtp down for erika.mustermann@example.de');
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await attempt(h, erika.email)).status);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(answers, [401, 401, 401, 401, 401]);
    const warning = h.logs.find((l) => l.event === 'notice.failed');
    assert.ok(warning);
    assert.doesNotMatch(JSON.stringify(h.logs), /erika/i);
  });
});
