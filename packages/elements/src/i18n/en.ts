import type { CommonTerms } from './messages.js';

const sessionEnded = 'Your session has expired. Please sign in again.';

export const en: CommonTerms = {
  'common.errorSummaryHeading': 'There is a problem',
  'common.errorPrefix': 'Error:',
  'common.retry': 'Try again',

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
  'error.CONFIRMATION_REQUIRED': 'Please first confirm with your password that it is you.',
  'error.APPROVAL_REQUIRED': 'Please confirm this change with your passkey.',
};
