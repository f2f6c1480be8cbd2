import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kvnrCheckDigit, parseKvnr } from './kvnr.js';

test('accepts KVNRs whose check digit is right', () => {
  for (const kvnr of ['A123456780', 'Q123456784', 'K220645122', 'X000000012']) {
    assert.deepEqual(parseKvnr(kvnr), { ok: true, value: kvnr });
  }
});

test('normalizes lower case and surrounding spaces to upper case', () => {
  assert.deepEqual(parseKvnr('  a123456780 '), { ok: true, value: 'A123456780' });
});

test('rejects KVNRs whose check digit is wrong', () => {
  for (const kvnr of ['K220645129', 'A123456781', 'X000000001']) {
    assert.deepEqual(parseKvnr(kvnr), { ok: false, problem: 'checkDigit' });
  }
});

test('tells an empty input from a malformed one', () => {
  assert.deepEqual(parseKvnr('   '), { ok: false, problem: 'empty' });
  for (const input of ['123456780', 'AA12345678', 'A12345678', 'A1234567801', 'Ä123456780', 'A12345 678']) {
    assert.deepEqual(parseKvnr(input), { ok: false, problem: 'format' }, input);
  }
});

test('computes the check digit over the letter position and eight digits', () => {
  // A=01: digits 0,1,1,2,3,4,5,6,7,8; weighted 0,2,1,4,3,8,5,12→3,7,16→7; sum 40.
  assert.equal(kvnrCheckDigit('A12345678'), 0);
  // Z=26: 2×1 + 6×2=12→3; sum 5.
  assert.equal(kvnrCheckDigit('Z00000000'), 5);
});
