import type { HouseNumberProblem, PostcodeProblem, ValidFromProblem } from '@portalkit/protocol';

/** What can be wrong with the date from which the new address holds. */
export type ValidFromCheck = ValidFromProblem | 'incomplete';

type Problems = {
  [P in HouseNumberProblem as `addressChange.houseNumber.${P}`]: string;
} & {
  [P in PostcodeProblem as `addressChange.postcode.${P}`]: string;
} & { [P in ValidFromCheck as `addressChange.validFrom.${P}`]: string };

/** Terms of `<pk-address-change>` (the review's and approval's shared ones are the layer's). */
export interface AddressChangeTerms extends Problems {
  'addressChange.loadFailed': string;
  'addressChange.formHeading': string;
  'addressChange.intro': string;
  'addressChange.currentHeading': string;
  'addressChange.streetLabel': string;
  'addressChange.street.empty': string;
  'addressChange.houseNumberLabel': string;
  'addressChange.houseNumberHint': string;
  'addressChange.postcodeLabel': string;
  'addressChange.postcodeHint': string;
  'addressChange.cityLabel': string;
  'addressChange.city.empty': string;
  'addressChange.validFromLegend': string;
  'addressChange.validFromHint': string;
  'addressChange.day': string;
  'addressChange.month': string;
  'addressChange.year': string;
  'addressChange.submit': string;
  'addressChange.reviewTitle': string;
  'addressChange.lineStreet': string;
  'addressChange.linePlace': string;
  'addressChange.lineValidFrom': string;
  'addressChange.doneHeading': string;
  /** `date`: the valid-from date written out in the element's language. */
  'addressChange.doneValidFrom': (date: string) => string;
  'addressChange.doneLetters': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends AddressChangeTerms {}
}
