import * as z from 'zod/mini';

/**
 * Characters a single line of member-typed text (a passkey's name, later a street or a note's
 * subject) must not contain: control characters (`\p{Cc}`, line breaks among them), format
 * characters (`\p{Cf}`: bidi overrides, zero-width joiners) and the Unicode line and paragraph
 * separators. Such text ends up in notices and letters; a line break in it could write a line of
 * its own into them, a bidi override could reverse what the member reads.
 */
const forbidden = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export function isSingleLine(text: string): boolean {
  return !forbidden.test(text);
}

/** One line of text, trimmed, at most `max` characters, none of the characters above. */
/* @__NO_SIDE_EFFECTS__ */
export function singleLine(max: number) {
  return z
    .string()
    .check(
      z.trim(),
      z.maxLength(max),
      z.refine(isSingleLine, { message: 'singleLine' }),
    );
}
