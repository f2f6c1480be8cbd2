import { sqlLiteral, type SqlValue } from './sql-literal.js';

export type { SqlValue };

/**
 * One SQL statement of the store, written once and run by every driver: PGlite (embedded) and
 * PostgreSQL through `pg`. Each `$n` is cast to its declared type, so a driver that lets the
 * server infer parameter types (node-postgres) and one that prepares with explicit types (PGlite)
 * run exactly the same text.
 */
export interface Statement<Row = Record<string, unknown>> {
  /** A unique name: drivers prepare the statement once per connection under it. */
  readonly name: string;
  readonly types: readonly string[];
  /** The text with every `$n` cast to its type. */
  readonly text: string;
  /** Only for typing `run`'s result. */
  readonly row?: Row;
}

const names = new Set<string>();

/** Declares a statement; `types` gives the SQL type of `$1`, `$2`, … in order. */
export function statement<Row = Record<string, unknown>>(
  name: string,
  types: readonly string[],
  text: string,
): Statement<Row> {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new TypeError(`bad statement name ${name}`);
  if (names.has(name)) throw new TypeError(`statement ${name} is declared twice`);
  names.add(name);
  const typed = text.replace(/\$(\d+)\b/g, (match, n: string) => {
    const type = types[Number(n) - 1];
    if (!type) throw new TypeError(`statement ${name}: no type for ${match}`);
    return `${match}::${type}`;
  });
  return { name, types, text: typed };
}

/** An argument of a statement: what `pg` and PGlite both bind (bytes as Uint8Array). */
export type SqlArg = SqlValue | Uint8Array;

/** What the store parts run SQL through. Both drivers implement it. */
export interface SqlDriver {
  /** Runs one statement with its arguments; returns its rows. */
  run<Row>(statement: Statement<Row>, args: readonly SqlArg[]): Promise<Row[]>;
  /** Several statements without arguments (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` on one connection while holding a database-wide lock, so that two servers starting
   * at the same moment migrate one after the other (a PostgreSQL advisory lock).
   */
  exclusive<T>(work: (db: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Whether every argument can be written as a literal for `EXECUTE` (see sql-literal.ts): only
 * ASCII text, safe integers, booleans and null. Anything else goes through bound parameters.
 */
export function literalArgs(args: readonly SqlArg[]): string | null {
  const literals: string[] = [];
  for (const arg of args) {
    if (arg instanceof Uint8Array) return null;
    try {
      literals.push(sqlLiteral(arg));
    } catch {
      return null;
    }
  }
  return literals.join(', ');
}

/** bigint columns arrive as numbers (PGlite) or strings (`pg`); records hold numbers. */
export const int = (value: unknown): number => Number(value);
export const intOrNull = (value: unknown): number | null => (value === null ? null : Number(value));
/** bytea arrives as Uint8Array (PGlite) or Buffer (`pg`); records hold plain Uint8Arrays. */
export const bytes = (value: unknown): Uint8Array<ArrayBuffer> =>
  new Uint8Array(value as Uint8Array);
