/**
 * Terms of the protected-form steps (`parts/protected-form.ts`): loading what is on file, the
 * review of old beside new, sending, and entering the change again after an approval that ended
 * without it. Each form brings its own headings, fields and done step.
 */
export interface ProtectedFormTerms {
  'protectedForm.unavailable': string;
  'protectedForm.loadBusy': string;
  'protectedForm.reviewHeading': string;
  'protectedForm.reviewIntro': string;
  /** The review table's column headers. */
  'protectedForm.item': string;
  'protectedForm.before': string;
  'protectedForm.after': string;
  /** An old value that is not on file. */
  'protectedForm.none': string;
  'protectedForm.send': string;
  'protectedForm.sendBusy': string;
  /** Back from the review to the form, every value kept. */
  'protectedForm.edit': string;
  'protectedForm.again': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends ProtectedFormTerms {}
}

export const protectedFormDe: ProtectedFormTerms = {
  'protectedForm.unavailable':
    'Die Änderung ist gerade nicht möglich. Bitte versuchen Sie es in einigen Minuten erneut.',
  'protectedForm.loadBusy': 'Wird geladen …',
  'protectedForm.reviewHeading': 'Bitte prüfen Sie Ihre Angaben',
  'protectedForm.reviewIntro':
    'Stimmt alles? Nach dem Senden geben Sie die Änderung mit Ihrem Passkey frei. Erst dann wird sie ausgeführt.',
  'protectedForm.item': 'Angabe',
  'protectedForm.before': 'Bisher',
  'protectedForm.after': 'Neu',
  'protectedForm.none': 'keine Angabe',
  'protectedForm.send': 'Senden und freigeben',
  'protectedForm.sendBusy': 'Wird gesendet …',
  'protectedForm.edit': 'Ändern',
  'protectedForm.again': 'Änderung erneut eingeben',
};

export const protectedFormEn: ProtectedFormTerms = {
  'protectedForm.unavailable':
    'The change is not possible right now. Please try again in a few minutes.',
  'protectedForm.loadBusy': 'Loading …',
  'protectedForm.reviewHeading': 'Please check your details',
  'protectedForm.reviewIntro':
    'Is everything right? After sending, you approve the change with your passkey. Only then is it made.',
  'protectedForm.item': 'Detail',
  'protectedForm.before': 'Before',
  'protectedForm.after': 'New',
  'protectedForm.none': 'none',
  'protectedForm.send': 'Send and approve',
  'protectedForm.sendBusy': 'Sending …',
  'protectedForm.edit': 'Change',
  'protectedForm.again': 'Enter the change again',
};
