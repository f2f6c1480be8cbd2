import type { PasskeysTerms } from './pk-passkeys.terms.js';

export const passkeysDe: PasskeysTerms = {
  'passkeys.listLabel': 'Ihre Passkeys',
  'passkeys.loading': 'Ihre Passkeys werden geladen …',
  'passkeys.empty':
    'Sie haben noch keinen Passkey. Mit einem Passkey melden Sie sich per Fingerabdruck, Gesichtserkennung oder Geräte-PIN an – ohne Passwort.',
  'passkeys.createdAt': (date) => `Hinzugefügt am ${date}`,
  'passkeys.lastUsedAt': (date) => `Zuletzt verwendet am ${date}`,
  'passkeys.neverUsed': 'Noch nie verwendet',
  'passkeys.synced': 'Synchronisiert – auf Ihren Geräten mit demselben Konto verfügbar',
  'passkeys.deviceBound': 'Nur auf dem Gerät, auf dem er angelegt wurde',
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
  'passkeys.renameShort': 'Umbenennen',
  'passkeys.rename': (name) => `„${name}“ umbenennen`,
  'passkeys.removeShort': 'Entfernen',
  'passkeys.remove': (name) => `„${name}“ entfernen`,

  'passkeys.nameLabel': 'Name des Passkeys',
  'passkeys.nameHint':
    'Ein Name, an dem Sie ihn erkennen, höchstens 64 Zeichen, zum Beispiel „iPhone von Erika“',
  'passkeys.nameEmpty': 'Geben Sie einen Namen für den Passkey ein.',
  'passkeys.nameTooLong': 'Der Name darf höchstens 64 Zeichen lang sein.',
  'passkeys.nameInvalid': 'Der Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten.',
  'passkeys.renameSave': 'Speichern',
  'passkeys.renameBusy': 'Wird gespeichert …',
  'passkeys.renameCancel': 'Abbrechen',
  'passkeys.renamed': (name) => `Der Passkey heißt jetzt „${name}“.`,
  'passkeys.renameFailed':
    'Der Passkey kann gerade nicht umbenannt werden. Bitte versuchen Sie es in einigen Minuten erneut.',

  'passkeys.removeHeading': (name) => `„${name}“ entfernen?`,
  'passkeys.removeIntro':
    'Danach können Sie sich mit diesem Passkey nicht mehr anmelden. Sie geben das Entfernen mit einem Ihrer anderen Passkeys frei.',
  'passkeys.removeSubmit': 'Passkey entfernen',
  'passkeys.removeBusy': 'Wird gesendet …',
  'passkeys.removeCancel': 'Abbrechen',
  'passkeys.removeAgain': 'Zurück zu Ihren Passkeys',
  'passkeys.removed': (name) => `Der Passkey „${name}“ wurde entfernt.`,
  'passkeys.removeFailed':
    'Der Passkey kann gerade nicht entfernt werden. Bitte versuchen Sie es in einigen Minuten erneut.',
  'passkeys.removeLastHeading': (name) => `Ihren letzten Passkey „${name}“ entfernen?`,
  'passkeys.removeLastWarning':
    'Das ist Ihr einziger Passkey. Danach melden Sie sich mit Ihrem Passwort an, und Änderungen Ihrer Anschrift oder Bankverbindung sind erst wieder möglich, wenn Sie einen neuen Passkey angelegt haben.',
  'passkeys.removeLastIntro': 'Bestätigen Sie das Entfernen mit Ihrem Passwort.',
  'passkeys.removeLastBusy': 'Wird entfernt …',

  'passkeys.offerHeading': 'Schneller und sicherer anmelden',
  'passkeys.offerIntro':
    'Legen Sie einen Passkey an: Damit melden Sie sich per Fingerabdruck, Gesichtserkennung oder Geräte-PIN an – ohne Passwort.',
  'passkeys.offerAccept': 'Passkey anlegen',
  'passkeys.offerDismiss': 'Nicht jetzt',
  'passkeys.offerDismissed':
    'In Ordnung, wir fragen Sie vorerst nicht wieder. Einen Passkey können Sie jederzeit in Ihrem Konto anlegen.',
};
