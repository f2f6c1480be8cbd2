import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  activationCodeAlphabet,
  formatActivationCode,
  parseActivationCode,
} from './validators/activation-code.js';
import { isIsoDate, parseBirthDate } from './validators/birth-date.js';

const today = '2026-12-01';

test('a birth date from three fields becomes an ISO date, or names its problem', () => {
  assert.deepEqual(parseBirthDate({ day: '12', month: '8', year: '1964' }, today), { ok: true, value: '1964-08-12' });
  assert.deepEqual(parseBirthDate({ day: ' 01', month: '02 ', year: '1958' }, today), { ok: true, value: '1958-02-01' });
  const problem = (day: string, month: string, year: string) => {
    const result = parseBirthDate({ day, month, year }, today);
    return result.ok ? 'ok' : result.problem;
  };
  assert.equal(problem('', '', ''), 'empty');
  assert.equal(problem('12', '', '1964'), 'incomplete');
  assert.equal(problem('31', '2', '1964'), 'invalid');
  assert.equal(problem('29', '2', '2023'), 'invalid');
  assert.equal(problem('29', '2', '2024'), 'ok');
  assert.equal(problem('12', '8', '64'), 'invalid');
  assert.equal(problem('1a', '8', '1964'), 'invalid');
  assert.equal(problem('2', '12', '2026'), 'future');
  assert.equal(problem('1', '12', '2026'), 'ok');
  assert.equal(problem('1', '1', '1890'), 'tooOld');
  assert.equal(isIsoDate('1964-08-12'), true);
  assert.equal(isIsoDate('1964-02-30'), false);
  assert.equal(isIsoDate('1964-8-12'), false);
});

test('an activation code is read however it was typed, and only from its alphabet', () => {
  assert.deepEqual(parseActivationCode('k7qm x4tp-9whr'), { ok: true, value: 'K7QMX4TP9WHR' });
  assert.deepEqual(parseActivationCode(' K7QM–X4TP–9WHR '), { ok: true, value: 'K7QMX4TP9WHR' });
  assert.deepEqual(parseActivationCode(''), { ok: false, problem: 'empty' });
  assert.deepEqual(parseActivationCode('K7QM-X4TP-9WH'), { ok: false, problem: 'format' });
  // 0, O, 1, I and L are left out of the alphabet: a code with them was mistyped.
  for (const lookalike of ['0', 'O', '1', 'I', 'L']) {
    assert.equal(activationCodeAlphabet.includes(lookalike), false, lookalike);
    assert.deepEqual(parseActivationCode(`K7QMX4TP9WH${lookalike}`), { ok: false, problem: 'format' });
  }
  assert.ok(12 * Math.log2(activationCodeAlphabet.length) >= 50, 'at least 50 bits');
  assert.equal(formatActivationCode('K7QMX4TP9WHR'), 'K7QM-X4TP-9WHR');
});
