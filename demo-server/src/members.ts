import type { MemberRegistry } from '@portalkit/server';

/**
 * The demo insurer's member registry and the accounts seeded from it. All people are invented;
 * the KVNRs carry valid check digits so the forms accept them.
 */
export interface DemoMember {
  kvnr: string;
  email: string;
  displayName: string;
  password: string;
  postcode: string;
  birthDate: string;
  address: { street: string; postcode: string; city: string };
}

export const demoMembers: DemoMember[] = [
  {
    kvnr: 'A123456780',
    email: 'erika.mustermann@example.de',
    displayName: 'Erika Mustermann',
    password: 'Lindenblüte im Juni 24',
    postcode: '10115',
    birthDate: '1964-08-12',
    address: { street: 'Heidestraße 17', postcode: '10115', city: 'Berlin' },
  },
  {
    kvnr: 'Q123456784',
    email: 'max.mustermann@example.de',
    displayName: 'Max Mustermann',
    password: 'Regenschirm am Rhein 51',
    postcode: '50667',
    birthDate: '1958-02-03',
    address: { street: 'Hohe Straße 4', postcode: '50667', city: 'Köln' },
  },
  {
    kvnr: 'K220645122',
    email: 'hans.beispiel@example.de',
    displayName: 'Hans Beispiel',
    password: 'Gartenzwerg mit Laterne 9',
    postcode: '80331',
    birthDate: '1945-06-22',
    address: { street: 'Marienplatz 8', postcode: '80331', city: 'München' },
  },
];

export const demoMemberRegistry: MemberRegistry = {
  async verify({ kvnr, postcode, birthDate }) {
    const member = demoMembers.find(
      (m) => m.kvnr === kvnr && m.postcode === postcode && m.birthDate === birthDate,
    );
    return member ? { kvnr: member.kvnr, name: member.displayName, address: member.address } : null;
  },
};
