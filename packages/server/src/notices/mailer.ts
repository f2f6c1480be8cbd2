/**
 * Outbound notices to a member. The insurer's implementation decides how they travel (mail
 * server, print-and-post service, SMS gateway); Portalkit renders the wording.
 */
export interface Mailer {
  send(message: OutgoingMessage): Promise<void>;
}

export type NoticeTemplate = 'passkey-added' | 'account-locked';

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
}
