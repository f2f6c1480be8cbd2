import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIdentifier, PasswordLoginRequest } from './login.js';
import { ErrorBody, errorStatus, serverErrorCodes } from './errors.js';

test('classifies a KVNR and an e-mail address', () => {
  assert.deepEqual(parseIdentifier(' a123456780 '), { ok: true, kind: 'kvnr', value: 'A123456780' });
  assert.deepEqual(parseIdentifier(' Erika@Example.de '), {
    ok: true,
    kind: 'email',
    value: 'erika@example.de',
  });
});

test('names the problem of a bad identifier', () => {
  assert.deepEqual(parseIdentifier(''), { ok: false, problem: 'empty' });
  assert.deepEqual(parseIdentifier('A12345'), { ok: false, problem: 'kvnrFormat' });
  assert.deepEqual(parseIdentifier('A123456781'), { ok: false, problem: 'kvnrCheckDigit' });
  assert.deepEqual(parseIdentifier('erika@'), { ok: false, problem: 'emailFormat' });
  assert.deepEqual(parseIdentifier('a\u0000b@x.de'), { ok: false, problem: 'emailFormat' });
  assert.deepEqual(parseIdentifier('a\u202Eb@x.de'), { ok: false, problem: 'emailFormat' });
  assert.deepEqual(parseIdentifier('A12345678\u00000'), { ok: false, problem: 'kvnrFormat' });
});

test('the password sign-in request bounds its fields', () => {
  assert.equal(PasswordLoginRequest.safeParse({ identifier: 'A123456780', password: 'x' }).success, true);
  assert.equal(PasswordLoginRequest.safeParse({ identifier: 'A123456780', password: '' }).success, false);
  assert.equal(
    PasswordLoginRequest.safeParse({ identifier: 'A123456780', password: 'x'.repeat(1025) }).success,
    false,
  );
  assert.equal(PasswordLoginRequest.safeParse({ identifier: 'A123456780' }).success, false);
});

test('every server error code has an HTTP status and parses as an error body', () => {
  for (const code of serverErrorCodes) {
    assert.ok(errorStatus[code] >= 400, code);
    assert.equal(ErrorBody.safeParse({ error: { code } }).success, true, code);
  }
  assert.equal(ErrorBody.safeParse({ error: { code: 'SOMETHING_ELSE' } }).success, false);
});
