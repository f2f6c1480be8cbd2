import type { LoginTerms } from './pk-login.terms.js';

export const loginDe: LoginTerms = {
  'login.submit': 'Anmelden',
  'login.submitBusy': 'Wird angemeldet …',
  'login.forgotPassword': 'Passwort vergessen?',
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
