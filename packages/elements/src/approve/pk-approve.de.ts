import type { ApproveTerms } from './pk-approve.terms.js';

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
const notDone = 'Die Änderung wurde nicht ausgeführt.';
const again = 'Wenn Sie die Änderung möchten, geben Sie sie bitte erneut ein.';

export const approveDe: ApproveTerms = {
  'approve.unavailable':
    'Die Freigabe ist gerade nicht möglich. Bitte versuchen Sie es in einigen Minuten erneut.',
  'approve.heading': (title) => `Bitte freigeben: ${title}`,
  'approve.intro':
    'Prüfen Sie, was sich ändert. Die Änderung wird erst ausgeführt, wenn Sie sie mit Ihrem Passkey freigeben.',
  'approve.from': 'bisher:',
  'approve.to': 'neu:',
  'approve.passkey': 'Mit Passkey freigeben',
  'approve.passkeyHint':
    'Mit einem Passkey bestätigen Sie per Fingerabdruck, Gesichtserkennung oder Geräte-PIN, dass Sie es sind.',
  'approve.phone': 'Auf meinem Smartphone freigeben',
  'approve.deny': 'Ablehnen',
  'approve.loadBusy': 'Wird geladen …',
  'approve.passkeyBusy': 'Warten auf Ihren Passkey …',
  'approve.handoffBusy': 'Wird vorbereitet …',
  'approve.denyBusy': 'Wird abgelehnt …',
  'approve.pickBusy': 'Wird geprüft …',
  'approve.passkeyCancelled':
    'Die Anfrage an Ihren Passkey wurde abgebrochen. Versuchen Sie es erneut oder lehnen Sie die Änderung ab.',
  'approve.passkeyUnknown':
    'Dieser Passkey gehört nicht zu Ihrem Konto. Versuchen Sie es mit einem anderen Passkey.',
  'approve.passkeyFailed': 'Mit dem Passkey hat es nicht geklappt. Bitte versuchen Sie es erneut.',
  'approve.passkeyUnsupported':
    'Ihr Browser unterstützt keine Passkeys. Geben Sie die Änderung auf Ihrem Smartphone frei.',
  'approve.notFound': `Diese Freigabe-Anfrage gibt es nicht oder nicht mehr. ${notDone} ${again}`,
  'approve.linkInvalid':
    'Dieser Link gilt nicht mehr. Wählen Sie auf Ihrem anderen Gerät erneut „Auf meinem Smartphone freigeben“ und scannen Sie den neuen QR-Code.',
  'approve.failedHeading': 'Freigabe nicht möglich',

  'approve.handoffHeading': 'Auf Ihrem Smartphone freigeben',
  'approve.handoffScan':
    'Scannen Sie den QR-Code mit der Kamera Ihres Smartphones. Melden Sie sich dort an, falls Sie danach gefragt werden.',
  'approve.qrLabel': 'QR-Code: öffnet diese Freigabe auf Ihrem Smartphone',
  'approve.handoffLink': 'Oder geben Sie diese Adresse im Browser Ihres Smartphones ein:',
  'approve.numberLabel': 'Ihre Zahl',
  'approve.numberHint':
    'Ihr Smartphone fragt Sie nach dieser Zahl. Wählen Sie dort dieselbe Zahl und geben Sie die Änderung mit Ihrem Passkey frei.',
  'approve.timeLeft': (seconds) => `Noch ${clock(seconds)} Minuten`,
  'approve.timeLeftSpoken': (seconds) => {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    const parts = [
      minutes > 0 ? `${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}` : '',
      rest > 0 ? `${rest} Sekunden` : '',
    ];
    return `Die Anfrage gilt noch ${parts.filter(Boolean).join(' und ')}.`;
  },
  'approve.waiting': (minutes) =>
    `Warten auf Ihre Freigabe auf dem Smartphone. Die Anfrage gilt noch ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}.`,
  'approve.lastMinute': 'Die Anfrage gilt nur noch 1 Minute.',
  'approve.cancel': 'Abbrechen',

  'approve.pickLegend': 'Welche Zahl zeigt Ihr anderes Gerät?',
  'approve.pickHint':
    'Wählen Sie die Zahl, die auf dem Bildschirm Ihres anderen Geräts steht. Steht dort keine dieser Zahlen, lehnen Sie ab.',
  'approve.pickEmpty': 'Wählen Sie die Zahl, die Ihr anderes Gerät zeigt.',
  'approve.pickSubmit': 'Weiter',

  'approve.approvedHeading': 'Änderung freigegeben',
  'approve.approvedText':
    'Sie haben die Änderung mit Ihrem Passkey freigegeben. Sie ist jetzt ausgeführt, und wir schicken Ihnen eine Bestätigung.',
  'approve.deniedHeading': 'Änderung abgelehnt',
  'approve.deniedText': `Die Anfrage ist abgelehnt. ${notDone} ${again}`,
  'approve.expiredHeading': 'Zeit abgelaufen',
  'approve.expiredText': `Die Anfrage wurde nicht innerhalb von 5 Minuten freigegeben und gilt nicht mehr. ${notDone} ${again}`,
  'approve.cancelledHeading': 'Freigabe abgebrochen',
  'approve.cancelledText': `Auf dem Smartphone wurde eine andere Zahl gewählt als angezeigt. Zu Ihrer Sicherheit haben wir die Anfrage abgebrochen. ${notDone} ${again} Haben Sie die Änderung nicht selbst angefordert, rufen Sie uns bitte an.`,

  'approve.inboxHeading': 'Offene Freigaben',
  'approve.inboxIntro':
    'Diese Änderungen warten auf Ihre Freigabe. Jede gilt 5 Minuten, nachdem Sie sie angefordert haben.',
  'approve.inboxEmpty': 'Es warten keine Änderungen auf Ihre Freigabe.',
  'approve.open': (title) => `${title} prüfen`,
  'approve.backToInbox': 'Zurück zu den offenen Freigaben',
};
