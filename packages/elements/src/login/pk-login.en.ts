import type { LoginTerms } from './pk-login.terms.js';

export const loginEn: LoginTerms = {
  'login.submit': 'Sign in',
  'login.submitBusy': 'Signing in …',
  'login.forgotPassword': 'Forgot your password?',
  'login.passkeyIntro':
    'With a passkey you sign in with your fingerprint, face recognition or device PIN – no password needed.',
  'login.passkeySubmit': 'Sign in with a passkey',
  'login.passkeyBusy': 'Waiting for your passkey …',
  'login.passkeyCancelled': 'Signing in with a passkey was cancelled.',
  'login.passkeyFailed':
    'Signing in with a passkey did not work. Try again or sign in with your password.',
  'login.passkeyUnsupported': 'Your browser does not support passkeys. Sign in with your password.',
  'login.passkeyOnlyUnsupported':
    'Your browser does not support passkeys. Use an up-to-date browser or another device.',
  'login.unavailable': 'Signing in is not possible right now. Please try again in a few minutes.',
  'login.success': 'You are signed in.',

  'error.CREDENTIALS_INVALID': 'Health insurance number, email address or password is wrong.',
  'error.PASSKEY_UNKNOWN':
    'This passkey is not registered with us. Sign in with your password and add the passkey again.',
  'error.PASSKEY_INVALID':
    'The passkey could not be checked. Try again or sign in with your password.',
};
