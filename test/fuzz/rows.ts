import type { SqlDriver } from '@portalkit/server/testing';
import { statement } from '../../packages/server/src/stores/sql.js';

/**
 * What every table holds, to tell whether a request changed any row: per table of the store's
 * schema (read from information_schema, so a table a later migration adds is covered too), its
 * row count and an order-independent digest of its rows. A digest rather than a copy, because
 * the audit log and the throttle counters grow with every answered sign-in attempt and a
 * snapshot is taken around every generated request.
 *
 * The function goes into a schema of its own, so the store's tables stay as migrations left them.
 */
const fingerprintFunction = `
CREATE SCHEMA IF NOT EXISTS fuzz;
CREATE OR REPLACE FUNCTION fuzz.table_fingerprints()
RETURNS TABLE (tbl text, row_count bigint, digest numeric) LANGUAGE plpgsql AS $$
DECLARE t record;
BEGIN
  FOR t IN
    SELECT table_schema, table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
    ORDER BY table_name
  LOOP
    tbl := t.table_name;
    EXECUTE format(
      'SELECT count(*), coalesce(sum(hashtextextended(r::text, 0)::numeric), 0) FROM %I.%I r',
      t.table_schema, t.table_name
    ) INTO row_count, digest;
    RETURN NEXT;
  END LOOP;
END $$;`;

interface TableFingerprint {
  tbl: string;
  row_count: number | string;
  digest: number | string;
}

// Declared once: statement names are unique per process (drivers prepare them by name).
const fingerprints = statement<TableFingerprint>(
  'fuzz_table_fingerprints',
  [],
  'SELECT tbl, row_count, digest FROM fuzz.table_fingerprints()',
);

/** Table name to `count:digest`. */
export type Rows = Record<string, string>;

export async function installFingerprints(db: SqlDriver): Promise<void> {
  await db.exec(fingerprintFunction);
}

export async function rows(db: SqlDriver): Promise<Rows> {
  const found = await db.run(fingerprints, []);
  return Object.fromEntries(found.map((t) => [t.tbl, `${t.row_count}:${t.digest}`]));
}

/** The tables whose rows differ, with their row counts before and after. */
export function changedTables(before: Rows, after: Rows): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const count = (rows: Rows, name: string) => rows[name]?.split(':')[0] ?? '-';
  return [...names]
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name} (rows ${count(before, name)} → ${count(after, name)})`);
}
