/**
 * SQL literals for `EXECUTE name(...)` of prepared statements, which the simple query protocol
 * cannot bind parameters to. Only what cannot go wrong is accepted: printable ASCII text (quotes
 * doubled; no backslashes, which `standard_conforming_strings` would have to agree on), safe
 * integers, booleans, null and arrays of such text. Anything else (member-typed text with umlauts,
 * a lone surrogate, bytes) is refused here and bound as a parameter by the caller instead: PGlite
 * counts the length of a simple query's text in UTF-8 itself and miscounts strings that are not
 * well-formed, which could cut a statement short.
 */
export type SqlValue = string | number | boolean | null | readonly string[];

const printableAscii = /^[\x20-\x7e]*$/;

export function sqlLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`not a safe integer: ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return quote(value);
  return value.length === 0 ? `'{}'` : `ARRAY[${value.map(quote).join(', ')}]`;
}

function quote(text: string): string {
  if (!printableAscii.test(text) || text.includes('\\')) {
    throw new TypeError('only printable ASCII without backslashes is written as a literal');
  }
  return `'${text.replace(/'/g, "''")}'`;
}
