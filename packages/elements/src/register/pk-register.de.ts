import type { RegisterTerms } from './pk-register.terms.js';

export const registerDe: RegisterTerms = {
  'register.progress': (step, of) => `Schritt ${step} von ${of}`,
  'register.back': 'Zurück',
  'register.loading': 'Wird geladen …',
  'register.unavailable':
    'Die Registrierung ist gerade nicht möglich. Bitte versuchen Sie es in einigen Minuten erneut.',

  'register.identifyHeading': 'Ihre Angaben',
  'register.identifyIntro':
    'Wir prüfen Ihre Angaben und schicken Ihnen einen Brief mit Ihrem Aktivierungscode.',
  'register.kvnrLabel': 'Versichertennummer',
  'register.kvnrHint': 'Sie steht auf Ihrer Gesundheitskarte, zum Beispiel A123456780.',
  'register.kvnr.empty': 'Geben Sie Ihre Versichertennummer ein.',
  'register.kvnr.format':
    'Geben Sie Ihre Versichertennummer ein, wie sie auf Ihrer Gesundheitskarte steht, zum Beispiel A123456780.',
  'register.kvnr.checkDigit':
    'Diese Versichertennummer ist nicht gültig. Prüfen Sie die Nummer auf Ihrer Gesundheitskarte.',
  'register.postcodeLabel': 'Postleitzahl',
  'register.postcodeHint': 'Von der Anschrift, unter der Sie bei uns versichert sind.',
  'register.postcode.empty': 'Geben Sie Ihre Postleitzahl ein.',
  'register.postcode.format': 'Geben Sie eine Postleitzahl mit 5 Ziffern ein, zum Beispiel 10115.',
  'register.birthDateLegend': 'Geburtsdatum',
  'register.birthDateHint': 'Zum Beispiel 27 3 1964',
  'register.day': 'Tag',
  'register.month': 'Monat',
  'register.year': 'Jahr',
  'register.birthDate.empty': 'Geben Sie Ihr Geburtsdatum ein.',
  'register.birthDate.incomplete': 'Geben Sie Tag, Monat und Jahr Ihrer Geburt ein.',
  'register.birthDate.invalid':
    'Geben Sie ein Geburtsdatum ein, das es gibt, mit vierstelligem Jahr, zum Beispiel 27 3 1964.',
  'register.birthDate.future': 'Ihr Geburtsdatum muss in der Vergangenheit liegen.',
  'register.birthDate.tooOld': 'Prüfen Sie das Jahr Ihrer Geburt.',
  'register.emailLabel': 'E-Mail-Adresse',
  'register.emailHint':
    'Dorthin schicken wir eine Bestätigung, sobald Ihr Zugang eingerichtet ist.',
  'register.email.empty': 'Geben Sie Ihre E-Mail-Adresse ein.',
  'register.email.format':
    'Geben Sie Ihre E-Mail-Adresse vollständig ein, zum Beispiel name@beispiel.de.',
  'register.cardNumberLabel': 'Die letzten 6 Ziffern Ihrer Kartennummer',
  'register.cardNumberHint':
    'Die Kartennummer hat 20 Ziffern und steht auf der Rückseite Ihrer Gesundheitskarte.',
  'register.cardNumber.empty': 'Geben Sie die letzten 6 Ziffern Ihrer Kartennummer ein.',
  'register.cardNumber.format': 'Geben Sie genau 6 Ziffern ein, die letzten Ihrer Kartennummer.',
  'register.identifySubmit': 'Aktivierungsbrief anfordern',
  'register.identifyBusy': 'Wird angefordert …',

  'register.letterHeading': 'Aktivierungsbrief angefordert',
  'register.letterText':
    'Wenn Ihre Angaben mit unseren Daten übereinstimmen, schicken wir Ihnen einen Aktivierungsbrief. Er kommt in der Regel innerhalb von 2 bis 3 Werktagen an.',
  'register.letterNext':
    'Ist der Brief da, öffnen Sie diese Seite wieder oder scannen Sie den QR-Code im Brief.',
  'register.letterContinue': 'Aktivierungscode eingeben',

  'register.activateHeading': 'Aktivierungscode eingeben',
  'register.activateIntro': 'Den Code haben wir Ihnen per Brief an Ihre Anschrift geschickt.',
  'register.codePrefilled':
    'Der Aktivierungscode aus Ihrem Brief ist schon eingetragen. Geben Sie noch Ihre Versichertennummer ein.',
  'register.codeLabel': 'Aktivierungscode',
  'register.codeHint': 'Er steht in Ihrem Brief, zum Beispiel K7QM-X4TP-9WHR.',
  'register.code.empty': 'Geben Sie den Aktivierungscode aus Ihrem Brief ein.',
  'register.code.format':
    'Der Aktivierungscode hat 12 Zeichen. Geben Sie ihn ein, wie er im Brief steht, zum Beispiel K7QM-X4TP-9WHR.',
  'register.noLetter':
    'Keinen Brief erhalten oder den Code verloren? Gehen Sie zurück und fordern Sie einen neuen an.',
  'register.activateSubmit': 'Zugang aktivieren',
  'register.activateBusy': 'Wird geprüft …',

  'register.passwordHeading': 'Passwort festlegen',
  'register.greeting': (name) => `Willkommen, ${name}! Ihr Zugang ist aktiviert.`,
  'register.activated': 'Ihr Zugang ist aktiviert.',
  'register.passwordSubmit': 'Passwort speichern',
  'register.passwordBusy': 'Wird gespeichert …',

  'register.passkeyHeading': 'Dieses Gerät verbinden',
  'register.passkeyIntro':
    'Mit einem Passkey melden Sie sich per Fingerabdruck, Gesichtserkennung oder Geräte-PIN an – ohne Passwort. Mit ihm bestätigen Sie auch Änderungen Ihrer Anschrift oder Bankverbindung.',
  'register.passkeyCreate': 'Passkey erstellen',
  'register.passkeyBusy': 'Warten auf Ihren Passkey …',
  'register.passkeyLater': 'Später',
  'register.passkeyCancelled': 'Das Erstellen des Passkeys wurde abgebrochen.',
  'register.passkeyFailed':
    'Der Passkey konnte nicht erstellt werden. Versuchen Sie es erneut oder wählen Sie „Später“.',
  'register.passkeyUnsupported':
    'Ihr Browser unterstützt keine Passkeys. Sie können später mit einem anderen Gerät einen Passkey hinzufügen.',
  'register.laterHeading': 'Ohne Passkey weiter?',
  'register.laterText':
    'Sie melden sich dann mit Ihrem Passwort an. Um Ihre Anschrift oder Bankverbindung zu ändern, brauchen Sie aber einen Passkey: Mit ihm bestätigen Sie, dass wirklich Sie die Änderung vornehmen. Sie können ihn jederzeit in Ihrem Konto hinzufügen.',
  'register.laterContinue': 'Ohne Passkey weiter',

  'register.doneHeading': 'Ihr Zugang ist eingerichtet',
  'register.doneText':
    'Sie sind angemeldet. Sie können jetzt Ihre Anliegen online erledigen, zum Beispiel Unterlagen hochladen.',
  'register.donePasskey': 'Ab jetzt melden Sie sich mit diesem Gerät per Passkey an.',
  'register.doneNoPasskey':
    'Für Änderungen Ihrer Anschrift oder Bankverbindung fügen Sie in Ihrem Konto einen Passkey hinzu.',

  'error.CODE_INVALID':
    'Der Aktivierungscode stimmt nicht oder ist abgelaufen. Prüfen Sie den Code und Ihre Versichertennummer.',
  'error.CODE_LOCKED':
    'Der Aktivierungscode wurde zu oft falsch eingegeben und ist gesperrt. Fordern Sie einen neuen Brief an.',
  'error.REGISTRATION_REQUIRED':
    'Ihre Aktivierung ist in diesem Browser abgelaufen. Geben Sie den Aktivierungscode erneut ein.',
  'error.PASSWORD_REJECTED': 'Wählen Sie ein anderes Passwort.',
};
