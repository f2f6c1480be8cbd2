import { bytes, statement } from './sql.js';
import { storePart } from './store.js';

export interface SecretStore {
  /**
   * The secret stored under `name`, or `candidate` stored now if there is none yet. Every server
   * on one database gets the same value, whichever of them asked first.
   */
  getOrCreate(name: string, candidate: Uint8Array<ArrayBuffer>, now: number): Promise<Uint8Array<ArrayBuffer>>;
}

const getOrCreate = statement<{ value: Uint8Array }>(
  'secret_get_or_create',
  ['text', 'bytea', 'bigint'],
  `WITH created AS (
     INSERT INTO secrets (name, value, created_at) VALUES ($1, $2, $3)
     ON CONFLICT (name) DO NOTHING RETURNING value
   )
   SELECT value FROM created UNION ALL SELECT value FROM secrets WHERE name = $1`,
);

export const secrets = storePart<SecretStore>('secrets', {
  sql(db) {
    return {
      async getOrCreate(name, candidate, now) {
        // A server that lost the race may not see the winner's row in its own snapshot: ask again.
        for (let attempt = 0; attempt < 3; attempt++) {
          const [row] = await db.run(getOrCreate, [name, candidate, now]);
          if (row) return bytes(row.value);
        }
        throw new Error(`secret ${name} could not be read`);
      },
    };
  },
  memory(tables) {
    const all = tables.table<Uint8Array<ArrayBuffer>>('secrets');
    return {
      async getOrCreate(name, candidate) {
        if (!all.has(name)) all.set(name, new Uint8Array(candidate));
        return new Uint8Array(all.get(name)!);
      },
    };
  },
});
