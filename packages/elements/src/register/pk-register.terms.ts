import type {
  ActivationCodeProblem,
  BirthDateProblem,
  KvnrProblem,
  PostcodeProblem,
} from '@portalkit/protocol';
import type { CodeErrorTerms } from '../i18n/messages.js';

/** The fields checked on submit and the causes each can fail with. */
export interface FieldProblems {
  kvnr: KvnrProblem;
  postcode: PostcodeProblem;
  birthDate: BirthDateProblem;
  email: 'empty' | 'format';
  cardNumber: 'empty' | 'format';
  code: ActivationCodeProblem;
}

export type FieldProblemKey = {
  [F in keyof FieldProblems]: `register.${F}.${FieldProblems[F]}`;
}[keyof FieldProblems];

/** One message per cause of each field (UX.md "Errors"). */
type FieldProblemTerms = Record<FieldProblemKey, string>;

/**
 * Terms of `<pk-register>` (the password field's and its rules' come from `parts/password-*.terms.ts`).
 */
export interface RegisterTerms extends FieldProblemTerms, CodeErrorTerms {
  'register.progress': (step: number, of: number) => string;
  'register.back': string;
  'register.loading': string;
  'register.unavailable': string;

  'register.identifyHeading': string;
  'register.identifyIntro': string;
  'register.kvnrLabel': string;
  'register.kvnrHint': string;
  'register.postcodeLabel': string;
  'register.postcodeHint': string;
  'register.birthDateLegend': string;
  'register.birthDateHint': string;
  'register.day': string;
  'register.month': string;
  'register.year': string;
  'register.emailLabel': string;
  'register.emailHint': string;
  'register.cardNumberLabel': string;
  'register.cardNumberHint': string;
  'register.identifySubmit': string;
  'register.identifyBusy': string;

  'register.letterHeading': string;
  'register.letterText': string;
  'register.letterNext': string;
  'register.letterContinue': string;

  'register.activateHeading': string;
  'register.activateIntro': string;
  'register.codePrefilled': string;
  'register.codeLabel': string;
  'register.codeHint': string;
  'register.noLetter': string;
  'register.activateSubmit': string;
  'register.activateBusy': string;

  'register.passwordHeading': string;
  'register.greeting': (name: string) => string;
  'register.activated': string;
  'register.passwordSubmit': string;
  'register.passwordBusy': string;

  'register.passkeyHeading': string;
  'register.passkeyIntro': string;
  'register.passkeyCreate': string;
  'register.passkeyBusy': string;
  'register.passkeyLater': string;
  'register.passkeyCancelled': string;
  'register.passkeyFailed': string;
  'register.passkeyUnsupported': string;
  'register.laterHeading': string;
  'register.laterText': string;
  'register.laterContinue': string;

  'register.doneHeading': string;
  'register.doneText': string;
  'register.donePasskey': string;
  'register.doneNoPasskey': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends RegisterTerms {}
}
