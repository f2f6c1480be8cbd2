import { kvnrCheckDigit } from '@portalkit/protocol';
import type { BankDetails, MemberRegistry, PostalAddress } from '@portalkit/server';
import { createMemberChanges, type MemberChanges } from './member-changes.js';

/**
 * The demo insurer's member registry and the accounts seeded from it. All people are invented;
 * the KVNRs carry valid check digits so the forms accept them.
 */
export interface RegisteredPerson {
  kvnr: string;
  displayName: string;
  postcode: string;
  /** ISO date. */
  birthDate: string;
  address: PostalAddress;
  /** The language of their letters and e-mails; German unless set. */
  locale?: 'de' | 'en';
}

/** A member with an account (seeded at start). */
export interface DemoMember extends RegisteredPerson {
  email: string;
  password: string;
  /** A verified mobile number for SMS codes, E.164 (invented). */
  phone: string;
  /**
   * Where reimbursements go: an invented account number at a real bank code (so the bank's name
   * shows), with correct check digits.
   */
  bankDetails: BankDetails;
}

export const demoMembers: DemoMember[] = [
  {
    kvnr: 'A123456780',
    email: 'erika.mustermann@example.de',
    phone: '+4915123456712',
    displayName: 'Erika Mustermann',
    password: 'Lindenblüte im Juni 24',
    postcode: '10115',
    birthDate: '1964-08-12',
    address: { street: 'Heidestraße', houseNumber: '17', postcode: '10115', city: 'Berlin' },
    bankDetails: { holder: 'Erika Mustermann', iban: 'DE54100100104711085201' },
  },
  {
    kvnr: 'Q123456784',
    email: 'max.mustermann@example.de',
    phone: '+4916098765434',
    displayName: 'Max Mustermann',
    password: 'Regenschirm am Rhein 51',
    postcode: '50667',
    birthDate: '1958-02-03',
    address: { street: 'Hohe Straße', houseNumber: '4', postcode: '50667', city: 'Köln' },
    bankDetails: { holder: 'Max Mustermann', iban: 'DE26370501981935062841' },
  },
  {
    kvnr: 'K220645122',
    email: 'hans.beispiel@example.de',
    phone: '+4917055501236',
    displayName: 'Hans Beispiel',
    password: 'Gartenzwerg mit Laterne 9',
    postcode: '80331',
    birthDate: '1945-06-22',
    address: { street: 'Marienplatz', houseNumber: '8', postcode: '80331', city: 'München' },
    bankDetails: { holder: 'Hans Beispiel', iban: 'DE98701500001002873645' },
  },
];

/** A KVNR from its letter and eight digits, with the check digit. */
const kvnr = (letterAndEightDigits: string) =>
  letterAndEightDigits + kvnrCheckDigit(letterAndEightDigits);

/** Insured, but without an account yet: they can register and get an activation letter. */
export const demoRegistrants: RegisteredPerson[] = [
  {
    kvnr: kvnr('J40315902'),
    displayName: 'Jonas Beispiel',
    postcode: '04109',
    birthDate: '1990-03-15',
    address: { street: 'Nikolaistraße', houseNumber: '12', postcode: '04109', city: 'Leipzig' },
  },
  {
    kvnr: kvnr('Y85110204'),
    displayName: 'Leyla Yıldız',
    postcode: '20095',
    birthDate: '1985-11-02',
    address: { street: 'Mönckebergstraße', houseNumber: '7', postcode: '20095', city: 'Hamburg' },
  },
  {
    kvnr: kvnr('F72073007'),
    displayName: 'Friederike Musterfrau',
    postcode: '01067',
    birthDate: '1972-07-30',
    address: { street: 'Wilsdruffer Straße', houseNumber: '3', postcode: '01067', city: 'Dresden' },
  },
  {
    kvnr: kvnr('M95052114'),
    displayName: 'Aoife Murphy',
    postcode: '60311',
    birthDate: '1995-05-21',
    address: { street: 'Römerberg', houseNumber: '9', postcode: '60311', city: 'Frankfurt am Main' },
    locale: 'en',
  },
];

const everyone = (): RegisteredPerson[] => [...demoMembers, ...demoRegistrants];

/**
 * The demo insurer's registry: the people above, with the changes members made and approved
 * (kept in `file`, a JSON file in the data directory, so a restart keeps them).
 */
export async function createDemoMemberRegistry(file: string): Promise<MemberRegistry> {
  const changes: MemberChanges = await createMemberChanges(file);
  const person = (kvnr: string) => everyone().find((p) => p.kvnr === kvnr);

  /** A registered person as the portal's letters need them, at their current address. */
  function asMember(found: RegisteredPerson | undefined) {
    if (!found) return null;
    const { displayName: name, locale } = found;
    const address = changes.of(found.kvnr).address ?? found.address;
    return { kvnr: found.kvnr, name, address: { ...address }, ...(locale ? { locale } : {}) };
  }

  return {
    // Registration asks for the postcode on record: after a move, the new one.
    async verify({ kvnr, postcode, birthDate }) {
      const found = person(kvnr);
      const member = asMember(found?.birthDate === birthDate ? found : undefined);
      return member?.address.postcode === postcode ? member : null;
    },
    // Where a letter goes: the address on record for this KVNR.
    async find(kvnr) {
      return asMember(person(kvnr));
    },
    async changeAddress(kvnr, address, validFrom) {
      if (!person(kvnr)) throw new Error('unknown member');
      await changes.record(kvnr, { address: { ...address }, validFrom });
    },
    async bankDetails(kvnr) {
      const found = person(kvnr);
      if (!found) return null;
      const changed = changes.of(kvnr).bankDetails;
      if (changed) return { ...changed };
      return 'bankDetails' in found ? { ...(found as DemoMember).bankDetails } : null;
    },
    async changeBankDetails(kvnr, details) {
      if (!person(kvnr)) throw new Error('unknown member');
      await changes.record(kvnr, { bankDetails: { holder: details.holder, iban: details.iban } });
    },
  };
}
