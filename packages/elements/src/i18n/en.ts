import type { Messages } from './messages.js';

const unavailable = 'The service is not available right now. Please try again in a few minutes.';
const sessionEnded = 'Your session has expired. Please sign in again.';
const passkeyIntro =
  'With a passkey you sign in with your fingerprint, face recognition or device PIN – no password needed.';

export const en: Messages = {
  'common.errorSummaryHeading': 'There is a problem',
  'common.errorPrefix': 'Error:',
  'common.retry': 'Try again',

  'identifier.label': 'Health insurance number or email address',
  'identifier.hint':
    'Your health insurance number is on your health insurance card, for example A123456780.',
  'identifier.empty': 'Enter your health insurance number or email address.',
  'identifier.kvnrFormat':
    'Enter your health insurance number as it appears on your health insurance card, for example A123456780.',
  'identifier.kvnrCheckDigit':
    'This health insurance number is not valid. Check the number on your health insurance card.',
  'identifier.emailFormat': 'Enter your full email address, for example name@example.com.',

  'password.label': 'Password',
  'password.show': 'Show password',
  'password.hide': 'Hide password',
  'password.shown': 'Your password is shown.',
  'password.hidden': 'Your password is hidden.',
  'password.empty': 'Enter your password.',

  'login.submit': 'Sign in',
  'login.submitBusy': 'Signing in …',
  'login.passkeyIntro': passkeyIntro,
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

  'passkeys.listLabel': 'Your passkeys',
  'passkeys.loading': 'Loading your passkeys …',
  'passkeys.empty': `You do not have a passkey yet. ${passkeyIntro}`,
  'passkeys.createdAt': (date) => `Added on ${date}`,
  'passkeys.lastUsedAt': (date) => `Last used on ${date}`,
  'passkeys.neverUsed': 'Not used yet',
  'passkeys.synced': 'Synced: works on your devices that use the same account',
  'passkeys.deviceBound': 'Stored on one device only',
  'passkeys.add': 'Add this device as a passkey',
  'passkeys.addBusy': 'Adding passkey …',
  'passkeys.added': 'Passkey added. From now on you can sign in with this device.',
  'passkeys.addCancelled': 'Adding the passkey was cancelled.',
  'passkeys.addFailed': 'The passkey could not be added. Please try again.',
  'passkeys.loadFailed':
    'Your passkeys cannot be shown right now. Please try again in a few minutes.',
  'passkeys.unsupported':
    'Your browser does not support passkeys. Use an up-to-date browser or another device to add a passkey.',

  'error.VALIDATION_FAILED': 'Please check what you entered.',
  'error.CREDENTIALS_INVALID': 'Health insurance number, email address or password is wrong.',
  'error.PASSKEY_UNKNOWN':
    'This passkey is not registered with us. Sign in with your password and add the passkey again.',
  'error.PASSKEY_INVALID':
    'The passkey could not be checked. Try again or sign in with your password.',
  'error.CHALLENGE_EXPIRED': 'That took too long. Please try again.',
  'error.SESSION_REQUIRED': sessionEnded,
  'error.SESSION_EXPIRED': sessionEnded,
  'error.RATE_LIMITED': (minutes) =>
    minutes === undefined
      ? 'Too many attempts. Please wait a few minutes and then try again.'
      : `Too many attempts. Please wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and then try again.`,
  'error.APPROVAL_REQUIRED': 'Please confirm this change with your passkey.',
  'error.ORIGIN_FORBIDDEN': unavailable,
  'error.CONTENT_TYPE_UNSUPPORTED': unavailable,
  'error.NOT_FOUND': unavailable,
  'error.METHOD_NOT_ALLOWED': unavailable,
  'error.INTERNAL': unavailable,
  'error.NETWORK': unavailable,
  'error.RESPONSE_INVALID': unavailable,
  'error.PASSKEY_CANCELLED': 'The passkey request was cancelled.',
  'error.PASSKEY_UNSUPPORTED': 'Your browser does not support passkeys.',
  'error.PASSKEY_FAILED': 'The passkey did not work. Please try again.',
};
