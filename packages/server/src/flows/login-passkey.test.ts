import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import {
  createHarness,
  erika,
  sessionCookieOf,
  loginWithPassword,
  newBrowser,
  type Harness,
} from '../testing/harness.js';
import { addPasskey, authenticator, loginOptions, loginWithPasskey } from '../testing/passkeys.js';
import { challenges } from '../stores/challenges.js';
import { credentials } from '../stores/credentials.js';
import { audit } from '../stores/audit.js';

type Device = ReturnType<typeof authenticator>;

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe('passkey sign-in', () => {
  let h: Harness;
  let device: Device;
  let accountId: string;
  beforeEach(async () => {
    h = createHarness();
    ({ accountId } = await h.portal.createAccount(erika));
    device = authenticator();
    const added = await addPasskey(h, await loginWithPassword(h), device);
    assert.equal(added.status, 200);
  });

  test('offers discoverable sign-in with user verification required', async () => {
    const options = await loginOptions(h);
    assert.equal(options.rpId, 'localhost');
    assert.equal(options.userVerification, 'required');
    assert.deepEqual(options.allowCredentials, []);
    assert.match(options.challenge, /^[A-Za-z0-9_-]{43}$/);
  });

  test('signs in with a registered passkey and starts a passkey session', async () => {
    const response = await loginWithPasskey(h, device);
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.session.method, 'passkey');
    assert.equal(body.session.member.displayName, 'Erika Mustermann');
    const cookie = sessionCookieOf(response);
    assert.ok(cookie);
    const session = await h.get('/session', { cookie });
    assert.equal((await session.json()).method, 'passkey');
    const [stored] = await h.store.use(credentials).list(accountId);
    assert.equal(stored?.counter, 1);
    assert.equal(stored?.lastUsedAt, h.clock.now);
    const events = (await h.store.use(audit).list({ accountId })).map((e) => e.event);
    assert.equal(events[0], 'login.passkey.success');
  });

  test('rejects a replayed assertion', async () => {
    const credential = await device.authenticate(await loginOptions(h));
    const first = await h.post('/login/passkey/verify', { credential });
    assert.equal(first.status, 200);
    const replay = await h.post('/login/passkey/verify', { credential });
    assert.equal(replay.status, 400);
    assert.equal(await errorCode(replay), 'CHALLENGE_EXPIRED');
  });

  test('rejects an assertion for an expired challenge', async () => {
    const options = await loginOptions(h);
    h.clock.advance(5 * 60);
    const credential = await device.authenticate(options);
    const response = await h.post('/login/passkey/verify', { credential });
    assert.equal(response.status, 400);
    assert.equal(await errorCode(response), 'CHALLENGE_EXPIRED');
  });

  test('rejects a challenge the server never issued', async () => {
    const credential = await device.authenticate(await loginOptions(h), {
      challenge: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    });
    const response = await h.post('/login/passkey/verify', { credential });
    assert.equal(await errorCode(response), 'CHALLENGE_EXPIRED');
  });

  test('rejects a credential the server does not know', async () => {
    const stranger = authenticator();
    await stranger.register({
      challenge: 'AAAAAAAAAAAAAAAAAAAAAA',
      rp: { id: 'localhost', name: 'Testkasse' },
      user: { id: 'dXNlcg', name: 'x', displayName: 'x' },
      pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
    });
    const response = await loginWithPasskey(h, stranger);
    assert.equal(response.status, 401);
    assert.equal(await errorCode(response), 'PASSKEY_UNKNOWN');
  });

  const invalid: [string, Parameters<typeof loginWithPasskey>[2]][] = [
    ['signed on a foreign origin', { origin: 'https://evil.example' }],
    ['for another RP ID', { rpId: 'evil.example' }],
    ['without user verification', { userVerified: false }],
    ['with a user handle of another account', { userHandle: 'b3RoZXI' }],
    ['without a user handle', { userHandle: null }],
  ];
  for (const [name, overrides] of invalid) {
    test(`rejects an assertion ${name}`, async () => {
      const response = await loginWithPasskey(h, device, overrides);
      assert.equal(response.status, 401);
      assert.equal(await errorCode(response), 'PASSKEY_INVALID');
      assert.equal(sessionCookieOf(response), null);
    });
  }

  test('rejects a counter that went backwards, as from a cloned authenticator', async () => {
    assert.equal((await loginWithPasskey(h, device)).status, 200);
    assert.equal((await loginWithPasskey(h, device)).status, 200);
    const clone = await loginWithPasskey(h, device, { counter: 1 });
    assert.equal(clone.status, 401);
    assert.equal(await errorCode(clone), 'PASSKEY_INVALID');
    const [stored] = await h.store.use(credentials).list(accountId);
    assert.equal(stored?.counter, 2);
  });

  test('accepts authenticators that always report counter 0', async () => {
    for (let i = 0; i < 2; i++) {
      assert.equal((await loginWithPasskey(h, device, { counter: 0 })).status, 200);
    }
  });

  test('rotates the session id of the request that signs in', async () => {
    const before = await loginWithPassword(h);
    const credential = await device.authenticate(await loginOptions(h));
    const response = await h.post('/login/passkey/verify', { credential }, { cookie: before });
    assert.notEqual(sessionCookieOf(response), before);
    assert.deepEqual(await (await h.get('/session', { cookie: before })).json(), {
      signedIn: false,
    });
  });

  test('throttles a client that keeps failing', async () => {
    const strict = createHarness({ store: h.store, throttle: { maxFailuresPerClient: 2 } });
    for (let i = 0; i < 2; i++) {
      assert.equal((await loginWithPasskey(strict, device, { userVerified: false })).status, 401);
    }
    const locked = await loginWithPasskey(strict, device);
    assert.equal(locked.status, 429);
  });

  test("refuses an assertion for another browser's challenge", async () => {
    // Browser X asks for a challenge and gets an assertion for it; browser Y presents it.
    const x = newBrowser();
    const credential = await device.authenticate(await loginOptions(h, { browser: x }));
    const y = newBrowser();
    await loginOptions(h, { browser: y });
    const stolen = await h.post('/login/passkey/verify', { credential }, { browser: y });
    assert.equal(stolen.status, 400);
    assert.equal(await errorCode(stolen), 'CHALLENGE_EXPIRED');
    assert.equal(sessionCookieOf(stolen), null);
    const bare = await h.post('/login/passkey/verify', { credential }, { browser: newBrowser() });
    assert.equal(await errorCode(bare), 'CHALLENGE_EXPIRED');
  });

  test('binds the challenge with an HttpOnly cookie of its own, for its lifetime', async () => {
    const response = await h.post('/login/passkey/options');
    const [binding] = response.headers.getSetCookie();
    assert.match(
      binding ?? '',
      /^pk_ceremony=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=300$/,
    );
    // The same browser keeps its binding: the button ceremony does not spoil autofill's.
    const again = await h.post('/login/passkey/options');
    assert.equal(again.headers.getSetCookie()[0]?.split(';')[0], binding?.split(';')[0]);
  });

  test('keeps the challenges of a flooding client bounded', async () => {
    const flooded = createHarness({ throttle: { maxChallengesPerClient: 20 } });
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => flooded.post('/login/passkey/options')),
    );
    const statuses = answers.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 200).length, 20);
    assert.equal(statuses.filter((s) => s === 429).length, 80);
    assert.equal(
      (await answers.find((r) => r.status === 429)!.json()).error.retryAfter,
      300,
    );
    assert.equal(await flooded.store.use(challenges).sweep(Number.MAX_SAFE_INTEGER), 20);
    // Another client is not affected.
    const other = await flooded.post('/login/passkey/options', {}, { clientAddress: '203.0.113.1' });
    assert.equal(other.status, 200);
  });

  test("logs the library's reason for a refused assertion, cut to 200 characters", async () => {
    const origin = `https://${'a'.repeat(500)}.example`;
    const response = await loginWithPasskey(h, device, { origin });
    assert.equal(await errorCode(response), 'PASSKEY_INVALID');
    const refusal = h.logs.find((line) => line.event === 'passkey.assertion.invalid');
    assert.ok(refusal, 'the refusal is logged');
    assert.match(String(refusal.reason), /origin/i);
    assert.ok(String(refusal.reason).length <= 200, String(refusal.reason).length.toString());
  });
});
