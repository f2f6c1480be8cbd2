import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryStore } from './stores/memory.js';
import { accounts } from './stores/accounts.js';
import { sessions } from './stores/sessions.js';
import {
  createHarness,
  erika,
  loginWithPassword,
  origin,
  overridePart,
} from './testing/harness.js';

const login = { identifier: erika.email, password: erika.password };

describe('request pipeline', () => {
  test('refuses a POST without Origin or from a foreign origin (CSRF)', async () => {
    const h = createHarness();
    await h.portal.createAccount(erika);
    for (const requestOrigin of [null, 'https://evil.example', 'null', `${origin}/`]) {
      const response = await h.post('/login/password', login, { origin: requestOrigin });
      assert.equal(response.status, 403, String(requestOrigin));
      assert.deepEqual(await response.json(), { error: { code: 'ORIGIN_FORBIDDEN' } });
      assert.equal(response.headers.get('Set-Cookie'), null);
    }
  });

  test('refuses a POST that is not JSON, as a cross-site form would send', async () => {
    const h = createHarness();
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', null]) {
      const response = await h.post('/login/password', JSON.stringify(login), { contentType });
      assert.equal(response.status, 415);
      assert.deepEqual(await response.json(), { error: { code: 'CONTENT_TYPE_UNSUPPORTED' } });
    }
    const withCharset = await h.post('/login/password', login, {
      contentType: 'application/json; charset=utf-8',
    });
    assert.equal(withCharset.status, 401);
  });

  test('answers unknown paths with 404 and wrong methods with 405', async () => {
    const h = createHarness();
    const unknown = await h.get('/nowhere');
    assert.equal(unknown.status, 404);
    assert.deepEqual(await unknown.json(), { error: { code: 'NOT_FOUND' } });
    const outside = await h.portal.handle(new Request(`${origin}/session`));
    assert.equal(outside.status, 404);
    const wrongMethod = await h.get('/login/password');
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.headers.get('Allow'), 'POST');
    assert.deepEqual(await wrongMethod.json(), { error: { code: 'METHOD_NOT_ALLOWED' } });
  });

  test('maps malformed JSON, schema violations and oversized bodies to VALIDATION_FAILED', async () => {
    const h = createHarness();
    const cases: [unknown, Record<string, string>][] = [
      ['{"identifier":', { body: 'json' }],
      [{ identifier: erika.email }, { password: 'invalid' }],
      [
        { identifier: 42, password: '' },
        { identifier: 'invalid', password: 'invalid' },
      ],
      [JSON.stringify({ ...login, padding: 'x'.repeat(70_000) }), { body: 'tooLarge' }],
    ];
    for (const [body, fields] of cases) {
      const response = await h.post('/login/password', body);
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), { error: { code: 'VALIDATION_FAILED', fields } });
    }
  });

  test('refuses bodies that are not UTF-8 instead of replacing their bytes', async () => {
    const h = createHarness();
    await h.portal.createAccount(erika);
    // "erika.mustermann@example.de" with one byte that no UTF-8 text contains.
    const bytes = new TextEncoder().encode(JSON.stringify(login));
    bytes[20] = 0xff;
    const response = await h.post('/login/password', bytes);
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), {
      error: { code: 'VALIDATION_FAILED', fields: { body: 'encoding' } },
    });
  });

  test('refuses strings that are not well-formed Unicode, in values and keys', async () => {
    const h = createHarness();
    for (const body of [
      '{"identifier":"erika\\ud800@example.de","password":"x"}',
      '{"identifier":"a@example.de","password":"\\udfff"}',
      '{"identifier":"a@example.de","password":"x","\\ud800":1}',
    ]) {
      const response = await h.post('/login/password', body);
      assert.equal(response.status, 400, body);
      assert.deepEqual(await response.json(), {
        error: { code: 'VALIDATION_FAILED', fields: { body: 'encoding' } },
      });
    }
    // A surrogate pair is well-formed: an emoji in a password is fine.
    const emoji = await h.post('/login/password', { identifier: 'a@example.de', password: '😀' });
    assert.equal(emoji.status, 401);
  });

  test('refuses JSON nested deeper than any request, however deep', async () => {
    const h = createHarness();
    for (const depth of [33, 5000, 30_000]) {
      const body = '['.repeat(depth) + ']'.repeat(depth);
      const response = await h.post('/logout', body);
      assert.equal(response.status, 400, String(depth));
      assert.deepEqual(await response.json(), {
        error: { code: 'VALIDATION_FAILED', fields: { body: 'depth' } },
      });
    }
    assert.deepEqual(h.logs.filter((l) => l.level !== 'info'), []);
  });

  test('answers control characters in an identifier with 400, before any lookup', async () => {
    const h = createHarness();
    for (const identifier of ['a\u0000b@x.de', 'a\nb@x.de', 'A12345678\u00000']) {
      const response = await h.post('/login/password', { identifier, password: 'x' });
      assert.equal(response.status, 400, JSON.stringify(identifier));
      assert.equal((await response.json()).error.code, 'VALIDATION_FAILED');
    }
  });

  test('marks every API response no-store and nosniff JSON', async () => {
    const h = createHarness();
    await h.portal.createAccount(erika);
    const cookie = await loginWithPassword(h);
    const responses = [
      await h.get('/session'),
      await h.get('/session', { cookie }),
      await h.get('/passkeys', { cookie }),
      await h.post('/login/password', login),
      await h.post('/login/password', { ...login, password: 'falsch' }),
      await h.post('/login/passkey/options'),
      await h.post('/login/password', login, { origin: null }),
      await h.post('/login/password', 'x', { contentType: 'text/plain' }),
      await h.get('/nowhere'),
      await h.get('/login/password'),
      await h.get('/passkeys'),
      await h.post('/logout', {}, { cookie }),
    ];
    for (const response of responses) {
      assert.equal(response.headers.get('Cache-Control'), 'no-store', response.url);
      assert.equal(response.headers.get('Content-Type'), 'application/json; charset=utf-8');
      assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
      // Opened as a page, an answer runs nothing and cannot be framed or embedded elsewhere.
      assert.equal(
        response.headers.get('Content-Security-Policy'),
        "default-src 'none'; frame-ancestors 'none'",
      );
      assert.equal(response.headers.get('Cross-Origin-Resource-Policy'), 'same-origin');
    }
  });

  test('turns an unexpected failure into a bare 500 that leaks nothing', async () => {
    const h = createHarness({
      store: overridePart(createMemoryStore(), accounts, () => ({
        async findByEmail() {
          throw new Error('relation "accounts" is gone; host=db.internal');
        },
      })),
    });
    const response = await h.post('/login/password', login);
    assert.equal(response.status, 500);
    assert.equal(await response.text(), '{"error":{"code":"INTERNAL"}}');
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    assert.deepEqual(h.logs.filter((line) => line.level !== 'info'), [
      {
        level: 'error',
        event: 'request.failed',
        error: 'Error',
        message: 'relation "accounts" is gone; host=db.internal',
      },
    ]);
  });

  test('refuses to answer with data that breaks the route schema', async () => {
    const store = createMemoryStore();
    await createHarness({ store }).portal.createAccount(erika);
    const h = createHarness({
      store: overridePart(store, sessions, (original) => ({
        async get(idHash) {
          const found = await original.get(idHash);
          return found && { ...found, session: { ...found.session, method: 'sms' as 'password' } };
        },
      })),
    });
    const cookie = await loginWithPassword(h);
    const response = await h.get('/session', { cookie });
    assert.equal(response.status, 500);
  });

  test('mounts under a configurable base path', async () => {
    const h = createHarness({ basePath: '/api/kunden/' });
    const response = await h.portal.handle(new Request(`${origin}/api/kunden/session`));
    assert.deepEqual(await response.json(), { signedIn: false });
  });
});
