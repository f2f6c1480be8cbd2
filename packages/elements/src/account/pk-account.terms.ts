import type { CodeErrorTerms } from '../i18n/messages.js';
import type { PasswordTerms } from '../parts/password-field.terms.js';

/** Why an e-mail address is refused, by the element's check or the server's `fields.email`. */
export type EmailProblem = 'empty' | 'format' | 'unchanged' | 'taken';
type EmailProblems = { [P in EmailProblem as `account.email.${P}`]: string };
type CodeProblems = {
  [P in 'empty' | 'format' as `account.code.${P}`]: string;
};

/**
 * Terms of `<pk-account>` (the password field's and its rules' come from
 * `parts/password-*.terms.ts`; `newPassword*` name the new one where the form has two).
 */
export interface AccountTerms
  extends
    EmailProblems,
    CodeProblems,
    Pick<CodeErrorTerms, `error.${'CODE_INVALID' | 'CODE_LOCKED' | 'PASSWORD_REJECTED'}`> {
  'account.unavailable': string;
  'account.loadBusy': string;
  'account.loadFailed': string;
  'account.cancel': string;
  'account.backToOverview': string;
  'account.change': string;

  'account.emailHeading': string;
  'account.emailSummary': (email: string) => string;
  'account.passwordHeading': string;
  'account.passwordSummary': string;
  'account.sessionsHeading': string;
  'account.sessionsSummary': (others: number) => string;
  'account.sessionsShow': string;
  'account.endHeading': string;
  'account.endSummary': string;

  'account.emailFormHeading': string;
  'account.emailIntro': string;
  'account.emailCurrent': (email: string) => string;
  'account.emailLabel': string;
  'account.emailHint': string;
  'account.emailSubmit': string;
  'account.emailBusy': string;

  'account.codeHeading': string;
  'account.codeSent': (email: string, minutes: number) => string;
  'account.codeLabel': string;
  'account.codeHint': string;
  'account.codeSubmit': string;
  'account.codeBusy': string;
  'account.noCode': string;
  'account.resend': string;
  'account.resendBusy': string;
  /** The "send again" wait, visible as it counts down and announced when it starts. */
  'account.resendWait': (seconds: number) => string;
  'account.resent': string;
  'account.resendReady': string;

  'account.emailDoneHeading': string;
  'account.emailDone': (email: string) => string;
  'account.emailDoneNotice': string;

  'account.passwordFormHeading': string;
  'account.passwordIntro': string;
  'account.currentLabel': string;
  'account.currentShow': string;
  'account.currentHide': string;
  'account.current.empty': string;
  'account.current.wrong': string;
  'account.passwordSubmit': string;
  'account.passwordBusy': string;
  'account.passwordDoneHeading': string;
  'account.passwordDone': string;
  'account.passwordDoneNotice': string;

  'account.sessionsIntro': string;
  'account.sessionsLabel': string;
  'account.thisDevice': string;
  /** A session's device, from its browser and system, either possibly unknown. */
  'account.device': (browser?: string, system?: string) => string;
  'account.method.password': string;
  'account.method.passkey': string;
  'account.signedInSince': (when: string) => string;
  'account.lastSeen': (when: string) => string;
  'account.endSession': string;
  'account.endSessionBusy': string;
  'account.endOthers': string;
  'account.onlyThisDevice': string;
  'account.sessionEnded': (browser?: string, system?: string) => string;
  'account.sessionGone': string;
  'account.othersEnded': string;
  'account.endOthersHeading': string;
  'account.endOthersText': (others: number) => string;
  'account.endOthersSubmit': string;

  'account.endIntro': string;
  'account.endPasskeys': (passkeys: number) => string;
  'account.endData': string;
  'account.endLetter': string;
  'account.endNoWayBack': string;
  'account.endApproval': string;
  'account.endNeedsPasskey': string;
  'account.endAddPasskey': string;
  'account.endSubmit': string;
  'account.endBusy': string;
  'account.endDoneHeading': string;
  'account.endDoneText': string;
  'account.endDoneLetter': string;
  'account.endDoneLink': string;
}

/** The new password's field, where the form has the current one above it. */
export type NewPasswordTerms = Pick<
  PasswordTerms,
  'password.label' | 'password.show' | 'password.hide' | 'password.empty'
>;

declare module '../i18n/messages.js' {
  interface Messages extends AccountTerms {}
}
