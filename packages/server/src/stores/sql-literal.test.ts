import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { sqlLiteral } from './sql-literal.js';

describe('sqlLiteral', () => {
  let db: PGlite;
  before(async () => {
    db = await PGlite.create('memory://');
    await db.exec(
      'PREPARE echo(text, text[], bigint, boolean) AS SELECT $1 AS t, $2 AS a, $3 AS n, $4 AS b',
    );
  });
  after(async () => {
    await db.close();
  });

  test('round-trips quotes and SQL through a prepared statement unchanged', async () => {
    for (const text of ["'); DROP TABLE x; --", "''", '$1', 'A-z_0.9 +/=']) {
      const args = [text, [text, 'b'], 42, true].map((v) => sqlLiteral(v as string)).join(', ');
      const [result] = await db.exec(`EXECUTE echo(${args})`);
      assert.deepEqual(result?.rows[0], { t: text, a: [text, 'b'], n: 42, b: true });
    }
  });

  test('refuses anything but printable ASCII, so no text can cut the statement short', () => {
    // A lone surrogate is what PGlite miscounts; umlauts, NUL, line breaks and backslashes are
    // refused as well: those values are bound as parameters instead.
    for (const text of ['\ud800', 'ümlaut', 'a\0b', 'line\nbreak', 'back\\slash', '✓']) {
      assert.throws(() => sqlLiteral(text), TypeError, JSON.stringify(text));
      assert.throws(() => sqlLiteral([text]), TypeError, JSON.stringify(text));
    }
    assert.throws(() => sqlLiteral(1.5));
    assert.throws(() => sqlLiteral(Number.MAX_SAFE_INTEGER + 1));
    assert.equal(sqlLiteral(null), 'NULL');
    assert.equal(sqlLiteral([]), "'{}'");
  });
});
