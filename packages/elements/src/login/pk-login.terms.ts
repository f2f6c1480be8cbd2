import type { LoginErrorTerms } from '../i18n/messages.js';

/**
 * Terms of `<pk-login>` (the identifier's and the password field's come from
 * `parts/identifier.terms.ts` and `parts/password-field.terms.ts`).
 */
export interface LoginTerms extends LoginErrorTerms {
  'login.submit': string;
  'login.submitBusy': string;
  'login.forgotPassword': string;
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
