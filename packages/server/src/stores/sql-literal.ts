/**
 * SQL literals for `EXECUTE name(...)` of prepared statements, which the simple query protocol
 * cannot bind parameters to. Strings are quoted as node-postgres' `escapeLiteral` does (quotes
 * doubled; with backslashes, an E'' string with them doubled), numbers must be safe integers.
 */
export type SqlValue = string | number | boolean | null | readonly string[];

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
  if (text.includes('\0')) throw new TypeError('NUL character in SQL text');
  const hasBackslash = text.includes('\\');
  const body = text.replace(/'/g, "''").replace(/\\/g, '\\\\');
  return `${hasBackslash ? 'E' : ''}'${body}'`;
}
