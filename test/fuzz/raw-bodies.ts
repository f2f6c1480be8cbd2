import fc from 'fast-check';
import { anyJson } from './values.js';

/**
 * Bodies that are not JSON a route can take, as the bytes on the wire: broken JSON text (made
 * from a body of the route's own shape, so the break is all that is wrong), JSON that is not an
 * object, bytes that are not UTF-8, and bodies past the 64 KiB limit.
 */

/** Ways to break JSON text at a position. */
const breaks = ['', '{', '}', '[', ']', ',', ':', '"', '\\', "'", '\u0000', 'NaN', '/*', '\ufeff'];

function brokenJson(shaped: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  const text = shaped.map((value) => JSON.stringify(value) ?? '');
  return fc.oneof(
    // Cut off, or with one character inserted or dropped.
    fc.tuple(text, fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
    fc
      .tuple(text, fc.nat(), fc.constantFrom(...breaks))
      .map(([t, n, b]) => t.slice(0, n % (t.length + 1)) + b + t.slice(n % (t.length + 1))),
    fc
      .tuple(text, fc.nat())
      .map(([t, n]) => t.slice(0, n % t.length) + t.slice((n % t.length) + 1)),
    // Syntax JSON does not have, and two documents in one body.
    text.map((t) => `\ufeff${t}`),
    text.map((t) => t.replace(/"/g, "'")),
    text.map((t) => t.replace(/}$/, ',}')),
    text.map((t) => `${t}${t}`),
    text.map((t) => `${t} // comment`),
    // A field given twice: JSON.parse keeps the last, a proxy might read the first.
    text.map((t) => t.replace(/^\{"([^"]+)":/, '{"$1":1e999,"$1":')),
    fc.constantFrom('{"a":NaN}', '{"a":Infinity}', '{"a":0x10}', '{"a":01}', '{"a":.5}', '{a:1}'),
  );
}

/** Not UTF-8: continuation bytes alone, overlong forms, surrogates, past U+10FFFF, cut short. */
const badUtf8 = fc.constantFrom(
  [0x80], [0xbf], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff], [0xc3], [0xe2, 0x82],
);

function notUtf8(shaped: fc.Arbitrary<unknown>): fc.Arbitrary<Uint8Array> {
  return fc.tuple(shaped, fc.nat(), badUtf8).map(([value, n, bad]) => {
    const bytes = Buffer.from(JSON.stringify(value) ?? '{}');
    const at = n % (bytes.length + 1);
    const parts = [bytes.subarray(0, at), Buffer.from(bad), bytes.subarray(at)];
    return new Uint8Array(Buffer.concat(parts));
  });
}

/** A body of the route's shape padded past the limit, or near it, by one extra field. */
function oversized(shaped: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc
    .tuple(shaped, fc.integer({ min: 65_400, max: 70_000 }), fc.constantFrom('x', ' ', 'ü'))
    .map(([value, bytes, pad]) => {
      const text = JSON.stringify(value) ?? '{}';
      // Trailing white space, or a field of its own in front of the route's fields.
      if (pad === ' ') return text + ' '.repeat(bytes);
      const field = `"padding":"${pad.repeat(Math.ceil(bytes / Buffer.byteLength(pad)))}"`;
      return text === '{}' ? `{${field}}` : text.replace(/^\{/, `{${field},`);
    });
}

export function rawBody(shaped: fc.Arbitrary<unknown>): fc.Arbitrary<string | Uint8Array> {
  return fc.oneof(
    { weight: 5, arbitrary: brokenJson(shaped) },
    { weight: 2, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\r\n\t ', 'null', '[]', '""', '0', 'true') },
    { weight: 3, arbitrary: notUtf8(shaped) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    { weight: 2, arbitrary: oversized(shaped) },
  );
}

/**
 * JSON nested thousands deep, within the byte limit: as the whole body, or as the value of one
 * of the route's fields (where a schema stops looking, the JSON reader has already read it all).
 */
export function deepBody(fields: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.oneof(fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 2_000, max: 30_000 })),
      fc.constantFrom('array', 'object'),
      fc.constantFrom('', ...fields),
    )
    .map(([depth, kind, field]) => {
      const levels = kind === 'array' ? depth : Math.min(depth, 10_000);
      const nested =
        kind === 'array'
          ? '['.repeat(levels) + ']'.repeat(levels)
          : '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
      return field === '' ? nested : `{${JSON.stringify(field)}:${nested}}`;
    });
}
