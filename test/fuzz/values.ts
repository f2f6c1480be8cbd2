import fc from 'fast-check';

/**
 * The strings and values a hostile or broken client sends in place of what a field expects.
 * Lone surrogates reach the portal as JSON escapes (`"\ud800"`: JSON.stringify writes them so),
 * which is how a page's `fetch` sends them.
 */
const oddPieces = [
  // Control characters, line breaks, escape sequences.
  '\u0000', '\u0007', '\b', '\t', '\n', '\r\n', '\u001b[31m', '\u007f', '\u0085',
  // Format characters: bidi overrides and isolates, zero-width, BOM; line and paragraph separators.
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200b', '\u200d', '\ufeff', '\u2028', '\u2029',
  // Lone and reversed surrogates.
  '\ud800', '\udfff', '\udc00\ud800',
  // Unicode that changes length or case: emoji sequences, combining marks, ligatures, wide forms.
  '😀', '👩‍👩‍👧‍👦', '🇩🇪', 'e\u0301', 'ß', 'İ', 'ﬃ', 'Ａ', '𝕏', '\u{10ffff}', '\ufffd',
  // Right-to-left text and other scripts, digits that are not ASCII.
  'مرحبا', 'שלום', '١٢٣', '中文', 'Ωμέγα', 'Ärztekammer',
  // SQL, HTML, template and path fragments.
  "' OR '1'='1", "'; DROP TABLE accounts; --", '$1', '\\', '%00', '%s%n', '${7*7}', '{{7*7}}',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '&amp;', '../../etc/passwd',
  // Look-alikes of the portal's own values.
  '__proto__', 'constructor', 'public-key', 'A123456780', 'erika.mustermann@example.de',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Short strings built from the pieces above, any code point, and printable text. */
export const oddString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...oddPieces),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ unit: 'binary-ascii', maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      loneSurrogate,
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));

/**
 * Strings from about 1 KiB to well past the 64 KiB body limit, in bytes as JSON writes them:
 * ASCII, two- and four-byte UTF-8, and characters JSON escapes (six bytes for a NUL).
 */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('a', 'é', '😀', '\u0000', '"', '\\', '\ud800', 'ab\u202e'),
    fc.oneof(
      fc.integer({ min: 1_000, max: 60_000 }),
      fc.integer({ min: 65_000, max: 66_000 }),
      fc.integer({ min: 66_000, max: 200_000 }),
    ),
  )
  .map(([piece, bytes]) => piece.repeat(Math.ceil(bytes / Buffer.byteLength(piece))));

/** Any JSON value, with keys and strings from the whole of Unicode. */
export const anyJson = fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' });

/** What goes in place of a field: another type, odd or huge text, edge numbers, nested junk. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: anyJson },
  { weight: 3, arbitrary: oddString },
  { weight: 1, arbitrary: hugeString },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      null, true, false, 0, -1, 1.5, 1e308, -1e-308, 2 ** 53 + 2, '', ' ', [], {}, [null], [''],
      { '': '' }, [[[[[]]]]], { a: { b: { c: {} } } },
    ),
  },
  { weight: 1, arbitrary: fc.array(oddString, { maxLength: 20 }) },
  { weight: 1, arbitrary: fc.dictionary(oddString, anyJson, { maxKeys: 5 }) },
);

/** Keys for extra fields: plausible, odd, and the ones JavaScript objects treat specially. */
export const junkKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'accountId', 'admin'),
  fc.string({ maxLength: 12 }),
  oddString,
);
