import type { IbanProblem } from '@portalkit/protocol';

type IbanProblems = { [P in IbanProblem as `bankDetails.iban.${P}`]: string };

/** Terms of `<pk-bank-details>` (the review's and approval's shared ones are the layer's). */
export interface BankDetailsTerms extends IbanProblems {
  'bankDetails.loadFailed': string;
  'bankDetails.formHeading': string;
  'bankDetails.intro': string;
  'bankDetails.currentHeading': string;
  'bankDetails.none': string;
  'bankDetails.bank': string;
  'bankDetails.holderLabel': string;
  'bankDetails.holderHint': string;
  'bankDetails.holder.empty': string;
  'bankDetails.ibanLabel': string;
  'bankDetails.ibanHint': string;
  'bankDetails.submit': string;
  'bankDetails.reviewTitle': string;
  'bankDetails.lineHolder': string;
  'bankDetails.lineIban': string;
  'bankDetails.doneHeading': string;
  'bankDetails.doneText': string;
  'bankDetails.doneNotice': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends BankDetailsTerms {}
}
