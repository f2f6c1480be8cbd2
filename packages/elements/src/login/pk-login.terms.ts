import type { IdentifierProblem } from '@portalkit/protocol';
import type { LoginErrorTerms } from '../i18n/messages.js';

type IdentifierTerms = { [P in IdentifierProblem as `identifier.${P}`]: string };

/** Terms of `<pk-login>` (the password field's come from `parts/password-field.terms.ts`). */
export interface LoginTerms extends IdentifierTerms, LoginErrorTerms {
  'identifier.label': string;
  'identifier.hint': string;

  'login.submit': string;
  'login.submitBusy': string;
  'login.passkeyIntro': string;
  'login.passkeySubmit': string;
  'login.passkeyBusy': string;
  'login.passkeyCancelled': string;
  'login.passkeyFailed': string;
  'login.passkeyUnsupported': string;
  'login.passkeyOnlyUnsupported': string;
  'login.unavailable': string;
  'login.success': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends LoginTerms {}
}
