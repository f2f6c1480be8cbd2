import type { CommonTerms } from './messages.js';

const sessionEnded = 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';

export const de: CommonTerms = {
  'common.errorSummaryHeading': 'Es gibt ein Problem',
  'common.errorPrefix': 'Fehler:',
  'common.retry': 'Erneut versuchen',

  'error.VALIDATION_FAILED': 'Bitte prüfen Sie Ihre Eingaben.',
  'error.CREDENTIALS_INVALID': 'Versichertennummer, E-Mail-Adresse oder Passwort ist falsch.',
  'error.PASSKEY_UNKNOWN':
    'Dieser Passkey ist bei uns nicht registriert. Melden Sie sich mit Passwort an und fügen Sie den Passkey erneut hinzu.',
  'error.PASSKEY_INVALID':
    'Der Passkey konnte nicht geprüft werden. Versuchen Sie es erneut oder melden Sie sich mit Passwort an.',
  'error.CHALLENGE_EXPIRED': 'Das hat zu lange gedauert. Bitte versuchen Sie es erneut.',
  'error.SESSION_REQUIRED': sessionEnded,
  'error.SESSION_EXPIRED': sessionEnded,
  'error.RATE_LIMITED': (minutes) =>
    minutes === undefined
      ? 'Zu viele Versuche. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.'
      : `Zu viele Versuche. Bitte warten Sie ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} und versuchen Sie es dann erneut.`,
  'error.CONFIRMATION_REQUIRED':
    'Bitte bestätigen Sie zuerst mit Ihrem Passwort, dass Sie es sind.',
  'error.APPROVAL_REQUIRED': 'Bitte bestätigen Sie diese Änderung mit Ihrem Passkey.',
};
