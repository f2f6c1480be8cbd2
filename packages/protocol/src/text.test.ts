import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSingleLine, singleLine } from './text.js';

test('refuses line breaks, control and format characters in a single line of text', () => {
  for (const bad of [
    'iPhone\n\nRoutine-Update',
    'Tab\there',
    'a\u0000b',
    'bidi \u202Eevil',
    'zero\u200Bwidth',
    'line\u2028separator',
    '\u0085next line',
  ]) {
    assert.equal(isSingleLine(bad), false, JSON.stringify(bad));
    assert.equal(singleLine(64).safeParse(bad).success, false, JSON.stringify(bad));
  }
  assert.equal(isSingleLine('Mein Handy – Küche „oben“ 😀'), true);
});

test('trims and bounds a single line of text', () => {
  assert.deepEqual(singleLine(64).safeParse('  Mein Handy ').data, 'Mein Handy');
  assert.equal(singleLine(4).safeParse('12345').success, false);
});
