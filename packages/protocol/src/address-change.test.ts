import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AddressChangeRequest, checkValidFrom, parseHouseNumber } from './address-change.js';

test('accepts house numbers with a letter, a range or a slash, tidied', () => {
  for (const [input, value] of [
    ['12', '12'],
    [' 12a ', '12a'],
    ['12  A', '12 A'],
    ['12-14', '12-14'],
    ['3/1', '3/1'],
  ]) {
    assert.deepEqual(parseHouseNumber(input!), { ok: true, value }, input);
  }
});

test('refuses an empty house number and one without digits first', () => {
  assert.deepEqual(parseHouseNumber('  '), { ok: false, problem: 'empty' });
  for (const input of ['zwölf', 'a12', '12abc', '123456']) {
    assert.deepEqual(parseHouseNumber(input), { ok: false, problem: 'format' }, input);
  }
});

test('takes a move at most 12 months back and 6 months ahead', () => {
  const today = '2026-11-26';
  assert.deepEqual(checkValidFrom('2026-11-26', today), { ok: true, value: '2026-11-26' });
  assert.equal(checkValidFrom('2025-11-26', today).ok, true);
  assert.deepEqual(checkValidFrom('2025-11-25', today), { ok: false, problem: 'tooEarly' });
  assert.equal(checkValidFrom('2027-05-26', today).ok, true);
  assert.deepEqual(checkValidFrom('2027-05-27', today), { ok: false, problem: 'tooLate' });
});

test('refuses dates that do not exist or are not ISO', () => {
  assert.deepEqual(checkValidFrom('', '2026-11-26'), { ok: false, problem: 'empty' });
  for (const input of ['2026-02-30', '26.11.2026', '2026-13-01']) {
    assert.deepEqual(checkValidFrom(input, '2026-11-26'), { ok: false, problem: 'invalid' }, input);
  }
});

test('refuses a street with a line break, which would write a line of its own into a letter', () => {
  const request = {
    street: 'Nikolaistraße\nHerrn Mallory',
    houseNumber: '12',
    postcode: '04109',
    city: 'Leipzig',
    validFrom: '2026-11-26',
  };
  assert.equal(AddressChangeRequest.safeParse(request).success, false);
  assert.equal(AddressChangeRequest.safeParse({ ...request, street: 'Nikolaistraße' }).success, true);
});
