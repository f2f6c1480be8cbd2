import { createHarness, erika, kvnr, loginWithPassword, type Harness } from './harness.js';
import { testRegistry, type RegistryEntry, type TestRegistry } from './members.js';
import { addPasskey, authenticator } from './passkeys.js';
import type { SoftAuthenticator } from './soft-authenticator.js';

/** Erika in the registry: her address and bank details, which approved changes replace. */
export const erikaEntry = (): RegistryEntry => ({
  kvnr: erika.kvnr,
  name: erika.displayName,
  postcode: '10115',
  birthDate: '1980-05-17',
  cardNumber: '654321',
  address: { street: 'Lindenallee', houseNumber: '5', postcode: '10115', city: 'Berlin' },
  bankDetails: { holder: 'Erika Mustermann', iban: 'DE89370400440532013000' },
});

export const max = {
  kvnr: kvnr('M98765432'),
  email: 'max.beispiel@example.de',
  displayName: 'Max Beispiel',
  password: 'Herbstlaub am Fluss 77',
};

/** The new address Erika asks for (valid from the harness's first day). */
export const leipzig = {
  street: 'Nikolaistraße',
  houseNumber: '12',
  postcode: '04109',
  city: 'Leipzig',
  validFrom: '2026-11-26',
};

export interface ApproveSetup {
  h: Harness;
  registry: TestRegistry;
  /** Erika: signed in, with a passkey. */
  cookie: string;
  device: SoftAuthenticator;
  accountId: string;
  /** Max: another member, signed in, with a passkey of his own. */
  maxCookie: string;
  maxDevice: SoftAuthenticator;
}

export async function approveSetup(): Promise<ApproveSetup> {
  const registry = testRegistry([
    erikaEntry(),
    { ...erikaEntry(), kvnr: max.kvnr, name: max.displayName, bankDetails: null },
  ]);
  const h = createHarness({ members: registry });
  const { accountId } = await h.portal.createAccount(erika);
  await h.portal.createAccount(max);
  const device = authenticator();
  const cookie = await loginWithPassword(h);
  if ((await addPasskey(h, cookie, device)).status !== 200) throw new Error('no passkey');
  const maxDevice = authenticator();
  const maxCookie = await loginWithPassword(h, max.email, max.password);
  if ((await addPasskey(h, maxCookie, maxDevice)).status !== 200) throw new Error('no passkey');
  return { h, registry, cookie, device, accountId, maxCookie, maxDevice };
}

/** Erika asks for the new address; the pending approval's id. */
export async function pendingAddressChange(
  s: ApproveSetup,
  body: Record<string, string> = leipzig,
): Promise<string> {
  const response = await s.h.post('/address', body, { cookie: s.cookie });
  if (response.status !== 200) throw new Error(`address change: ${await response.text()}`);
  return ((await response.json()) as { approval: { id: string } }).approval.id;
}
