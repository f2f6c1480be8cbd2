import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { sha256 } from '../session/session-id.js';
import { createMemoryStore } from '../stores/memory.js';
import { audit } from '../stores/audit.js';
import { sessions } from '../stores/sessions.js';
import {
  createHarness,
  erika,
  loginWithPassword,
  overridePart,
  sessionCookieOf,
  type Harness,
} from '../testing/harness.js';

describe('session', () => {
  let h: Harness;
  let cookie: string;
  beforeEach(async () => {
    h = createHarness();
    await h.portal.createAccount(erika);
    cookie = await loginWithPassword(h);
  });

  const state = async (c: string | null = cookie) =>
    (await h.get('/session', { cookie: c })).json();

  test('reports signed out without a cookie', async () => {
    assert.deepEqual(await state(null), { signedIn: false });
  });

  test('reports the remaining idle and absolute time in whole seconds', async () => {
    h.clock.advance(100.6);
    const body = await state();
    assert.equal(body.idleExpiresIn, 799);
    assert.equal(body.absoluteExpiresIn, 43_099);
  });

  test('does not extend the idle timeout when read', async () => {
    h.clock.advance(600);
    await state();
    h.clock.advance(299);
    assert.equal((await state()).idleExpiresIn, 1);
    h.clock.advance(1);
    assert.deepEqual(await state(), { signedIn: false });
  });

  test('extends the idle timeout on every other authenticated request', async () => {
    h.clock.advance(600);
    assert.equal((await h.get('/passkeys', { cookie })).status, 200);
    h.clock.advance(600);
    assert.equal((await state()).idleExpiresIn, 300);
  });

  test('ends after the idle timeout with SESSION_EXPIRED and clears the cookie', async () => {
    h.clock.advance(900);
    const response = await h.get('/passkeys', { cookie });
    assert.equal(response.status, 401);
    assert.deepEqual(await response.json(), { error: { code: 'SESSION_EXPIRED' } });
    assert.match(response.headers.get('Set-Cookie') ?? '', /^pk_session=; .*Max-Age=0/);
  });

  test('ends after the absolute timeout however active the member is', async () => {
    for (let minutes = 0; minutes < 12 * 60 - 10; minutes += 10) {
      h.clock.advance(600);
      assert.equal((await h.get('/passkeys', { cookie })).status, 200);
    }
    assert.equal((await state()).absoluteExpiresIn, 600);
    assert.equal((await state()).idleExpiresIn, 600);
    h.clock.advance(600);
    const response = await h.get('/passkeys', { cookie });
    assert.equal((await response.json()).error.code, 'SESSION_EXPIRED');
  });

  test('extends the idle timeout when the member stays signed in, never the absolute one', async () => {
    h.clock.advance(800);
    const response = await h.post('/session/extend', {}, { cookie });
    assert.equal(response.status, 200);
    const { session } = await response.json();
    assert.equal(session.idleExpiresIn, 900);
    assert.equal(session.absoluteExpiresIn, 43_200 - 800);
    // Recorded, not only answered: the session lives on past the first idle end.
    h.clock.advance(899);
    assert.equal((await state()).idleExpiresIn, 1);
    assert.equal((await state()).absoluteExpiresIn, 43_200 - 800 - 899);
  });

  test('cannot extend past the absolute timeout', async () => {
    for (let i = 0; i < 47; i++) {
      h.clock.advance(899);
      assert.equal((await h.post('/session/extend', {}, { cookie })).status, 200);
    }
    h.clock.advance(43_200 - 47 * 899 - 100);
    const { session } = await (await h.post('/session/extend', {}, { cookie })).json();
    assert.equal(session.absoluteExpiresIn, 100);
    assert.equal(session.idleExpiresIn, 100);
    h.clock.advance(100);
    assert.equal((await h.post('/session/extend', {}, { cookie })).status, 401);
  });

  test('does not revive an expired session', async () => {
    h.clock.advance(900);
    const response = await h.post('/session/extend', {}, { cookie });
    assert.equal(response.status, 401);
    assert.deepEqual(await response.json(), { error: { code: 'SESSION_EXPIRED' } });
    assert.deepEqual(await state(), { signedIn: false });
  });

  test('needs a session to extend', async () => {
    const response = await h.post('/session/extend', {});
    assert.equal(response.status, 401);
    assert.deepEqual(await response.json(), { error: { code: 'SESSION_REQUIRED' } });
  });

  test('requires a session for passkey management', async () => {
    const response = await h.get('/passkeys');
    assert.equal(response.status, 401);
    assert.deepEqual(await response.json(), { error: { code: 'SESSION_REQUIRED' } });
  });

  test('signs out: deletes the session and clears the cookie', async () => {
    const response = await h.post('/logout', undefined, { cookie });
    assert.deepEqual(await response.json(), { signedIn: false });
    assert.match(
      response.headers.get('Set-Cookie') ?? '',
      /^pk_session=; HttpOnly; SameSite=Strict; Path=\/; Max-Age=0$/,
    );
    assert.deepEqual(await state(), { signedIn: false });
    assert.equal((await h.get('/passkeys', { cookie })).status, 401);
  });

  test('gives the host site the session without extending it', async () => {
    const request = () =>
      new Request('http://localhost:5173/konto', { headers: { Cookie: cookie } });
    h.clock.advance(899);
    const session = await h.portal.getSession(request());
    assert.equal(session?.displayName, 'Erika Mustermann');
    assert.equal(session?.method, 'password');
    h.clock.advance(1);
    assert.equal(await h.portal.getSession(request()), null);
    assert.equal(await h.portal.getSession(new Request('http://localhost:5173/')), null);
  });

  test('uses a Secure __Host- cookie outside localhost', async () => {
    const secure = createHarness({
      store: h.store,
      rp: { id: 'meine.example.de', name: 'Testkasse', origins: ['http://localhost:5173'] },
    });
    const response = await secure.post('/login/password', {
      identifier: erika.email,
      password: erika.password,
    });
    const cookies = response.headers.getSetCookie();
    assert.match(
      cookies.find((c) => c.startsWith('__Host-pk_session=')) ?? '',
      /^__Host-pk_session=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/; Secure$/,
    );
    // The trusted-device cookie too: a stranger's cookie could otherwise be planted over http.
    assert.match(
      cookies.find((c) => c.startsWith('__Host-pk_device=')) ?? '',
      /^__Host-pk_device=\d+\.[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=15552000; Secure$/,
    );
  });
});

describe('sweeping expired data', () => {
  /** The stored session of a `name=value` cookie, or null once deleted. */
  const storedSession = (h: Harness, cookie: string) =>
    h.store.use(sessions).get(sha256(cookie.slice(cookie.indexOf('=') + 1)));
  const sweeps = (h: Harness) => h.logs.filter((line) => line.event === 'store.swept');

  test('deletes a session left to expire on the first request after the interval', async () => {
    const h = createHarness();
    await h.portal.createAccount(erika);
    // The member closes the tab instead of signing out; the cookie never comes back.
    const abandoned = await loginWithPassword(h);
    h.clock.advance(600);
    const active = await loginWithPassword(h);
    h.clock.advance(300);
    assert.ok(await storedSession(h, abandoned), 'kept until a request comes');

    await h.get('/session');
    assert.equal(await storedSession(h, abandoned), null, 'idle for 15 minutes: deleted');
    assert.ok(await storedSession(h, active), 'idle for 5 minutes: kept');
    assert.deepEqual(sweeps(h).at(-1), {
      level: 'info',
      event: 'store.swept',
      sessions: 1,
      challenges: 0,
      // The client's counter of the two sign-ins: its window has ended too.
      throttle: 1,
      registrations: 0,
      passwordResets: 0,
      approvalsExpired: 0,
      emailChanges: 0,
    });
  });

  test('sweeps at most once per interval', async () => {
    const h = createHarness({ sweepIntervalSeconds: 60 });
    for (let i = 0; i < 5; i++) await h.get('/session');
    assert.equal(sweeps(h).length, 1);
    h.clock.advance(59);
    await h.get('/session');
    assert.equal(sweeps(h).length, 1);
    h.clock.advance(1);
    await h.get('/session');
    assert.equal(sweeps(h).length, 2);
  });

  test('answers the request when a sweep fails, and logs it without details', async () => {
    const store = overridePart(createMemoryStore(), sessions, () => ({
      sweep: async () => {
        throw Object.assign(new Error('could not delete'), { detail: 'Key (id)=(A123456780)' });
      },
    }));
    const h = createHarness({ store });
    const response = await h.get('/session');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { signedIn: false });
    assert.deepEqual(h.logs, [
      { level: 'error', event: 'store.sweep.failed', error: 'Error', message: 'could not delete' },
    ]);
  });

  test('with an interval of 0 only an explicit sweep() deletes', async () => {
    const h = createHarness({ sweepIntervalSeconds: 0 });
    await h.portal.createAccount(erika);
    const cookie = await loginWithPassword(h);
    h.clock.advance(12 * 3600);
    await h.get('/session');
    assert.ok(await storedSession(h, cookie));
    assert.deepEqual(await h.portal.sweep(), {
      sessions: 1,
      challenges: 0,
      throttle: 1,
      registrations: 0,
      passwordResets: 0,
      approvalsExpired: 0,
      emailChanges: 0,
    });
    assert.equal(await storedSession(h, cookie), null);
  });
});

describe('confirming the session with the password', () => {
  let h: Harness;
  let accountId: string;
  beforeEach(async () => {
    h = createHarness();
    ({ accountId } = await h.portal.createAccount(erika));
  });

  const confirm = (cookie: string, password: string, clientAddress?: string) =>
    h.post('/session/confirm', { password }, { cookie, ...(clientAddress ? { clientAddress } : {}) });

  test('rotates the session and keeps its absolute end', async () => {
    const old = await loginWithPassword(h);
    h.clock.advance(14 * 60);
    const response = await confirm(old, erika.password);
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.session.absoluteExpiresIn, 43_200 - 14 * 60);
    assert.equal(body.session.idleExpiresIn, 900);
    const cookie = sessionCookieOf(response)!;
    assert.deepEqual(await (await h.get('/session', { cookie: old })).json(), { signedIn: false });
    assert.equal((await (await h.get('/session', { cookie })).json()).signedIn, true);
    const events = (await h.store.use(audit).list({ accountId })).map((e) => e.event);
    assert.equal(events[0], 'session.confirmed');
  });

  test('refuses a wrong password without ending the session, and locks like sign-in', async () => {
    const cookie = await loginWithPassword(h);
    for (let i = 0; i < 5; i++) {
      const response = await confirm(cookie, 'Falsches Passwort 123');
      assert.equal(response.status, 401);
      assert.deepEqual(await response.json(), { error: { code: 'CREDENTIALS_INVALID' } });
    }
    assert.equal((await confirm(cookie, erika.password)).status, 429);
    assert.equal((await h.get('/session', { cookie })).status, 200);
    const events = (await h.store.use(audit).list({ accountId })).map((e) => e.event);
    assert.equal(events.filter((e) => e === 'session.confirm.failure').length, 5);
    // The same secret, the same counter: signing in again with the KVNR is locked there too.
    const signIn = await h.post('/login/password', { identifier: erika.kvnr, password: erika.password });
    assert.equal(signIn.status, 429);
  });

  test('needs a session', async () => {
    const response = await h.post('/session/confirm', { password: erika.password });
    assert.equal(response.status, 401);
  });
});
