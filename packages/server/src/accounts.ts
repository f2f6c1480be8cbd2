import { randomBytes, randomUUID } from 'node:crypto';
import { parseIdentifier, parseKvnr } from '@portalkit/protocol';
import { PortalError } from './errors.js';
import { passwordHashing } from './password/hash.js';
import { accounts, type AccountRecord } from './stores/accounts.js';
import type { Store } from './stores/store.js';

export interface NewAccount {
  kvnr: string;
  email: string;
  displayName: string;
  password: string;
  locale?: 'de' | 'en';
  /**
   * A mobile number the insurer has verified, in international form (`+49 151 12345612`; spaces,
   * dashes, slashes and brackets are ignored): reset codes and security notices go there by SMS.
   */
  phone?: string;
}

/** E.164: a plus, a country code not starting with 0, at most 15 digits in all. */
const e164 = /^\+[1-9]\d{6,14}$/;

/** A phone number as typed, in E.164 (`+4915112345612`), or null if it is not one. */
export function parsePhone(input: string): string | null {
  const compact = input.replace(/[\s\-/().]/g, '');
  return e164.test(compact) ? compact : null;
}

/**
 * Creates a member account (seed data, a migration, and the registration flow). Does nothing and
 * answers `created: false` with the existing account's id if the KVNR or e-mail is taken.
 */
export async function createAccount(
  store: Store,
  now: number,
  input: NewAccount,
): Promise<{ accountId: string; created: boolean }> {
  const kvnr = parseKvnr(input.kvnr);
  const email = parseIdentifier(input.email);
  const phone = input.phone === undefined ? null : parsePhone(input.phone);
  const phoneOk = input.phone === undefined || phone !== null;
  if (!kvnr.ok || !email.ok || email.kind !== 'email' || !phoneOk) {
    const fields: Record<string, string> = {};
    if (!kvnr.ok) fields.kvnr = kvnr.problem;
    if (!email.ok || email.kind !== 'email') fields.email = 'emailFormat';
    if (!phoneOk) fields.phone = 'format';
    throw new PortalError('VALIDATION_FAILED', { fields });
  }
  const part = store.use(accounts);
  const existing = async () =>
    (await part.findByKvnr(kvnr.value)) ?? (await part.findByEmail(email.value));
  const before = await existing();
  if (before) return { accountId: before.id, created: false };

  const passwordHash = await passwordHashing.hash(input.password);
  const account: AccountRecord = {
    id: randomUUID(),
    kvnr: kvnr.value,
    email: email.value,
    displayName: input.displayName,
    locale: input.locale ?? 'de',
    phone,
    passwordHash,
    webauthnUserId: new Uint8Array(randomBytes(32)),
    createdAt: now,
  };
  if (!(await part.create(account))) {
    // Someone else created it between the check and the insert.
    return { accountId: (await existing())?.id ?? '', created: false };
  }
  await part.addPasswordHistory(account.id, passwordHash, account.createdAt);
  return { accountId: account.id, created: true };
}
