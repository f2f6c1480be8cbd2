import { bytes, int, intOrNull, statement } from './sql.js';
import { storePart } from './store.js';

export interface CredentialRecord {
  /** Credential id, base64url. */
  id: string;
  accountId: string;
  /** COSE public key. */
  publicKey: Uint8Array<ArrayBuffer>;
  counter: number;
  transports: string[];
  deviceType: 'singleDevice' | 'multiDevice';
  backedUp: boolean;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
}

export interface CredentialStore {
  /** False (and nothing written) when the credential id is already stored. */
  add(credential: CredentialRecord): Promise<boolean>;
  find(id: string): Promise<CredentialRecord | null>;
  /** Oldest first. */
  list(accountId: string): Promise<CredentialRecord[]>;
  /** The account's credential with its new name; null (nothing written) for another's. */
  rename(accountId: string, id: string, name: string): Promise<CredentialRecord | null>;
  /** Whether the account's credential was there to delete (another's is left alone). */
  delete(accountId: string, id: string): Promise<boolean>;
  /**
   * Deletes the account's credential only while another of the account's remains; whether it
   * did. Two calls at once for the account's last two credentials delete one of them, not both.
   */
  deleteUnlessLast(accountId: string, id: string): Promise<boolean>;
}

interface CredentialRow {
  id: string;
  account_id: string;
  public_key: Uint8Array;
  counter: number | string;
  transports: string[];
  device_type: 'singleDevice' | 'multiDevice';
  backed_up: boolean;
  name: string;
  created_at: number | string;
  last_used_at: number | string | null;
}

const columns = `id, account_id, public_key, counter, transports, device_type, backed_up, name,
  created_at, last_used_at`;

function credentialOf(row: CredentialRow): CredentialRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    publicKey: bytes(row.public_key),
    counter: int(row.counter),
    transports: row.transports,
    deviceType: row.device_type,
    backedUp: row.backed_up,
    name: row.name,
    createdAt: int(row.created_at),
    lastUsedAt: intOrNull(row.last_used_at),
  };
}

const insert = statement<{ id: string }>(
  'credential_insert',
  ['text', 'text', 'bytea', 'bigint', 'text[]', 'text', 'boolean', 'text', 'bigint', 'bigint'],
  `INSERT INTO credentials (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
   ON CONFLICT (id) DO NOTHING RETURNING id`,
);
const byId = statement<CredentialRow>(
  'credential_by_id',
  ['text'],
  `SELECT ${columns} FROM credentials WHERE id = $1`,
);
const byAccount = statement<CredentialRow>(
  'credentials_of_account',
  ['text'],
  `SELECT ${columns} FROM credentials WHERE account_id = $1 ORDER BY created_at, id`,
);

const renameOne = statement<CredentialRow>(
  'credential_rename',
  ['text', 'text', 'text'],
  `UPDATE credentials SET name = $3 WHERE account_id = $1 AND id = $2 RETURNING ${columns}`,
);
const deleteOne = statement<{ id: string }>(
  'credential_delete',
  ['text', 'text'],
  'DELETE FROM credentials WHERE account_id = $1 AND id = $2 RETURNING id',
);

// The account's credentials are locked before they are counted: a concurrent call that deleted
// one of them waits here until it commits, and the deleted row is then no longer counted.
const deleteUnlessLastOne = statement<{ id: string }>(
  'credential_delete_unless_last',
  ['text', 'text'],
  `DELETE FROM credentials WHERE account_id = $1 AND id = $2
     AND (SELECT count(*) FROM (
       SELECT id FROM credentials WHERE account_id = $1 FOR UPDATE
     ) AS locked) > 1
   RETURNING id`,
);

const clone = (c: CredentialRecord): CredentialRecord => ({
  ...c,
  publicKey: new Uint8Array(c.publicKey),
  transports: [...c.transports],
});

export const credentials = storePart<CredentialStore>('credentials', {
  sql(db) {
    return {
      async add(c) {
        const rows = await db.run(insert, [
          c.id,
          c.accountId,
          c.publicKey,
          c.counter,
          c.transports,
          c.deviceType,
          c.backedUp,
          c.name,
          c.createdAt,
          c.lastUsedAt,
        ]);
        return rows.length === 1;
      },
      async find(id) {
        const [row] = await db.run(byId, [id]);
        return row ? credentialOf(row) : null;
      },
      async list(accountId) {
        return (await db.run(byAccount, [accountId])).map(credentialOf);
      },
      async rename(accountId, id, name) {
        const [row] = await db.run(renameOne, [accountId, id, name]);
        return row ? credentialOf(row) : null;
      },
      async delete(accountId, id) {
        return (await db.run(deleteOne, [accountId, id])).length === 1;
      },
      async deleteUnlessLast(accountId, id) {
        return (await db.run(deleteUnlessLastOne, [accountId, id])).length === 1;
      },
    };
  },
  memory(tables) {
    const all = tables.table<CredentialRecord>('credentials');
    return {
      async add(credential) {
        if (all.has(credential.id)) return false;
        all.set(credential.id, clone(credential));
        return true;
      },
      async find(id) {
        const found = all.get(id);
        return found ? clone(found) : null;
      },
      async list(accountId) {
        return [...all.values()]
          .filter((c) => c.accountId === accountId)
          .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
          .map(clone);
      },
      async rename(accountId, id, name) {
        const found = all.get(id);
        if (found?.accountId !== accountId) return null;
        found.name = name;
        return clone(found);
      },
      async delete(accountId, id) {
        if (all.get(id)?.accountId !== accountId) return false;
        return all.delete(id);
      },
      async deleteUnlessLast(accountId, id) {
        if (all.get(id)?.accountId !== accountId) return false;
        const others = [...all.values()].some((c) => c.accountId === accountId && c.id !== id);
        return others && all.delete(id);
      },
    };
  },
});
