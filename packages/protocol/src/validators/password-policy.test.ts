import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPassword, passwordPolicies } from './password-policy.js';

const member = { kvnr: 'A123456780', email: 'erika.mustermann@example.de', name: 'Erika Mustermann' };

test('modern: accepts a long passphrase without composition rules', () => {
  assert.deepEqual(checkPassword('modern', 'sonnenblumen am fluss', member).failed, []);
});

test('modern: rejects fewer than 12 characters, counting code points', () => {
  assert.deepEqual(checkPassword('modern', 'kurzespass1', member).failed, ['minLength']);
  // 11 emoji are 22 UTF-16 units but 11 characters.
  assert.deepEqual(checkPassword('modern', '🙂'.repeat(11)).failed, ['minLength']);
  assert.deepEqual(checkPassword('modern', '🙂'.repeat(12)).failed, []);
});

test('modern: allows at least 64 characters', () => {
  assert.deepEqual(checkPassword('modern', 'x'.repeat(64)).failed, []);
  assert.deepEqual(checkPassword('modern', 'x'.repeat(65)).failed, ['maxLength']);
});

test('modern: rejects passwords containing the KVNR, e-mail local part or name', () => {
  for (const password of ['meine a123456780 nummer', 'Erika.Mustermann@home', 'hallo MUSTERMANN 2024']) {
    assert.deepEqual(checkPassword('modern', password, member).failed, ['notContextual'], password);
  }
});

test('modern: leaves common-password and history rules to the server', () => {
  const check = checkPassword('modern', 'passwort1234', member);
  assert.equal(check.rules.find((rule) => rule.id === 'notCommon')?.met, undefined);
  assert.equal(check.rules.find((rule) => rule.id === 'notRecent')?.met, undefined);
  assert.equal(check.ok, true);
});

test('classic: requires upper, lower, digit and a listed special character', () => {
  assert.deepEqual(checkPassword('classic', 'Sommer-Regen24', member).failed, []);
  assert.deepEqual(checkPassword('classic', 'sommer-regen24').failed, ['upper']);
  assert.deepEqual(checkPassword('classic', 'SOMMER-REGEN24').failed, ['lower']);
  assert.deepEqual(checkPassword('classic', 'Sommer-Regenxy').failed, ['digit']);
  assert.deepEqual(checkPassword('classic', 'SommerRegen24x').failed, ['special']);
  // `#` is not one of ?!,.:_()@-+
  assert.deepEqual(checkPassword('classic', 'Sommer#Regen24').failed, ['special']);
  assert.deepEqual(checkPassword('classic', 'Kurz-1a').failed, ['minLength']);
});

test('classic: rejects the user name as password', () => {
  const check = checkPassword('classic', 'Erika.Muster1', { username: 'erika.muster1' });
  assert.deepEqual(check.failed, ['notUsername']);
});

test('both presets list the last-10 rule as data for the elements', () => {
  for (const rules of Object.values(passwordPolicies)) {
    assert.deepEqual(
      rules.filter((rule) => rule.id === 'notRecent').map((rule) => [rule.value, rule.server]),
      [[10, true]],
    );
  }
});
