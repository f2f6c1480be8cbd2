import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePostcode } from './postcode.js';

test('accepts five digits and keeps leading zeros', () => {
  assert.deepEqual(parsePostcode('01067'), { ok: true, value: '01067' });
  assert.deepEqual(parsePostcode(' 10 115 '), { ok: true, value: '10115' });
});

test('rejects empty input and anything but five digits', () => {
  assert.deepEqual(parsePostcode(''), { ok: false, problem: 'empty' });
  for (const input of ['1011', '101155', '1011a', 'D-10115', '10115-1']) {
    assert.deepEqual(parsePostcode(input), { ok: false, problem: 'format' }, input);
  }
});
