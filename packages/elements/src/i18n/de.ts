import type { CommonTerms } from './messages.js';

const sessionEnded = 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';

export const de: CommonTerms = {
  'common.errorSummaryHeading': 'Es gibt ein Problem',
  'common.errorPrefix': 'Fehler:',
  'common.retry': 'Erneut versuchen',

  'error.VALIDATION_FAILED': 'Bitte prüfen Sie Ihre Eingaben.',
  'error.CHALLENGE_EXPIRED': 'Das hat zu lange gedauert. Bitte versuchen Sie es erneut.',
  'error.SESSION_REQUIRED': sessionEnded,
  'error.SESSION_EXPIRED': sessionEnded,
  'error.APPROVAL_CLOSED':
    'Diese Freigabe ist abgeschlossen: Sie wurde bereits erteilt, abgelehnt, abgebrochen oder ist abgelaufen.',
  'error.RATE_LIMITED': (minutes) =>
    minutes === undefined
      ? 'Zu viele Versuche. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.'
      : `Zu viele Versuche. Bitte warten Sie ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} und versuchen Sie es dann erneut.`,
};
