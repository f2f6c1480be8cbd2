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

  test('round-trips hostile strings unchanged through a prepared statement', async () => {
    const texts = ["'); DROP TABLE x; --", "back\\slash \\' quote", 'ümlaut – ✓', "''", '\\', '$1'];
    for (const text of texts) {
      const args = [text, [text, 'b'], 42, true].map((v) => sqlLiteral(v as string)).join(', ');
      const [result] = await db.exec(`EXECUTE echo(${args})`);
      assert.deepEqual(result?.rows[0], { t: text, a: [text, 'b'], n: 42, b: true });
    }
  });

  test('refuses what it cannot represent', () => {
    assert.throws(() => sqlLiteral('a\0b'));
    assert.throws(() => sqlLiteral(1.5));
    assert.throws(() => sqlLiteral(Number.MAX_SAFE_INTEGER + 1));
    assert.equal(sqlLiteral(null), 'NULL');
    assert.equal(sqlLiteral([]), "'{}'");
  });
});
