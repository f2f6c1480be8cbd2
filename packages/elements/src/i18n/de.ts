import type { Messages } from './messages.js';

const unavailable =
  'Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.';
const sessionEnded = 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';
const passkeyIntro =
  'Mit einem Passkey melden Sie sich per Fingerabdruck, Gesichtserkennung oder Geräte-PIN an – ohne Passwort.';

export const de: Messages = {
  'common.errorSummaryHeading': 'Es gibt ein Problem',
  'common.errorPrefix': 'Fehler:',
  'common.retry': 'Erneut versuchen',

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

  'password.label': 'Passwort',
  'password.show': 'Passwort anzeigen',
  'password.hide': 'Passwort verbergen',
  'password.shown': 'Ihr Passwort wird angezeigt.',
  'password.hidden': 'Ihr Passwort wird verborgen.',
  'password.empty': 'Geben Sie Ihr Passwort ein.',

  'login.submit': 'Anmelden',
  'login.submitBusy': 'Wird angemeldet …',
  'login.passkeyIntro': passkeyIntro,
  'login.passkeySubmit': 'Mit Passkey anmelden',
  'login.passkeyBusy': 'Warten auf Ihren Passkey …',
  'login.passkeyCancelled': 'Die Anmeldung mit Passkey wurde abgebrochen.',
  'login.passkeyFailed':
    'Die Anmeldung mit Passkey hat nicht geklappt. Versuchen Sie es erneut oder melden Sie sich mit Passwort an.',
  'login.passkeyUnsupported':
    'Ihr Browser unterstützt keine Passkeys. Melden Sie sich mit Passwort an.',
  'login.passkeyOnlyUnsupported':
    'Ihr Browser unterstützt keine Passkeys. Verwenden Sie einen aktuellen Browser oder ein anderes Gerät.',
  'login.unavailable':
    'Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es in einigen Minuten erneut.',
  'login.success': 'Sie sind angemeldet.',

  'passkeys.listLabel': 'Ihre Passkeys',
  'passkeys.loading': 'Ihre Passkeys werden geladen …',
  'passkeys.empty': `Sie haben noch keinen Passkey. ${passkeyIntro}`,
  'passkeys.createdAt': (date) => `Hinzugefügt am ${date}`,
  'passkeys.lastUsedAt': (date) => `Zuletzt verwendet am ${date}`,
  'passkeys.neverUsed': 'Noch nicht verwendet',
  'passkeys.synced': 'Synchronisiert: auf Ihren Geräten mit demselben Konto nutzbar',
  'passkeys.deviceBound': 'Nur auf einem Gerät gespeichert',
  'passkeys.add': 'Dieses Gerät als Passkey hinzufügen',
  'passkeys.addBusy': 'Passkey wird hinzugefügt …',
  'passkeys.added': 'Passkey hinzugefügt. Sie können sich ab jetzt mit diesem Gerät anmelden.',
  'passkeys.addCancelled': 'Das Hinzufügen des Passkeys wurde abgebrochen.',
  'passkeys.addFailed':
    'Der Passkey konnte nicht hinzugefügt werden. Bitte versuchen Sie es erneut.',
  'passkeys.loadFailed':
    'Ihre Passkeys können gerade nicht angezeigt werden. Bitte versuchen Sie es in einigen Minuten erneut.',
  'passkeys.unsupported':
    'Ihr Browser unterstützt keine Passkeys. Verwenden Sie einen aktuellen Browser oder ein anderes Gerät, um einen Passkey hinzuzufügen.',

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
  'error.APPROVAL_REQUIRED': 'Bitte bestätigen Sie diese Änderung mit Ihrem Passkey.',
  'error.ORIGIN_FORBIDDEN': unavailable,
  'error.CONTENT_TYPE_UNSUPPORTED': unavailable,
  'error.NOT_FOUND': unavailable,
  'error.METHOD_NOT_ALLOWED': unavailable,
  'error.INTERNAL': unavailable,
  'error.NETWORK': unavailable,
  'error.RESPONSE_INVALID': unavailable,
  'error.PASSKEY_CANCELLED': 'Der Vorgang mit dem Passkey wurde abgebrochen.',
  'error.PASSKEY_UNSUPPORTED': 'Ihr Browser unterstützt keine Passkeys.',
  'error.PASSKEY_FAILED': 'Mit dem Passkey hat es nicht geklappt. Bitte versuchen Sie es erneut.',
};
