import type { PasskeysTerms } from './pk-passkeys.terms.js';

export const passkeysDe: PasskeysTerms = {
  'passkeys.listLabel': 'Ihre Passkeys',
  'passkeys.loading': 'Ihre Passkeys werden geladen …',
  'passkeys.empty':
    'Sie haben noch keinen Passkey. Mit einem Passkey melden Sie sich per Fingerabdruck, Gesichtserkennung oder Geräte-PIN an – ohne Passwort.',
  'passkeys.createdAt': (date) => `Hinzugefügt am ${date}`,
  'passkeys.lastUsedAt': (date) => `Zuletzt verwendet am ${date}`,
  'passkeys.neverUsed': 'Noch nicht verwendet',
  'passkeys.synced': 'Synchronisiert: auf Ihren Geräten mit demselben Konto nutzbar',
  'passkeys.deviceBound': 'Nur auf einem Gerät gespeichert',
  'passkeys.add': 'Dieses Gerät als Passkey hinzufügen',
  'passkeys.addBusy': 'Passkey wird hinzugefügt …',
  'passkeys.added': 'Passkey hinzugefügt. Sie können sich ab jetzt mit diesem Gerät anmelden.',
  'passkeys.addUnavailable':
    'Ein Passkey kann gerade nicht hinzugefügt werden. Bitte versuchen Sie es in einigen Minuten erneut.',
  'passkeys.addCancelled': 'Das Hinzufügen des Passkeys wurde abgebrochen.',
  'passkeys.addFailed':
    'Der Passkey konnte nicht hinzugefügt werden. Bitte versuchen Sie es erneut.',
  'passkeys.loadFailed':
    'Ihre Passkeys können gerade nicht angezeigt werden. Bitte versuchen Sie es in einigen Minuten erneut.',
  'passkeys.unsupported':
    'Ihr Browser unterstützt keine Passkeys. Verwenden Sie einen aktuellen Browser oder ein anderes Gerät, um einen Passkey hinzuzufügen.',

  'passkeys.confirmHeading': 'Mit Ihrem Passwort bestätigen',
  'passkeys.confirmIntro':
    'Bitte bestätigen Sie mit Ihrem Passwort, dass Sie es sind. So schützen wir Ihr Konto, bevor ein neuer Passkey hinzukommt.',
  'passkeys.confirmSubmit': 'Bestätigen und Passkey hinzufügen',
  'passkeys.confirmBusy': 'Wird bestätigt …',
  'passkeys.confirmCancel': 'Abbrechen',
  'passkeys.passwordWrong': 'Das Passwort ist falsch.',
};
