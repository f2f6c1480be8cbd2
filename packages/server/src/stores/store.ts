import type { SqlDriver } from './sql.js';

/**
 * Everything Portalkit keeps, split by kind of data into parts (accounts, credentials, sessions,
 * challenges, throttle counters, audit log, secrets, and one part per flow that needs its own).
 * Every part has two implementations side by side in its module: SQL, which runs unchanged on
 * PGlite (embedded) and on PostgreSQL (`pg`, several servers on one database), and memory, for
 * tests. A flow reaches its data with `ctx.store.use(part)`; a new part is a new module and a
 * migration file, and no list of parts exists to be edited.
 *
 * All times are milliseconds since the epoch from the portal's clock; a store never reads the
 * system clock. Secrets are never stored in the clear: sessions and challenges are kept as
 * SHA-256 of what the browser holds, throttle keys as HMACs, passwords as argon2id hashes.
 */
export interface Store {
  /** This store's implementation of a part, created on first use. */
  use<T>(part: StorePart<T>): T;
  close(): Promise<void>;
}

/** The memory implementation's tables: one Map per name, shared by every part of one store. */
export interface MemoryTables {
  table<V>(name: string): Map<string, V>;
}

export interface StorePart<T> {
  readonly name: string;
  sql(db: SqlDriver): T;
  memory(tables: MemoryTables): T;
}

/** Declares a store part. */
export function storePart<T>(
  name: string,
  implementations: { sql(db: SqlDriver): T; memory(tables: MemoryTables): T },
): StorePart<T> {
  return { name, ...implementations };
}

/** Caches each part's implementation per store. */
export function partCache(create: <T>(part: StorePart<T>) => T): Store['use'] {
  const parts = new Map<StorePart<unknown>, unknown>();
  return <T>(part: StorePart<T>): T => {
    let found = parts.get(part) as T | undefined;
    if (found === undefined) {
      found = create(part);
      parts.set(part, found);
    }
    return found;
  };
}

/** A copy, so that a caller can never change stored state by mutating an object it holds. */
export const copy = <T extends object>(value: T | undefined): T | null =>
  value ? { ...value } : null;

/** Deletes the entries of a memory table that `expired` picks; returns how many. */
export function deleteWhere<V>(table: Map<string, V>, expired: (value: V) => boolean): number {
  let deleted = 0;
  for (const [key, value] of table) {
    if (expired(value)) {
      table.delete(key);
      deleted++;
    }
  }
  return deleted;
}
