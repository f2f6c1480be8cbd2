/** Terms of `<pk-passkeys>` (the password field's come from `parts/password-field.terms.ts`). */
export interface PasskeysTerms {
  'passkeys.listLabel': string;
  'passkeys.loading': string;
  'passkeys.empty': string;
  'passkeys.createdAt': (date: string) => string;
  'passkeys.lastUsedAt': (date: string) => string;
  'passkeys.neverUsed': string;
  'passkeys.synced': string;
  'passkeys.deviceBound': string;
  'passkeys.add': string;
  'passkeys.addBusy': string;
  'passkeys.added': string;
  'passkeys.addUnavailable': string;
  'passkeys.addCancelled': string;
  'passkeys.addFailed': string;
  'passkeys.loadFailed': string;
  'passkeys.unsupported': string;

  /** The form that asks for the password before a passkey is added (`CONFIRMATION_REQUIRED`). */
  'passkeys.confirmHeading': string;
  'passkeys.confirmIntro': string;
  'passkeys.confirmSubmit': string;
  'passkeys.confirmBusy': string;
  'passkeys.confirmCancel': string;
  'passkeys.passwordWrong': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends PasskeysTerms {}
}
