/**
 * Outbound notices to a member. The insurer's implementation decides how they travel (mail
 * server, print-and-post service, SMS gateway); Portalkit renders the wording.
 */
export interface Mailer {
  send(message: OutgoingMessage): Promise<void>;
}

export type NoticeTemplate =
  | 'passkey-added'
  | 'passkey-removed'
  | 'account-locked'
  | 'activation-letter'
  | 'registration-attempt'
  | 'activation-locked'
  | 'account-created'
  | 'reset-code'
  | 'reset-letter'
  | 'reset-code-locked'
  | 'password-changed'
  | 'address-changed'
  | 'bank-details-changed'
  | 'email-change-code'
  | 'email-change-attempt'
  | 'email-changed'
  | 'registration-ended';

export interface OutgoingMessage {
  channel: 'email' | 'letter' | 'sms';
  /** E-mail address, postal address or phone number, depending on the channel. */
  to: string;
  recipientName: string;
  template: NoticeTemplate;
  locale: 'de' | 'en';
  subject: string;
  text: string;
  /** ISO 8601. */
  sentAt: string;
  /**
   * A letter's window-envelope address block (name, street and number, postcode and city), for
   * every letter; `letter` adds the parts of a letter with a code.
   */
  addressLines?: string[];
  /**
   * The printed parts of a letter (`channel: 'letter'`), for a print service that lays out the
   * page itself: `text` holds them too, except the QR code.
   */
  letter?: LetterParts;
}

/** A letter's printed parts: an activation letter's, or a reset letter's. */
export interface LetterParts {
  /** The window envelope's address block: name, street, postcode and city. */
  addressLines: string[];
  /** The activation code as printed, in groups (`K7QM-X4TP-9WHR`). */
  code: string;
  /** ISO 8601: when the code stops working. */
  validUntil: string;
  /**
   * The page the code is entered on (activation, or forgot password), as printed in the text,
   * without the code.
   */
  activationUrl: string;
  /** An SVG image of a QR code that opens that page with the code in its fragment. */
  qrSvg: string;
}
