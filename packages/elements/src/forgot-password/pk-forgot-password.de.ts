import type { ForgotPasswordTerms } from './pk-forgot-password.terms.js';

export const forgotPasswordDe: ForgotPasswordTerms = {
  'forgotPassword.unavailable':
    'Ein neues Passwort festzulegen ist gerade nicht möglich. Bitte versuchen Sie es in einigen Minuten erneut.',
  'forgotPassword.back': 'Zurück',

  'forgotPassword.identifyHeading': 'Passwort vergessen',
  'forgotPassword.identifyIntro':
    'Geben Sie an, mit welchem Konto Sie sich anmelden. Danach wählen Sie, wie Sie sich ausweisen: mit einem Code per E-Mail, SMS oder Brief oder mit Ihrem Passkey.',
  'forgotPassword.identifySubmit': 'Weiter',

  'forgotPassword.methodHeading': 'Wie möchten Sie sich ausweisen?',
  'forgotPassword.methodIntro':
    'Wenn wir Ihr Konto kennen, schicken wir Ihnen einen Code auf dem Weg, den Sie wählen.',
  'forgotPassword.methodLegend': 'Ihr Weg zum neuen Passwort',
  'forgotPassword.method.email': 'Code per E-Mail',
  'forgotPassword.method.emailHint':
    'An die E-Mail-Adresse Ihres Kontos. Er kommt in wenigen Minuten.',
  'forgotPassword.method.sms': 'Code per SMS',
  'forgotPassword.method.smsHint': 'An die Handynummer, die Sie bei uns bestätigt haben.',
  'forgotPassword.method.letter': 'Neuer Aktivierungscode per Brief',
  'forgotPassword.method.letterHint':
    'An Ihre Anschrift. Der Brief kommt in der Regel in 2 bis 3 Werktagen.',
  'forgotPassword.method.passkey': 'Mit meinem Passkey',
  'forgotPassword.method.passkeyHint':
    'Mit einem Passkey weisen Sie sich per Fingerabdruck, Gesichtserkennung oder Geräte-PIN aus – ohne Code.',
  'forgotPassword.method.empty': 'Wählen Sie, wie Sie sich ausweisen möchten.',
  'forgotPassword.methodSubmit': 'Weiter',
  'forgotPassword.haveCode': 'Ich habe schon einen Code',
  'forgotPassword.requestBusy': 'Wird angefordert …',
  'forgotPassword.passkeyBusy': 'Warten auf Ihren Passkey …',
  'forgotPassword.passkeyCancelled':
    'Die Anfrage an Ihren Passkey wurde abgebrochen. Versuchen Sie es erneut oder wählen Sie einen anderen Weg.',
  'forgotPassword.passkeyUnknown':
    'Mit diesem Passkey konnten wir Sie nicht ausweisen. Versuchen Sie es mit einem anderen Passkey oder lassen Sie sich einen Code schicken.',
  'forgotPassword.passkeyFailed':
    'Mit dem Passkey hat es nicht geklappt. Versuchen Sie es erneut oder wählen Sie einen anderen Weg.',
  'forgotPassword.passkeyUnsupported':
    'Ihr Browser unterstützt keine Passkeys. Wählen Sie einen anderen Weg.',

  'forgotPassword.codeHeading': 'Code eingeben',
  'forgotPassword.codeSent.email':
    'Wenn wir Ihr Konto kennen, haben wir Ihnen einen Code an die E-Mail-Adresse Ihres Kontos geschickt. Er gilt 10 Minuten.',
  'forgotPassword.codeSent.sms':
    'Wenn wir Ihr Konto kennen und es eine bestätigte Handynummer hat, haben wir Ihnen einen Code per SMS geschickt. Er gilt 10 Minuten.',
  'forgotPassword.codeSent.letter': 'Geben Sie den Code aus Ihrem Brief ein.',
  'forgotPassword.codeIntro':
    'Geben Sie den Code aus Ihrer E-Mail, Ihrer SMS oder Ihrem Brief ein.',
  'forgotPassword.codePrefilled':
    'Der Code aus Ihrem Brief ist schon eingetragen. Geben Sie noch Ihre Versichertennummer oder E-Mail-Adresse ein.',
  'forgotPassword.codeLabel': 'Code',
  'forgotPassword.codeHint':
    '6 Ziffern aus der E-Mail oder SMS, oder der Code aus Ihrem Brief, zum Beispiel K7QM-X4TP-9WHR.',
  'forgotPassword.code.empty': 'Geben Sie den Code ein.',
  'forgotPassword.code.format':
    'Geben Sie die 6 Ziffern aus der E-Mail oder SMS ein, oder den Code aus Ihrem Brief mit 12 Zeichen, zum Beispiel K7QM-X4TP-9WHR.',
  'forgotPassword.codeSubmit': 'Code prüfen',
  'forgotPassword.codeBusy': 'Wird geprüft …',
  'forgotPassword.noCode':
    'Keinen Code erhalten? Sehen Sie auch im Spam-Ordner nach, fordern Sie einen neuen Code an oder wählen Sie einen anderen Weg.',
  'forgotPassword.resend': 'Code erneut senden',
  'forgotPassword.resendWait': (seconds) =>
    `Sie können in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'} einen neuen Code anfordern.`,
  'forgotPassword.resent': 'Neuer Code gesendet.',
  'forgotPassword.resendReady': 'Sie können jetzt einen neuen Code anfordern.',
  'forgotPassword.otherWay': 'Anderen Weg wählen',

  'forgotPassword.letterHeading': 'Brief angefordert',
  'forgotPassword.letterText':
    'Wenn wir Ihr Konto kennen, schicken wir Ihnen einen Brief mit einem neuen Aktivierungscode an Ihre Anschrift. Er kommt in der Regel innerhalb von 2 bis 3 Werktagen an.',
  'forgotPassword.letterNext':
    'Ist der Brief da, scannen Sie den QR-Code im Brief oder öffnen Sie diese Seite wieder und wählen Sie „Ich habe schon einen Code“.',
  'forgotPassword.letterContinue': 'Code aus dem Brief eingeben',

  'forgotPassword.passwordHeading': 'Neues Passwort festlegen',
  'forgotPassword.greeting': (name) => `Hallo ${name}, Sie haben sich ausgewiesen.`,
  'forgotPassword.verified': 'Sie haben sich ausgewiesen.',
  'forgotPassword.noticeTo': (places) =>
    `Über die Änderung benachrichtigen wir Sie an ${places.join(' und ')}.`,
  'forgotPassword.passwordSubmit': 'Passwort speichern',
  'forgotPassword.passwordBusy': 'Wird gespeichert …',

  'forgotPassword.doneHeading': 'Ihr Passwort ist geändert',
  'forgotPassword.doneText':
    'Sie sind angemeldet. Auf allen anderen Geräten haben wir Sie abgemeldet.',
  'forgotPassword.doneNotice':
    'Wir haben Ihnen eine Nachricht über die Änderung geschickt. Wenn Sie das Passwort nicht selbst geändert haben, rufen Sie uns bitte an.',

  'error.CODE_INVALID':
    'Der Code stimmt nicht oder ist abgelaufen. Prüfen Sie den Code oder fordern Sie einen neuen an.',
  'error.CODE_LOCKED':
    'Der Code wurde zu oft falsch eingegeben und gilt nicht mehr. Fordern Sie einen neuen Code an.',
  'error.PASSWORD_REJECTED': 'Wählen Sie ein anderes Passwort.',
  'error.RESET_REQUIRED':
    'Die Zeit, ein neues Passwort festzulegen, ist abgelaufen. Fordern Sie einen neuen Code an oder verwenden Sie Ihren Passkey.',
};
