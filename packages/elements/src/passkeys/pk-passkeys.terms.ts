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

  /** Each passkey's buttons: the visible word, and the name after the passkey. */
  'passkeys.renameShort': string;
  'passkeys.rename': (name: string) => string;
  'passkeys.removeShort': string;
  'passkeys.remove': (name: string) => string;

  /** Renaming a passkey in its row. */
  'passkeys.nameLabel': string;
  'passkeys.nameHint': string;
  'passkeys.nameEmpty': string;
  'passkeys.nameTooLong': string;
  'passkeys.nameInvalid': string;
  'passkeys.renameSave': string;
  'passkeys.renameBusy': string;
  'passkeys.renameCancel': string;
  'passkeys.renamed': (name: string) => string;
  'passkeys.renameFailed': string;

  /** Removing a passkey: confirm, then approve with another passkey. */
  'passkeys.removeHeading': (name: string) => string;
  'passkeys.removeIntro': string;
  'passkeys.removeSubmit': string;
  'passkeys.removeBusy': string;
  'passkeys.removeCancel': string;
  'passkeys.removeAgain': string;
  'passkeys.removed': (name: string) => string;
  'passkeys.removeFailed': string;
  /** Removing the last passkey: the warning, and the password instead of an approval. */
  'passkeys.removeLastHeading': (name: string) => string;
  'passkeys.removeLastWarning': string;
  'passkeys.removeLastIntro': string;
  'passkeys.removeLastBusy': string;

  /** The invitation to add a passkey (`offer`). */
  'passkeys.offerHeading': string;
  'passkeys.offerIntro': string;
  'passkeys.offerAccept': string;
  'passkeys.offerDismiss': string;
  'passkeys.offerDismissed': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends PasskeysTerms {}
}
