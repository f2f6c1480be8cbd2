import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseResetCode } from './forgot-password.js';

test('a code from an e-mail or SMS is 6 digits, typed or pasted with spaces or dashes', () => {
  assert.deepEqual(parseResetCode('123456'), { ok: true, kind: 'digits', value: '123456' });
  assert.deepEqual(parseResetCode(' 123 456 '), { ok: true, kind: 'digits', value: '123456' });
  assert.deepEqual(parseResetCode('123-456'), { ok: true, kind: 'digits', value: '123456' });
  assert.deepEqual(parseResetCode('123–456'), { ok: true, kind: 'digits', value: '123456' });
  assert.deepEqual(parseResetCode('000000'), { ok: true, kind: 'digits', value: '000000' });
});

test('a letter’s code is its activation code, in any case and grouping', () => {
  const letter = { ok: true, kind: 'letter', value: 'K7QMX4TP9WHR' };
  assert.deepEqual(parseResetCode('K7QM-X4TP-9WHR'), letter);
  assert.deepEqual(parseResetCode('k7qm x4tp 9whr'), letter);
  assert.deepEqual(parseResetCode('K7QMX4TP9WHR'), letter);
});

test('anything else names its problem', () => {
  const problem = (input: string) => {
    const result = parseResetCode(input);
    return result.ok ? 'ok' : result.problem;
  };
  assert.equal(problem(''), 'empty');
  assert.equal(problem(' - '), 'empty');
  assert.equal(problem('12345'), 'format');
  assert.equal(problem('1234567'), 'format');
  assert.equal(problem('12345a'), 'format');
  assert.equal(problem('K7QM-X4TP-9WH'), 'format');
  assert.equal(problem('K7QM-X4TP-9WHO'), 'format', 'O is not in the alphabet');
  assert.equal(problem('１２３４５６'), 'format', 'full-width digits are not digits here');
});
