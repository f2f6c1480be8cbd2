import type { BankDetails, Member, MemberRegistry } from '../members.js';
import { kvnr } from './harness.js';

/** A member of a test registry: what the registry holds besides what a letter needs. */
export interface RegistryEntry extends Member {
  postcode: string;
  birthDate: string;
  /** The last 6 digits of the health card's number. */
  cardNumber: string;
  /** Where reimbursements go; changed by an approved `changeBankDetails`. */
  bankDetails?: BankDetails | null;
  /** Set by an approved `changeAddress`. */
  addressValidFrom?: string;
}

function memberOf({ kvnr, name, address, locale }: RegistryEntry): Member {
  return { kvnr, name, address, ...(locale ? { locale } : {}) };
}

/** A member registry over a list, recording how often it was asked. */
export interface TestRegistry extends MemberRegistry {
  entries: RegistryEntry[];
  calls: number;
}

export function testRegistry(entries: RegistryEntry[]): TestRegistry {
  const registry: TestRegistry = {
    entries,
    calls: 0,
    async verify(query) {
      registry.calls++;
      const found = entries.find(
        (m) =>
          m.kvnr === query.kvnr &&
          m.postcode === query.postcode &&
          m.birthDate === query.birthDate &&
          (query.cardNumber === undefined || m.cardNumber === query.cardNumber),
      );
      return found ? memberOf(found) : null;
    },
    async find(kvnr) {
      registry.calls++;
      const found = entries.find((m) => m.kvnr === kvnr);
      return found ? memberOf(found) : null;
    },
    async changeAddress(kvnr, address, validFrom) {
      const found = entries.find((m) => m.kvnr === kvnr);
      if (!found) throw new Error('no such member');
      found.address = { ...address };
      found.addressValidFrom = validFrom;
    },
    async bankDetails(kvnr) {
      const found = entries.find((m) => m.kvnr === kvnr);
      return found?.bankDetails ? { ...found.bankDetails } : null;
    },
    async changeBankDetails(kvnr, details) {
      const found = entries.find((m) => m.kvnr === kvnr);
      if (!found) throw new Error('no such member');
      found.bankDetails = { ...details };
    },
  };
  return registry;
}

/** An invented member without an account. */
export const jonas: RegistryEntry = {
  kvnr: kvnr('J40000017'),
  name: 'Jonas Beispiel',
  postcode: '04109',
  birthDate: '1990-03-15',
  cardNumber: '123456',
  address: { street: 'Nikolaistraße 12', postcode: '04109', city: 'Leipzig' },
};

/** What Jonas types to ask for his letter. */
export const jonasIdentifies = {
  kvnr: jonas.kvnr,
  postcode: jonas.postcode,
  birthDate: jonas.birthDate,
  email: 'jonas.beispiel@example.de',
};
