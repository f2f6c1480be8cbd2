import type { IdentifierProblem } from '@portalkit/protocol';

type IdentifierProblemTerms = { [P in IdentifierProblem as `identifier.${P}`]: string };

/**
 * Terms of the identifier field (KVNR or e-mail address, as at sign-in), shared by `<pk-login>`
 * and `<pk-forgot-password>`: one message per cause (UX.md "Errors").
 */
export interface IdentifierTerms extends IdentifierProblemTerms {
  'identifier.label': string;
  'identifier.hint': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends IdentifierTerms {}
}

export const identifierDe: IdentifierTerms = {
  'identifier.label': 'Versichertennummer oder E-Mail-Adresse',
  'identifier.hint':
    'Ihre Versichertennummer steht auf Ihrer Gesundheitskarte, zum Beispiel A123456780.',
  'identifier.empty': 'Geben Sie Ihre Versichertennummer oder E-Mail-Adresse ein.',
  'identifier.kvnrFormat':
    'Geben Sie Ihre Versichertennummer ein, wie sie auf Ihrer Gesundheitskarte steht, zum Beispiel A123456780.',
  'identifier.kvnrCheckDigit':
    'Diese Versichertennummer ist nicht gültig. Prüfen Sie die Nummer auf Ihrer Gesundheitskarte.',
  'identifier.emailFormat':
    'Geben Sie Ihre E-Mail-Adresse vollständig ein, zum Beispiel name@beispiel.de.',
};

export const identifierEn: IdentifierTerms = {
  'identifier.label': 'Health insurance number or email address',
  'identifier.hint':
    'Your health insurance number is on your health insurance card, for example A123456780.',
  'identifier.empty': 'Enter your health insurance number or email address.',
  'identifier.kvnrFormat':
    'Enter your health insurance number as it appears on your health insurance card, for example A123456780.',
  'identifier.kvnrCheckDigit':
    'This health insurance number is not valid. Check the number on your health insurance card.',
  'identifier.emailFormat': 'Enter your full email address, for example name@example.com.',
};
