import { statement, bytes, int, intOrNull } from './sql.js';
import { copy, storePart } from './store.js';

export interface AccountRecord {
  id: string;
  kvnr: string;
  /** Lower-cased. */
  email: string;
  displayName: string;
  locale: 'de' | 'en';
  /** A verified mobile number in E.164 (`+4915112345612`), where SMS codes and notices go. */
  phone: string | null;
  /** argon2id PHC string; null for an account without a password. */
  passwordHash: string | null;
  /** Random WebAuthn user handle (user.id), so no KVNR ever reaches an authenticator. */
  webauthnUserId: Uint8Array<ArrayBuffer>;
  createdAt: number;
}

export interface AccountStore {
  findById(id: string): Promise<AccountRecord | null>;
  findByKvnr(kvnr: string): Promise<AccountRecord | null>;
  findByEmail(email: string): Promise<AccountRecord | null>;
  /** False (and nothing written) when the id, KVNR, e-mail or user handle is taken. */
  create(account: AccountRecord): Promise<boolean>;
  addPasswordHistory(accountId: string, passwordHash: string, at: number): Promise<void>;
  /** Newest first. */
  listPasswordHistory(accountId: string, limit: number): Promise<string[]>;
  /** When the member last said "not now" to the offer to add a passkey; null if never. */
  passkeyOfferDismissedAt(accountId: string): Promise<number | null>;
  dismissPasskeyOffer(accountId: string, at: number): Promise<void>;
}

export interface AccountRow {
  id: string;
  kvnr: string;
  email: string;
  display_name: string;
  locale: 'de' | 'en';
  phone: string | null;
  password_hash: string | null;
  webauthn_user_id: Uint8Array;
  created_at: number | string;
}

export const accountColumns = `a.id, a.kvnr, a.email, a.display_name, a.locale, a.phone,
  a.password_hash, a.webauthn_user_id, a.created_at`;

export function accountOf(row: AccountRow): AccountRecord {
  return {
    id: row.id,
    kvnr: row.kvnr,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    phone: row.phone,
    passwordHash: row.password_hash,
    webauthnUserId: bytes(row.webauthn_user_id),
    createdAt: int(row.created_at),
  };
}

const find = (column: 'id' | 'kvnr' | 'email') =>
  statement<AccountRow>(
    `account_by_${column}`,
    ['text'],
    `SELECT ${accountColumns} FROM accounts a WHERE a.${column} = $1`,
  );
const byId = find('id');
const byKvnr = find('kvnr');
const byEmail = find('email');
const insert = statement<{ id: string }>(
  'account_insert',
  ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'bytea', 'bigint'],
  `INSERT INTO accounts (id, kvnr, email, display_name, locale, phone, password_hash,
     webauthn_user_id, created_at)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
   ON CONFLICT DO NOTHING RETURNING id`,
);
const addHistory = statement(
  'password_history_insert',
  ['text', 'text', 'bigint'],
  'INSERT INTO password_history (account_id, password_hash, created_at) VALUES ($1, $2, $3)',
);
const listHistory = statement<{ password_hash: string }>(
  'password_history_list',
  ['text', 'integer'],
  `SELECT password_hash FROM password_history WHERE account_id = $1
   ORDER BY created_at DESC, id DESC LIMIT $2`,
);

const offerDismissedAt = statement<{ passkey_offer_dismissed_at: number | string | null }>(
  'account_passkey_offer_dismissed_at',
  ['text'],
  'SELECT passkey_offer_dismissed_at FROM accounts WHERE id = $1',
);
const dismissOffer = statement(
  'account_passkey_offer_dismiss',
  ['text', 'bigint'],
  'UPDATE accounts SET passkey_offer_dismissed_at = $2 WHERE id = $1',
);

interface HistoryEntry {
  accountId: string;
  hash: string;
  at: number;
}

export const accounts = storePart<AccountStore>('accounts', {
  sql(db) {
    const one = async (query: typeof byId, value: string) => {
      const [row] = await db.run(query, [value]);
      return row ? accountOf(row) : null;
    };
    return {
      findById: (id) => one(byId, id),
      findByKvnr: (kvnr) => one(byKvnr, kvnr),
      findByEmail: (email) => one(byEmail, email),
      async create(a) {
        const rows = await db.run(insert, [
          a.id,
          a.kvnr,
          a.email,
          a.displayName,
          a.locale,
          a.phone,
          a.passwordHash,
          a.webauthnUserId,
          a.createdAt,
        ]);
        return rows.length === 1;
      },
      async addPasswordHistory(accountId, passwordHash, at) {
        await db.run(addHistory, [accountId, passwordHash, at]);
      },
      async listPasswordHistory(accountId, limit) {
        return (await db.run(listHistory, [accountId, limit])).map((r) => r.password_hash);
      },
      async passkeyOfferDismissedAt(accountId) {
        const [row] = await db.run(offerDismissedAt, [accountId]);
        return intOrNull(row?.passkey_offer_dismissed_at ?? null);
      },
      async dismissPasskeyOffer(accountId, at) {
        await db.run(dismissOffer, [accountId, at]);
      },
    };
  },
  memory(tables) {
    const all = tables.table<AccountRecord>('accounts');
    const history = tables.table<HistoryEntry[]>('password_history');
    const offerDismissed = tables.table<number>('passkey_offer_dismissed_at');
    const findBy = (test: (a: AccountRecord) => boolean) => copy([...all.values()].find(test));
    return {
      findById: async (id) => copy(all.get(id)),
      findByKvnr: async (kvnr) => findBy((a) => a.kvnr === kvnr),
      findByEmail: async (email) => findBy((a) => a.email === email),
      async create(account) {
        const taken = [...all.values()].some(
          (a) =>
            a.id === account.id ||
            a.kvnr === account.kvnr ||
            a.email === account.email ||
            Buffer.from(a.webauthnUserId).equals(account.webauthnUserId),
        );
        if (taken) return false;
        all.set(account.id, { ...account });
        return true;
      },
      async addPasswordHistory(accountId, hash, at) {
        history.set(accountId, [...(history.get(accountId) ?? []), { accountId, hash, at }]);
      },
      async listPasswordHistory(accountId, limit) {
        return (history.get(accountId) ?? [])
          .map((entry, order) => ({ ...entry, order }))
          .sort((a, b) => b.at - a.at || b.order - a.order)
          .slice(0, limit)
          .map((entry) => entry.hash);
      },
      passkeyOfferDismissedAt: async (accountId) => offerDismissed.get(accountId) ?? null,
      async dismissPasskeyOffer(accountId, at) {
        if (all.has(accountId)) offerDismissed.set(accountId, at);
      },
    };
  },
});
