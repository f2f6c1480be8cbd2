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

test('checks each SEPA country’s length and BBAN format', () => {
  for (const iban of [
    'FR14 2004 1010 0505 0001 3M02 606',
    'NL91 ABNA 0417 1643 00',
    'IT60 X054 2811 1010 0000 0123 456',
    'ES91 2100 0418 4502 0005 1332',
    'CH93 0076 2011 6238 5295 7',
    'PL61 1090 1014 0000 0712 1981 2874',
    'NO93 8601 1117 947',
    'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
  ]) {
    assert.equal(parseIban(iban).ok, true, iban);
  }
  // The Netherlands' BBAN starts with four letters (the bank): digits there are no Dutch IBAN.
  assert.deepEqual(parseIban('NL91 1234 0417 1643 00'), { ok: false, problem: 'format' });
  // A German BBAN is digits only.
  assert.deepEqual(parseIban('DE89 3704 0044 0532 0130 0A'), { ok: false, problem: 'format' });
  assert.deepEqual(parseIban('FR14 2004 1010 0505 0001 3M02 60'), { ok: false, problem: 'length' });
});

test('checks only length range and mod 97 for countries outside SEPA', () => {
  assert.equal(parseIban('SA03 8000 0000 6080 1016 7519').ok, true);
  assert.deepEqual(parseIban('SA03 8000 0000 6080 1016 7518'), { ok: false, problem: 'checksum' });
});
