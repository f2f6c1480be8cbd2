import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIban, parseIban } from './iban.js';

test('accepts valid IBANs with spaces and lower case', () => {
  assert.deepEqual(parseIban('de89 3704 0044 0532 0130 00'), {
    ok: true,
    value: 'DE89370400440532013000',
  });
  assert.equal(parseIban('GB82 WEST 1234 5698 7654 32').ok, true);
  assert.equal(parseIban('AT61 1904 3002 3457 3201').ok, true);
});

test('rejects a wrong checksum', () => {
  assert.deepEqual(parseIban('DE89 3704 0044 0532 0130 01'), { ok: false, problem: 'checksum' });
  assert.deepEqual(parseIban('DE88 3704 0044 0532 0130 00'), { ok: false, problem: 'checksum' });
});

test('rejects a German IBAN that is not 22 characters long', () => {
  assert.deepEqual(parseIban('DE89 3704 0044 0532 0130 0'), { ok: false, problem: 'length' });
  assert.deepEqual(parseIban('DE89 3704 0044 0532 0130 000'), { ok: false, problem: 'length' });
});

test('rejects empty and malformed input', () => {
  assert.deepEqual(parseIban(' '), { ok: false, problem: 'empty' });
  assert.deepEqual(parseIban('1234567890'), { ok: false, problem: 'format' });
  assert.deepEqual(parseIban('DE89-3704-0044'), { ok: false, problem: 'format' });
});

test('formats in groups of four', () => {
  assert.equal(formatIban('DE89370400440532013000'), 'DE89 3704 0044 0532 0130 00');
});
