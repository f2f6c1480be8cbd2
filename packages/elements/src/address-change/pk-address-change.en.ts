import type { AddressChangeTerms } from './pk-address-change.terms.js';

export const addressChangeEn: AddressChangeTerms = {
  'addressChange.loadFailed': 'Your address could not be loaded',
  'addressChange.formHeading': 'Change your address',
  'addressChange.intro':
    'Enter your new address. Before we save it, you check your details and approve the change with your passkey.',
  'addressChange.currentHeading': 'Your current address',
  'addressChange.streetLabel': 'Street',
  'addressChange.street.empty': 'Enter the street.',
  'addressChange.houseNumberLabel': 'House number',
  'addressChange.houseNumberHint': 'For example 12, 12a or 12-14',
  'addressChange.houseNumber.empty': 'Enter the house number.',
  'addressChange.houseNumber.format':
    'Enter the house number in digits, with a letter if needed, for example 12 or 12a.',
  'addressChange.postcodeLabel': 'Postcode',
  'addressChange.postcodeHint': '5 digits, for example 10115',
  'addressChange.postcode.empty': 'Enter the postcode.',
  'addressChange.postcode.format': 'Enter the postcode with 5 digits, for example 10115.',
  'addressChange.cityLabel': 'Town or city',
  'addressChange.city.empty': 'Enter the town or city.',
  'addressChange.validFromLegend': 'Valid from',
  'addressChange.validFromHint':
    'The day from which you live at the new address, for example 1 3 2027. At most 12 months back and 6 months ahead.',
  'addressChange.day': 'Day',
  'addressChange.month': 'Month',
  'addressChange.year': 'Year',
  'addressChange.validFrom.empty': 'Enter the date from which the new address is valid.',
  'addressChange.validFrom.incomplete':
    'Enter the day, month and year from which the new address is valid.',
  'addressChange.validFrom.invalid':
    'Enter a real date, for example 1 3 2027, with the year in 4 digits.',
  'addressChange.validFrom.tooEarly':
    'The date must be at most 12 months ago. For an older change, please call us.',
  'addressChange.validFrom.tooLate':
    'The date must be at most 6 months ahead. Please report a later move later.',
  'addressChange.submit': 'Continue',
  'addressChange.reviewTitle': 'New address',
  'addressChange.lineStreet': 'Street and house number',
  'addressChange.linePlace': 'Postcode and town',
  'addressChange.lineValidFrom': 'Valid from',
  'addressChange.doneHeading': 'Your new address is saved',
  'addressChange.doneValidFrom': (date) => `It is valid from ${date}.`,
  'addressChange.doneLetters':
    'To confirm it, we send you one letter to your previous address and one to your new address. If you did not make this change yourself, please call us.',
};
