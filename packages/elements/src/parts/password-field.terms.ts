/** Terms of the password field (`password-field.ts`), shared by every element that shows one. */
export interface PasswordTerms {
  'password.label': string;
  'password.show': string;
  'password.hide': string;
  'password.shown': string;
  'password.hidden': string;
  'password.empty': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends PasswordTerms {}
}

export const passwordDe: PasswordTerms = {
  'password.label': 'Passwort',
  'password.show': 'Passwort anzeigen',
  'password.hide': 'Passwort verbergen',
  'password.shown': 'Ihr Passwort wird angezeigt.',
  'password.hidden': 'Ihr Passwort wird verborgen.',
  'password.empty': 'Geben Sie Ihr Passwort ein.',
};

export const passwordEn: PasswordTerms = {
  'password.label': 'Password',
  'password.show': 'Show password',
  'password.hide': 'Hide password',
  'password.shown': 'Your password is shown.',
  'password.hidden': 'Your password is hidden.',
  'password.empty': 'Enter your password.',
};
