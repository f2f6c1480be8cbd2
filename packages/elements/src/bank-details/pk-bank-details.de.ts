import type { BankDetailsTerms } from './pk-bank-details.terms.js';

export const bankDetailsDe: BankDetailsTerms = {
  'bankDetails.loadFailed': 'Ihre Bankverbindung konnte nicht geladen werden',
  'bankDetails.formHeading': 'Bankverbindung ändern',
  'bankDetails.intro':
    'Auf dieses Konto überweisen wir Ihnen Erstattungen. Bevor wir es speichern, prüfen Sie Ihre Angaben und geben die Änderung mit Ihrem Passkey frei.',
  'bankDetails.currentHeading': 'Ihre aktuelle Bankverbindung',
  'bankDetails.none': 'Wir haben noch keine Bankverbindung von Ihnen.',
  'bankDetails.bank': 'Bank',
  'bankDetails.holderLabel': 'Kontoinhaberin oder Kontoinhaber',
  'bankDetails.holderHint': 'Vor- und Nachname, wie bei Ihrer Bank angegeben',
  'bankDetails.holder.empty': 'Geben Sie den Namen der Kontoinhaberin oder des Kontoinhabers ein.',
  'bankDetails.ibanLabel': 'IBAN',
  'bankDetails.ibanHint':
    'Steht auf Ihrer Bankkarte und im Online-Banking, zum Beispiel DE89 3704 0044 0532 0130 00',
  'bankDetails.iban.empty': 'Geben Sie die IBAN ein.',
  'bankDetails.iban.format':
    'Geben Sie die IBAN mit Ländercode am Anfang ein, zum Beispiel DE89 3704 0044 0532 0130 00.',
  'bankDetails.iban.length':
    'Die IBAN hat nicht die richtige Länge für ihr Land. Eine deutsche IBAN hat 22 Zeichen. Prüfen Sie, ob Ziffern fehlen oder zu viel sind.',
  'bankDetails.iban.checksum':
    'Diese IBAN ist nicht gültig. Prüfen Sie jede Ziffer, zum Beispiel mit Ihrer Bankkarte.',
  'bankDetails.submit': 'Weiter',
  'bankDetails.reviewTitle': 'Neue Bankverbindung',
  'bankDetails.lineHolder': 'Kontoinhaber',
  'bankDetails.lineIban': 'IBAN',
  'bankDetails.doneHeading': 'Ihre neue Bankverbindung ist gespeichert',
  'bankDetails.doneText': 'Erstattungen überweisen wir ab jetzt auf dieses Konto.',
  'bankDetails.doneNotice':
    'Zur Bestätigung schicken wir Ihnen eine E-Mail und einen Brief. Wenn Sie die Änderung nicht selbst veranlasst haben, rufen Sie uns bitte an.',
};
