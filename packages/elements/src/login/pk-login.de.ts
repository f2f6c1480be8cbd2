import type { LoginTerms } from './pk-login.terms.js';

export const loginDe: LoginTerms = {
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

  'login.submit': 'Anmelden',
  'login.submitBusy': 'Wird angemeldet …',
  'login.passkeyIntro':
    'Mit einem Passkey melden Sie sich per Fingerabdruck, Gesichtserkennung oder Geräte-PIN an – ohne Passwort.',
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

  'error.CREDENTIALS_INVALID': 'Versichertennummer, E-Mail-Adresse oder Passwort ist falsch.',
  'error.PASSKEY_UNKNOWN':
    'Dieser Passkey ist bei uns nicht registriert. Melden Sie sich mit Passwort an und fügen Sie den Passkey erneut hinzu.',
  'error.PASSKEY_INVALID':
    'Der Passkey konnte nicht geprüft werden. Versuchen Sie es erneut oder melden Sie sich mit Passwort an.',
};
