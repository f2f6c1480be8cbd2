import type { CommonTerms } from './messages.js';

const sessionEnded = 'Your session has expired. Please sign in again.';

export const en: CommonTerms = {
  'common.errorSummaryHeading': 'There is a problem',
  'common.errorPrefix': 'Error:',
  'common.retry': 'Try again',

  'error.VALIDATION_FAILED': 'Please check what you entered.',
  'error.CHALLENGE_EXPIRED': 'That took too long. Please try again.',
  'error.SESSION_REQUIRED': sessionEnded,
  'error.SESSION_EXPIRED': sessionEnded,
  'error.APPROVAL_CLOSED':
    'This approval is closed: it was already given, declined or cancelled, or it has expired.',
  'error.RATE_LIMITED': (minutes) =>
    minutes === undefined
      ? 'Too many attempts. Please wait a few minutes and then try again.'
      : `Too many attempts. Please wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and then try again.`,
};
