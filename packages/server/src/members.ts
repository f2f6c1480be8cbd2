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
  /**
   * Records the member's new postal address from `validFrom` (ISO date), once the member approved
   * it with a passkey. With `find`, it turns on the address change (`GET`/`POST /address`).
   */
  changeAddress?(kvnr: string, address: PostalAddress, validFrom: string): Promise<void>;
  /** The account reimbursements are paid to, or null. With `changeBankDetails`, turns them on. */
  bankDetails?(kvnr: string): Promise<BankDetails | null>;
  /** Records new bank details, once the member approved them with a passkey. */
  changeBankDetails?(kvnr: string, details: BankDetails): Promise<void>;
}

/** A postal address as the registry keeps it. */
export interface PostalAddress {
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
}

/** Where reimbursements go. */
export interface BankDetails {
  holder: string;
  /** Normalized: upper case, no spaces (`DE89370400440532013000`). */
  iban: string;
}

/** What an activation letter and the new account need of a member. */
export interface Member {
  kvnr: string;
  /** As the letter's address block and the account show it: `Erika Mustermann`. */
  name: string;
  /**
   * The registered postal address, where the activation letter goes. `street` may carry the house
   * number where the registry keeps no `houseNumber` of its own.
   */
  address: { street: string; houseNumber?: string; postcode: string; city: string };
  /** The language of letters and e-mails. Default `de`. */
  locale?: 'de' | 'en';
}
