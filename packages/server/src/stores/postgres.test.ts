import { after, test } from 'node:test';
import { missingPostgres, testPostgres } from '../testing/postgres.js';
import { storeContract } from './contract.js';
import { createPostgresStore } from './postgres.js';

/**
 * The same contract on a PostgreSQL server through `pg`: a fresh database per run, from the
 * server `npm test` starts (or PORTALKIT_TEST_POSTGRES_URL). Skipped with a reason where there is
 * no PostgreSQL; a failure where one is required (CI).
 */
const db = await testPostgres();
if (db) {
  storeContract('PostgreSQL', () => createPostgresStore({ connectionString: db.url }));
  after(() => db.drop());
} else {
  test('PostgreSQL store contract', (t) => t.skip(missingPostgres));
}
