import { randomBytes, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { after, before, describe } from 'node:test';
import { fileURLToPath } from 'node:url';
import { kvnr } from '../testing/harness.js';
import { accounts, type AccountRecord } from './accounts.js';
import type { CredentialRecord } from './credentials.js';
import type { SessionRecord } from './sessions.js';
import type { Store } from './store.js';

/**
 * The behaviour every store must have, one suite per part (`<part>.contract.ts` beside the part,
 * found by name, so a new part brings its suite without editing a list), registered as node:test
 * tests for one store factory. One store is shared by all tests of a run (PGlite takes seconds
 * to open), so every test works on its own random accounts and keys.
 */
export interface ContractContext {
  store(): Store;
  t0: number;
  newAccount(overrides?: Partial<AccountRecord>): AccountRecord;
  /** A new account, already created. */
  withAccount(): Promise<AccountRecord>;
  newCredential(accountId: string, overrides?: Partial<CredentialRecord>): CredentialRecord;
  newSession(accountId: string, overrides?: Partial<SessionRecord>): SessionRecord;
  /** A random hash-like key (base64url). */
  randomKey(): string;
}

export type PartContract = (c: ContractContext) => void;

const directory = fileURLToPath(new URL('.', import.meta.url));
const contracts = await Promise.all(
  (await readdir(directory))
    .filter((file) => file.endsWith('.contract.ts'))
    .sort()
    .map(async (file) => {
      const module = (await import(`./${file.replace(/\.ts$/, '.js')}`)) as { contract: PartContract };
      return [file.replace('.contract.ts', ''), module.contract] as const;
    }),
);

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store.close();
    });

    const t0 = 1_790_000_000_000;
    const randomKey = () => randomBytes(32).toString('base64url');
    const newAccount = (overrides: Partial<AccountRecord> = {}): AccountRecord => {
      const id = randomUUID();
      return {
        id,
        kvnr: kvnr(),
        email: `${id}@example.de`,
        displayName: 'Erika Mustermann',
        locale: 'de',
        phone: null,
        passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
        webauthnUserId: new Uint8Array(randomBytes(32)),
        createdAt: t0,
        ...overrides,
      };
    };
    const context: ContractContext = {
      store: () => store,
      t0,
      randomKey,
      newAccount,
      async withAccount() {
        const account = newAccount();
        if (!(await store.use(accounts).create(account))) throw new Error('account not created');
        return account;
      },
      newCredential: (accountId, overrides = {}) => ({
        id: randomKey(),
        accountId,
        publicKey: new Uint8Array(randomBytes(77)),
        counter: 0,
        transports: ['internal', 'hybrid'],
        deviceType: 'multiDevice',
        backedUp: true,
        name: 'Chrome unter Linux',
        createdAt: t0,
        lastUsedAt: null,
        ...overrides,
      }),
      newSession: (accountId, overrides = {}) => ({
        idHash: randomKey(),
        accountId,
        method: 'password',
        createdAt: t0,
        lastSeenAt: t0,
        confirmedAt: t0,
        userAgent: null,
        ...overrides,
      }),
    };
    for (const [part, contract] of contracts) describe(part, () => contract(context));
  });
}
