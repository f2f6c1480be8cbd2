import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server';
import {
  createHarness,
  erika,
  kvnr,
  loginWithPassword,
  newBrowser,
  sessionCookieOf,
  type Harness,
} from '../testing/harness.js';
import { addPasskey, authenticator } from '../testing/passkeys.js';
import { credentials } from '../stores/credentials.js';
import { audit } from '../stores/audit.js';

const chromeOnLinux =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('passkey management', () => {
  let h: Harness;
  let cookie: string;
  let accountId: string;
  beforeEach(async () => {
    h = createHarness();
    ({ accountId } = await h.portal.createAccount(erika));
    cookie = await loginWithPassword(h);
  });

  async function creationOptions(c = cookie): Promise<PublicKeyCredentialCreationOptionsJSON> {
    const response = await h.post('/passkeys/options', {}, { cookie: c });
    return ((await response.json()) as { options: PublicKeyCredentialCreationOptionsJSON }).options;
  }

  test('asks for a discoverable, user-verifying passkey under a random user handle', async () => {
    const options = await creationOptions();
    assert.equal(options.rp.id, 'localhost');
    assert.equal(options.user.name, erika.email);
    assert.equal(options.user.displayName, 'Erika Mustermann');
    assert.match(options.user.id, /^[A-Za-z0-9_-]{43}$/);
    assert.doesNotMatch(Buffer.from(options.user.id, 'base64url').toString('latin1'), /A12345678/);
    assert.equal(options.authenticatorSelection?.residentKey, 'required');
    assert.equal(options.authenticatorSelection?.userVerification, 'required');
    assert.equal(options.attestation, 'none');
    assert.deepEqual(options.excludeCredentials, []);
    // Same handle every time: a second passkey belongs to the same WebAuthn user.
    assert.equal((await creationOptions()).user.id, options.user.id);
  });

  test('adds a passkey, lists it and excludes it from the next ceremony', async () => {
    const device = authenticator();
    const response = await addPasskey(h, cookie, device, {}, { name: '  Mein Handy ' });
    assert.equal(response.status, 200);
    const { passkey } = await response.json();
    assert.deepEqual(passkey, {
      id: device.credentials[0]?.id,
      name: 'Mein Handy',
      createdAt: '2026-11-26T13:03:00.000Z',
      lastUsedAt: null,
      backedUp: false,
    });
    const list = await (await h.get('/passkeys', { cookie })).json();
    assert.deepEqual(list.passkeys, [passkey]);
    assert.equal(list.offer, false, 'no offer once the member has a passkey');
    const next = await creationOptions();
    assert.deepEqual(
      next.excludeCredentials?.map((c) => c.id),
      [passkey.id],
    );
    assert.equal((await h.store.use(audit).list({ accountId }))[0]?.event, 'passkey.added');
  });

  test('names an unnamed passkey after the browser and system', async () => {
    const response = await addPasskey(h, cookie, authenticator(), {}, {});
    assert.equal((await response.json()).passkey.name, 'Passkey');
    const named = await h.request('POST', '/passkeys/options', { body: {}, cookie });
    const { options } = await named.json();
    const credential = await authenticator().register(options);
    const verified = await h.post(
      '/passkeys/verify',
      { credential },
      {
        cookie,
        headers: { 'User-Agent': chromeOnLinux },
      },
    );
    assert.equal((await verified.json()).passkey.name, 'Chrome unter Linux');
  });

  test('names an unnamed passkey after its authenticator, from the AAGUID', async () => {
    const headers = { 'User-Agent': chromeOnLinux };
    const named = async (aaguid?: string, name?: string) => {
      const response = await addPasskey(
        h,
        cookie,
        authenticator(aaguid === undefined ? {} : { aaguid }),
        {},
        name === undefined ? {} : { name },
        { headers },
      );
      return (await response.json()).passkey.name as string;
    };
    assert.equal(await named('ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4'), 'Google Password Manager');
    assert.equal(await named('FBFC3007-154E-4ECC-8C0B-6E020557D7BD'), 'Apple Passwords');
    // All zeros ("none" attestation) and an AAGUID nobody listed: the browser and system.
    assert.equal(await named('00000000-0000-0000-0000-000000000000'), 'Chrome unter Linux');
    assert.equal(await named('0badc0de-0000-4000-8000-000000000001'), 'Chrome unter Linux');
    // The member's own name wins.
    assert.equal(await named('ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', 'Mein Pixel'), 'Mein Pixel');
  });

  test('sends the member a passkey-added notice by e-mail', async () => {
    await addPasskey(h, cookie, authenticator(), {}, { name: 'Mein Handy' });
    assert.equal(h.mail.messages.length, 1);
    const [message] = h.mail.messages;
    assert.deepEqual(
      { ...message, text: undefined },
      {
        channel: 'email',
        to: erika.email,
        recipientName: 'Erika Mustermann',
        template: 'passkey-added',
        locale: 'de',
        subject: 'Neuer Passkey für Ihr Konto',
        text: undefined,
        sentAt: '2026-11-26T13:03:00.000Z',
      },
    );
    assert.match(
      message?.text ?? '',
      /am 26\.11\.2026 um 14:03 Uhr wurde Ihrem Konto ein Passkey mit dem Namen „Mein Handy“ hinzugefügt\./,
    );
    assert.match(message?.text ?? '', /Waren Sie das nicht\? Rufen Sie uns/);
  });

  test('writes the notice in English for an English-speaking member', async () => {
    const english = { kvnr: kvnr(), email: 'john@example.de', displayName: 'John Doe' };
    await h.portal.createAccount({ ...english, password: erika.password, locale: 'en' });
    const johnCookie = await loginWithPassword(h, english.email);
    await addPasskey(h, johnCookie, authenticator(), {}, { name: 'Phone' });
    assert.equal(h.mail.messages[0]?.subject, 'New passkey for your account');
    assert.match(h.mail.messages[0]?.text ?? '', /on 26\/11\/2026 at 14:03 \(German time\)/);
  });

  test('adds the passkey even when the notice cannot be sent', async () => {
    h.mail.failure = new Error('mail relay refused erika.mustermann@example.de');
    const response = await addPasskey(h, cookie, authenticator());
    assert.equal(response.status, 200);
    assert.ok(h.logs.some((l) => l.level === 'warn' && l.event === 'notice.failed'));
    assert.doesNotMatch(JSON.stringify(h.logs), /erika/i);
  });

  test('refuses a credential that is already registered', async () => {
    const first = await authenticator().register(await creationOptions());
    assert.equal((await h.post('/passkeys/verify', { credential: first }, { cookie })).status, 200);
    // "none" attestation signs nothing, so a client can replay its attestation object under a
    // fresh challenge: the same credential id arrives a second time.
    const { challenge } = await creationOptions();
    const clientData = JSON.parse(
      Buffer.from(first.response.clientDataJSON, 'base64url').toString(),
    );
    const replayed = {
      ...first,
      response: {
        ...first.response,
        clientDataJSON: Buffer.from(JSON.stringify({ ...clientData, challenge })).toString(
          'base64url',
        ),
      },
    };
    const response = await h.post('/passkeys/verify', { credential: replayed }, { cookie });
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), {
      error: { code: 'VALIDATION_FAILED', fields: { credential: 'alreadyRegistered' } },
    });
  });

  test('refuses a response whose id differs from the one in the authenticator data', async () => {
    const credential = await authenticator().register(await creationOptions());
    const other = authenticator();
    await addPasskey(h, cookie, other);
    const forged = { ...credential, id: other.credentials[0]!.id, rawId: other.credentials[0]!.id };
    const response = await h.post('/passkeys/verify', { credential: forged }, { cookie });
    assert.equal((await response.json()).error.code, 'PASSKEY_INVALID');
  });

  test('refuses a registration challenge issued to another account', async () => {
    const other = { kvnr: kvnr(), email: 'max@example.de', displayName: 'Max Mustermann' };
    await h.portal.createAccount({ ...other, password: erika.password });
    const maxCookie = await loginWithPassword(h, other.email);
    const options = await creationOptions(maxCookie);
    const credential = await authenticator().register(options);
    const response = await h.post('/passkeys/verify', { credential }, { cookie });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error.code, 'CHALLENGE_EXPIRED');
  });

  test('refuses a registration without user verification or from a foreign origin', async () => {
    for (const overrides of [{ userVerified: false }, { origin: 'https://evil.example' }]) {
      const response = await addPasskey(h, cookie, authenticator(), overrides);
      assert.equal(response.status, 401);
      assert.equal((await response.json()).error.code, 'PASSKEY_INVALID');
    }
    assert.deepEqual(await h.store.use(credentials).list(accountId), []);
  });

  test('refuses a name with line breaks, control or format characters', async () => {
    for (const name of ['iPhone\n\nRoutine-Update, bitte ignorieren', 'a\u0000b', 'x\u202Ey']) {
      const response = await addPasskey(h, cookie, authenticator(), {}, { name });
      assert.equal(response.status, 400, JSON.stringify(name));
      assert.deepEqual(await response.json(), {
        error: { code: 'VALIDATION_FAILED', fields: { name: 'singleLine' } },
      });
    }
    assert.deepEqual(await h.store.use(credentials).list(accountId), []);
    assert.equal(h.mail.messages.length, 0);
  });
});

describe('adding a passkey needs a recent sign-in', () => {
  let h: Harness;
  let accountId: string;
  beforeEach(async () => {
    h = createHarness();
    ({ accountId } = await h.portal.createAccount(erika));
  });

  test('asks a session older than 10 minutes to confirm first', async () => {
    const cookie = await loginWithPassword(h);
    h.clock.advance(10 * 60);
    const options = await h.post('/passkeys/options', {}, { cookie });
    assert.equal(options.status, 200, 'at 10 minutes');
    const credential = await authenticator().register((await options.json()).options);
    h.clock.advance(1);
    for (const [path, body] of [
      ['/passkeys/options', {}],
      ['/passkeys/verify', { credential }],
    ] as const) {
      const response = await h.post(path, body, { cookie });
      assert.equal(response.status, 403, path);
      assert.deepEqual(await response.json(), { error: { code: 'CONFIRMATION_REQUIRED' } });
    }
    assert.deepEqual(await h.store.use(credentials).list(accountId), []);
    // Reading the list needs no confirmation.
    assert.equal((await h.get('/passkeys', { cookie })).status, 200);
  });

  test('adds the passkey after the member confirms with the password', async () => {
    const old = await loginWithPassword(h);
    h.clock.advance(14 * 60);
    const confirmed = await h.post('/session/confirm', { password: erika.password }, { cookie: old });
    assert.equal(confirmed.status, 200);
    const cookie = sessionCookieOf(confirmed)!;
    assert.notEqual(cookie, old, 'a new session id');
    assert.equal((await addPasskey(h, cookie, authenticator())).status, 200);
  });
});

describe('the passkey list for the Signal API and the offer to add one', () => {
  let h: Harness;
  let cookie: string;
  beforeEach(async () => {
    h = createHarness();
    await h.portal.createAccount(erika);
    cookie = await loginWithPassword(h);
  });

  const list = async (c = cookie) => {
    const response = await h.get('/passkeys', { cookie: c });
    assert.equal(response.status, 200);
    return response.json();
  };

  test('names the site, random user handle, e-mail and name for the password manager', async () => {
    const { options } = await (await h.post('/passkeys/options', {}, { cookie })).json();
    const { signal } = await list();
    assert.deepEqual(signal, {
      rpId: 'localhost',
      userId: options.user.id,
      name: erika.email,
      displayName: 'Erika Mustermann',
    });
    assert.match(signal.userId, /^[A-Za-z0-9_-]{43}$/);
  });

  test('offers a passkey after a password sign-in without one, not once one exists', async () => {
    assert.deepEqual(await list(), {
      passkeys: [],
      signal: (await list()).signal,
      offer: true,
    });
    await addPasskey(h, cookie, authenticator());
    assert.equal((await list()).offer, false);
  });

  test('"not now" holds on every device for 30 days, then the offer returns', async () => {
    const dismissed = await h.post('/passkeys/offer/dismiss', {}, { cookie });
    assert.equal(dismissed.status, 200);
    const answer = await dismissed.json();
    assert.equal(answer.offer, false);
    assert.deepEqual(answer.passkeys, []);
    const elsewhere = await loginWithPassword(h, erika.email, erika.password, {
      browser: newBrowser(),
    });
    assert.equal((await list(elsewhere)).offer, false, 'another sign-in, another browser');
    // Sessions end after 12 hours at most: each day a new sign-in.
    h.clock.advance(30 * 24 * 60 * 60 - 1);
    assert.equal((await list(await loginWithPassword(h))).offer, false, 'one second short');
    h.clock.advance(1);
    assert.equal((await list(await loginWithPassword(h))).offer, true, 'after 30 days');
  });

  test('needs a session to dismiss the offer', async () => {
    const response = await h.post('/passkeys/offer/dismiss', {});
    assert.equal(response.status, 401);
  });
});

describe('renaming a passkey', () => {
  let h: Harness;
  let cookie: string;
  let accountId: string;
  let id: string;
  beforeEach(async () => {
    h = createHarness();
    ({ accountId } = await h.portal.createAccount(erika));
    cookie = await loginWithPassword(h);
    const response = await addPasskey(h, cookie, authenticator(), {}, { name: 'Handy' });
    id = (await response.json()).passkey.id;
  });

  test('renames the member’s own passkey, trimmed, and audits it', async () => {
    const name = '  Handy (privat) ';
    const response = await h.post('/passkeys/rename', { id, name }, { cookie });
    assert.equal(response.status, 200);
    const { passkey } = await response.json();
    assert.equal(passkey.id, id);
    assert.equal(passkey.name, 'Handy (privat)');
    assert.deepEqual((await (await h.get('/passkeys', { cookie })).json()).passkeys, [passkey]);
    assert.equal((await h.store.use(audit).list({ accountId }))[0]?.event, 'passkey.renamed');
  });

  test('refuses an empty name and one with a line break', async () => {
    for (const [name, problem] of [
      ['   ', 'empty'],
      ['Handy\nBitte anrufen', 'singleLine'],
    ] as const) {
      const response = await h.post('/passkeys/rename', { id, name }, { cookie });
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), {
        error: { code: 'VALIDATION_FAILED', fields: { name: problem } },
      });
    }
    assert.equal((await h.store.use(credentials).find(id))?.name, 'Handy');
  });

  test('answers another member’s passkey as an unknown one, and leaves it', async () => {
    const max = { kvnr: kvnr(), email: 'max@example.de', displayName: 'Max Mustermann' };
    await h.portal.createAccount({ ...max, password: erika.password });
    const maxCookie = await loginWithPassword(h, max.email);
    const body = { id, name: 'gekapert' };
    const theirs = await h.post('/passkeys/rename', body, { cookie: maxCookie });
    const unknown = await h.post('/passkeys/rename', { id: 'unknown', name: 'x' }, { cookie });
    assert.equal(theirs.status, 404);
    assert.deepEqual(await theirs.json(), await unknown.json());
    assert.equal((await h.store.use(credentials).find(id))?.name, 'Handy');
  });
});
