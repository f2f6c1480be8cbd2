import type { AccountTerms, NewPasswordTerms } from './pk-account.terms.js';

const devices = (count: number) => (count === 1 ? '1 anderen Gerät' : `${count} anderen Geräten`);
const device = (browser?: string, system?: string) =>
  browser && system ? `${browser} unter ${system}` : (browser ?? system ?? 'Unbekanntes Gerät');

export const accountDe: AccountTerms = {
  'account.unavailable':
    'Das ist gerade nicht möglich. Bitte versuchen Sie es in einigen Minuten erneut.',
  'account.loadBusy': 'Ihre Einstellungen werden geladen …',
  'account.loadFailed': 'Ihre Einstellungen konnten nicht geladen werden',
  'account.cancel': 'Abbrechen',
  'account.backToOverview': 'Zurück zu den Einstellungen',
  'account.change': 'Ändern',

  'account.emailHeading': 'E-Mail-Adresse',
  'account.emailSummary': (email) => `Nachrichten zu Ihrem Konto gehen an ${email}.`,
  'account.passwordHeading': 'Passwort',
  'account.passwordSummary':
    'Mit Ihrem Passwort melden Sie sich an, wenn Sie keinen Passkey verwenden.',
  'account.sessionsHeading': 'Angemeldete Geräte',
  'account.sessionsSummary': (others) =>
    others === 0
      ? 'Sie sind nur auf diesem Gerät angemeldet.'
      : `Sie sind auf diesem und ${devices(others)} angemeldet.`,
  'account.sessionsShow': 'Geräte anzeigen',
  'account.endHeading': 'Registrierung aufheben',
  'account.endSummary':
    'Wenn Sie das Online-Portal nicht mehr nutzen möchten, heben Sie Ihre Registrierung auf. Ihre Versicherung bleibt davon unberührt.',

  'account.emailFormHeading': 'E-Mail-Adresse ändern',
  'account.emailIntro':
    'Wir schicken einen Code an die neue Adresse. Erst wenn Sie ihn eingeben, ändern wir Ihre Adresse.',
  'account.emailCurrent': (email) => `Ihre bisherige Adresse: ${email}`,
  'account.emailLabel': 'Neue E-Mail-Adresse',
  'account.emailHint': 'Zum Beispiel erika.mustermann@example.de',
  'account.email.empty': 'Geben Sie Ihre neue E-Mail-Adresse ein.',
  'account.email.format':
    'Geben Sie die E-Mail-Adresse vollständig ein, zum Beispiel erika.mustermann@example.de.',
  'account.email.unchanged':
    'Das ist Ihre bisherige Adresse. Geben Sie die neue E-Mail-Adresse ein.',
  'account.email.taken':
    'Diese Adresse gehört inzwischen zu einem anderen Konto. Geben Sie eine andere E-Mail-Adresse ein.',
  'account.emailSubmit': 'Code senden',
  'account.emailBusy': 'Code wird gesendet …',

  'account.codeHeading': 'Code eingeben',
  'account.codeSent': (email, minutes) =>
    `Wir haben einen Code an ${email} geschickt. Er gilt ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}.`,
  'account.codeLabel': 'Code aus der E-Mail',
  'account.codeHint': '6 Ziffern, zum Beispiel 123456',
  'account.code.empty': 'Geben Sie den Code aus der E-Mail ein.',
  'account.code.format': 'Geben Sie die 6 Ziffern aus der E-Mail ein, zum Beispiel 123456.',
  'account.codeSubmit': 'Adresse bestätigen',
  'account.codeBusy': 'Wird geprüft …',
  'account.noCode':
    'Keinen Code erhalten? Sehen Sie auch im Spam-Ordner nach und prüfen Sie die Adresse. Stimmt sie nicht, brechen Sie ab und geben Sie sie neu ein.',
  'account.resend': 'Code erneut senden',
  'account.resendBusy': 'Wird angefordert …',
  'account.resendWait': (seconds) =>
    `Sie können in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'} einen neuen Code anfordern.`,
  'account.resent': 'Neuer Code gesendet.',
  'account.resendReady': 'Sie können jetzt einen neuen Code anfordern.',

  'account.emailDoneHeading': 'Ihre E-Mail-Adresse ist geändert',
  'account.emailDone': (email) => `Nachrichten zu Ihrem Konto gehen ab jetzt an ${email}.`,
  'account.emailDoneNotice':
    'An Ihre bisherige Adresse haben wir eine Nachricht über die Änderung geschickt.',

  'account.passwordFormHeading': 'Passwort ändern',
  'account.passwordIntro':
    'Geben Sie Ihr aktuelles Passwort und ein neues ein. Danach melden wir Sie auf allen anderen Geräten ab.',
  'account.currentLabel': 'Aktuelles Passwort',
  'account.currentShow': 'Aktuelles Passwort anzeigen',
  'account.currentHide': 'Aktuelles Passwort verbergen',
  'account.current.empty': 'Geben Sie Ihr aktuelles Passwort ein.',
  'account.current.wrong':
    'Das aktuelle Passwort stimmt nicht. Geben Sie das Passwort ein, mit dem Sie sich anmelden.',
  'account.passwordSubmit': 'Passwort ändern',
  'account.passwordBusy': 'Wird gespeichert …',
  'account.passwordDoneHeading': 'Passwort geändert',
  'account.passwordDone':
    'Ihr Passwort ist geändert. Auf allen anderen Geräten wurden Sie abgemeldet.',
  'account.passwordDoneNotice':
    'Wir haben Ihnen eine Nachricht über die Änderung geschickt. Wenn Sie das Passwort nicht selbst geändert haben, rufen Sie uns bitte an.',

  'account.sessionsIntro':
    'Hier sind Sie angemeldet. Kennen Sie ein Gerät nicht, melden Sie es ab und ändern Sie Ihr Passwort.',
  'account.sessionsLabel': 'Ihre angemeldeten Geräte',
  'account.thisDevice': 'Dieses Gerät',
  'account.device': device,
  'account.method.password': 'Mit Passwort angemeldet',
  'account.method.passkey': 'Mit Passkey angemeldet',
  'account.signedInSince': (when) => `Angemeldet seit ${when}`,
  'account.lastSeen': (when) => `Zuletzt aktiv ${when}`,
  'account.endSession': 'Abmelden',
  'account.endSessionBusy': 'Wird abgemeldet …',
  'account.endOthers': 'Alle anderen Geräte abmelden',
  'account.onlyThisDevice': 'Sie sind nur auf diesem Gerät angemeldet.',
  'account.sessionEnded': (browser, system) => `${device(browser, system)} ist abgemeldet.`,
  'account.sessionGone': 'Dieses Gerät war schon abgemeldet. Die Liste ist jetzt aktuell.',
  'account.othersEnded': 'Sie sind auf allen anderen Geräten abgemeldet.',
  'account.endOthersHeading': 'Alle anderen Geräte abmelden?',
  'account.endOthersText': (others) =>
    `Wir melden Sie auf ${devices(others)} ab. Dort müssen Sie sich neu anmelden. Auf diesem Gerät bleiben Sie angemeldet.`,
  'account.endOthersSubmit': 'Ja, alle anderen abmelden',

  'account.endIntro': 'Wenn Sie Ihre Registrierung aufheben, geschieht Folgendes:',
  'account.endPasskeys': (passkeys) =>
    `Ihr Passwort, ${passkeys === 1 ? 'Ihr Passkey' : passkeys === 0 ? 'Ihre Passkeys' : `Ihre ${passkeys} Passkeys`} und alle Anmeldungen auf Ihren Geräten werden entfernt.`,
  'account.endData':
    'Wir löschen Ihre Daten im Online-Portal. Nur was wir aus rechtlichen Gründen aufbewahren müssen, bleibt im Protokoll.',
  'account.endLetter': 'Wir bestätigen Ihnen die Aufhebung per Brief.',
  'account.endNoWayBack':
    'Danach können Sie sich nicht mehr anmelden. Um das Portal wieder zu nutzen, registrieren Sie sich neu.',
  'account.endApproval': 'Sie geben die Aufhebung mit Ihrem Passkey frei.',
  'account.endNeedsPasskey':
    'Sie geben die Aufhebung mit einem Passkey frei. Legen Sie dafür zuerst einen Passkey an.',
  'account.endAddPasskey': 'Passkey anlegen',
  'account.endSubmit': 'Registrierung aufheben',
  'account.endBusy': 'Wird vorbereitet …',
  'account.endDoneHeading': 'Ihre Registrierung ist aufgehoben',
  'account.endDoneText':
    'Sie sind abgemeldet. Ihre Passkeys und Ihre Daten im Online-Portal sind gelöscht.',
  'account.endDoneLetter': 'Zur Bestätigung schicken wir Ihnen einen Brief.',
  'account.endDoneLink': 'Zur Startseite',

  'error.CODE_INVALID':
    'Der Code stimmt nicht oder ist abgelaufen. Prüfen Sie den Code oder fordern Sie einen neuen an.',
  'error.CODE_LOCKED':
    'Der Code wurde zu oft falsch eingegeben und gilt nicht mehr. Lassen Sie sich einen neuen Code schicken.',
  'error.PASSWORD_REJECTED': 'Wählen Sie ein anderes Passwort.',
};

export const newPasswordDe: NewPasswordTerms = {
  'password.label': 'Neues Passwort',
  'password.show': 'Neues Passwort anzeigen',
  'password.hide': 'Neues Passwort verbergen',
  'password.empty': 'Geben Sie ein neues Passwort ein.',
};
