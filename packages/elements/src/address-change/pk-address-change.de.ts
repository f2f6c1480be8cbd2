import type { AddressChangeTerms } from './pk-address-change.terms.js';

export const addressChangeDe: AddressChangeTerms = {
  'addressChange.loadFailed': 'Ihre Anschrift konnte nicht geladen werden',
  'addressChange.formHeading': 'Anschrift ändern',
  'addressChange.intro':
    'Geben Sie Ihre neue Anschrift ein. Bevor wir sie speichern, prüfen Sie Ihre Angaben und geben die Änderung mit Ihrem Passkey frei.',
  'addressChange.currentHeading': 'Ihre aktuelle Anschrift',
  'addressChange.streetLabel': 'Straße',
  'addressChange.street.empty': 'Geben Sie die Straße ein.',
  'addressChange.houseNumberLabel': 'Hausnummer',
  'addressChange.houseNumberHint': 'Zum Beispiel 12, 12a oder 12-14',
  'addressChange.houseNumber.empty': 'Geben Sie die Hausnummer ein.',
  'addressChange.houseNumber.format':
    'Geben Sie die Hausnummer mit Ziffern ein, wenn nötig mit einem Buchstaben, zum Beispiel 12 oder 12a.',
  'addressChange.postcodeLabel': 'Postleitzahl',
  'addressChange.postcodeHint': '5 Ziffern, zum Beispiel 10115',
  'addressChange.postcode.empty': 'Geben Sie die Postleitzahl ein.',
  'addressChange.postcode.format':
    'Geben Sie die Postleitzahl mit 5 Ziffern ein, zum Beispiel 10115.',
  'addressChange.cityLabel': 'Ort',
  'addressChange.city.empty': 'Geben Sie den Ort ein.',
  'addressChange.validFromLegend': 'Gültig ab',
  'addressChange.validFromHint':
    'Der Tag, ab dem Sie unter der neuen Anschrift wohnen, zum Beispiel 1 3 2027. Höchstens 12 Monate zurück und 6 Monate im Voraus.',
  'addressChange.day': 'Tag',
  'addressChange.month': 'Monat',
  'addressChange.year': 'Jahr',
  'addressChange.validFrom.empty': 'Geben Sie an, ab wann die neue Anschrift gilt.',
  'addressChange.validFrom.incomplete':
    'Geben Sie Tag, Monat und Jahr an, ab dem die neue Anschrift gilt.',
  'addressChange.validFrom.invalid':
    'Geben Sie ein gültiges Datum ein, zum Beispiel 1 3 2027, mit dem Jahr in 4 Ziffern.',
  'addressChange.validFrom.tooEarly':
    'Das Datum darf höchstens 12 Monate zurückliegen. Für eine ältere Änderung rufen Sie uns bitte an.',
  'addressChange.validFrom.tooLate':
    'Das Datum darf höchstens 6 Monate in der Zukunft liegen. Melden Sie einen späteren Umzug bitte später.',
  'addressChange.submit': 'Weiter',
  'addressChange.reviewTitle': 'Neue Anschrift',
  'addressChange.lineStreet': 'Straße und Hausnummer',
  'addressChange.linePlace': 'Postleitzahl und Ort',
  'addressChange.lineValidFrom': 'Gültig ab',
  'addressChange.doneHeading': 'Ihre neue Anschrift ist gespeichert',
  'addressChange.doneValidFrom': (date) => `Sie gilt ab dem ${date}.`,
  'addressChange.doneLetters':
    'Zur Bestätigung schicken wir Ihnen einen Brief an Ihre bisherige und einen an Ihre neue Anschrift. Wenn Sie die Änderung nicht selbst veranlasst haben, rufen Sie uns bitte an.',
};
