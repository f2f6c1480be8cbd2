/** The insurer's member registry: who is insured, and where they live. */
export interface MemberRegistry {
  /**
   * The member whose data matches all of the query, or null. `cardNumber` (the last 6 digits of
   * the health card's number) is given only where the portal asks for it
   * (`register.requireCardNumber`).
   */
  verify(query: {
    kvnr: string;
    postcode: string;
    /** ISO date `YYYY-MM-DD`. */
    birthDate: string;
    cardNumber?: string;
  }): Promise<Member | null>;
  /**
   * The member with this KVNR (normalized: upper case, no spaces), or null: where a new
   * activation letter for a forgotten password goes. Without it, the reset letter is off.
   */
  find?(kvnr: string): Promise<Member | null>;
}

/** What an activation letter and the new account need of a member. */
export interface Member {
  kvnr: string;
  /** As the letter's address block and the account show it: `Erika Mustermann`. */
  name: string;
  /** The registered postal address, where the activation letter goes. */
  address: { street: string; postcode: string; city: string };
  /** The language of letters and e-mails. Default `de`. */
  locale?: 'de' | 'en';
}
