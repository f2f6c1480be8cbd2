import { kvnrCheckDigit } from '@portalkit/protocol';
import type { MemberRegistry } from '@portalkit/server';

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
  address: { street: string; postcode: string; city: string };
  /** The language of their letters and e-mails; German unless set. */
  locale?: 'de' | 'en';
}

/** A member with an account (seeded at start). */
export interface DemoMember extends RegisteredPerson {
  email: string;
  password: string;
  /** A verified mobile number for SMS codes, E.164 (invented). */
  phone: string;
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
    address: { street: 'Heidestraße 17', postcode: '10115', city: 'Berlin' },
  },
  {
    kvnr: 'Q123456784',
    email: 'max.mustermann@example.de',
    phone: '+4916098765434',
    displayName: 'Max Mustermann',
    password: 'Regenschirm am Rhein 51',
    postcode: '50667',
    birthDate: '1958-02-03',
    address: { street: 'Hohe Straße 4', postcode: '50667', city: 'Köln' },
  },
  {
    kvnr: 'K220645122',
    email: 'hans.beispiel@example.de',
    phone: '+4917055501236',
    displayName: 'Hans Beispiel',
    password: 'Gartenzwerg mit Laterne 9',
    postcode: '80331',
    birthDate: '1945-06-22',
    address: { street: 'Marienplatz 8', postcode: '80331', city: 'München' },
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
    address: { street: 'Nikolaistraße 12', postcode: '04109', city: 'Leipzig' },
  },
  {
    kvnr: kvnr('Y85110204'),
    displayName: 'Leyla Yıldız',
    postcode: '20095',
    birthDate: '1985-11-02',
    address: { street: 'Mönckebergstraße 7', postcode: '20095', city: 'Hamburg' },
  },
  {
    kvnr: kvnr('F72073007'),
    displayName: 'Friederike Musterfrau',
    postcode: '01067',
    birthDate: '1972-07-30',
    address: { street: 'Wilsdruffer Straße 3', postcode: '01067', city: 'Dresden' },
  },
  {
    kvnr: kvnr('M95052114'),
    displayName: 'Aoife Murphy',
    postcode: '60311',
    birthDate: '1995-05-21',
    address: { street: 'Römerberg 9', postcode: '60311', city: 'Frankfurt am Main' },
    locale: 'en',
  },
];

/** A registered person as the portal's letters need them. */
function asMember(person: RegisteredPerson | undefined) {
  if (!person) return null;
  const { displayName: name, address, locale } = person;
  return { kvnr: person.kvnr, name, address, ...(locale ? { locale } : {}) };
}

const everyone = (): RegisteredPerson[] => [...demoMembers, ...demoRegistrants];

export const demoMemberRegistry: MemberRegistry = {
  async verify({ kvnr, postcode, birthDate }) {
    return asMember(
      everyone().find((p) => p.kvnr === kvnr && p.postcode === postcode && p.birthDate === birthDate),
    );
  },
  // Where a reset letter goes: the address on record for this KVNR.
  async find(kvnr) {
    return asMember(everyone().find((p) => p.kvnr === kvnr));
  },
};
