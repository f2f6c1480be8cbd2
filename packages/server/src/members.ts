/** The insurer's member registry: who is insured, and where they live. */
export interface MemberRegistry {
  /** The member whose data matches all three, or null. */
  verify(query: { kvnr: string; postcode: string; birthDate: string }): Promise<Member | null>;
}

export interface Member {
  kvnr: string;
  name: string;
  address: { street: string; postcode: string; city: string };
}
