import type { ResetChannel, ResetCodeProblem } from '@portalkit/protocol';
import type { CodeErrorTerms, ResetErrorTerms } from '../i18n/messages.js';
import type { ResetMethod } from './pk-forgot-password.views.js';

type MethodTerms = { [M in ResetMethod as `forgotPassword.method.${M}`]: string } & {
  [M in ResetMethod as `forgotPassword.method.${M}Hint`]: string;
};
type CodeSentTerms = { [C in ResetChannel as `forgotPassword.codeSent.${C}`]: string };
type CodeProblemTerms = { [P in ResetCodeProblem as `forgotPassword.code.${P}`]: string };

/**
 * Terms of `<pk-forgot-password>` (the identifier's, the password field's and its rules' come
 * from `parts/identifier.terms.ts` and `parts/password-*.terms.ts`).
 */
export interface ForgotPasswordTerms
  extends
    MethodTerms,
    CodeSentTerms,
    CodeProblemTerms,
    Pick<CodeErrorTerms, `error.${'CODE_INVALID' | 'CODE_LOCKED' | 'PASSWORD_REJECTED'}`>,
    ResetErrorTerms {
  'forgotPassword.unavailable': string;
  'forgotPassword.back': string;

  'forgotPassword.identifyHeading': string;
  'forgotPassword.identifyIntro': string;
  'forgotPassword.identifySubmit': string;

  'forgotPassword.methodHeading': string;
  'forgotPassword.methodIntro': string;
  'forgotPassword.methodLegend': string;
  'forgotPassword.method.empty': string;
  'forgotPassword.methodSubmit': string;
  'forgotPassword.haveCode': string;
  'forgotPassword.requestBusy': string;
  'forgotPassword.passkeyBusy': string;
  'forgotPassword.passkeyCancelled': string;
  'forgotPassword.passkeyUnknown': string;
  'forgotPassword.passkeyFailed': string;
  'forgotPassword.passkeyUnsupported': string;

  'forgotPassword.codeHeading': string;
  'forgotPassword.codeIntro': string;
  'forgotPassword.codePrefilled': string;
  'forgotPassword.codeLabel': string;
  'forgotPassword.codeHint': string;
  'forgotPassword.codeSubmit': string;
  'forgotPassword.codeBusy': string;
  'forgotPassword.noCode': string;
  'forgotPassword.resend': string;
  /** The "send again" wait, visible as it counts down and announced when it starts. */
  'forgotPassword.resendWait': (seconds: number) => string;
  /** Beside the countdown after "Code erneut senden": the press worked. */
  'forgotPassword.resent': string;
  'forgotPassword.resendReady': string;
  'forgotPassword.otherWay': string;

  'forgotPassword.letterHeading': string;
  'forgotPassword.letterText': string;
  'forgotPassword.letterNext': string;
  'forgotPassword.letterContinue': string;

  'forgotPassword.passwordHeading': string;
  'forgotPassword.greeting': (name: string) => string;
  'forgotPassword.verified': string;
  /** Where the notice of the change goes, masked: `e•••@example.de`, `+49 ••• ••• ••12`. */
  'forgotPassword.noticeTo': (places: readonly string[]) => string;
  'forgotPassword.passwordSubmit': string;
  'forgotPassword.passwordBusy': string;

  'forgotPassword.doneHeading': string;
  'forgotPassword.doneText': string;
  'forgotPassword.doneNotice': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends ForgotPasswordTerms {}
}
