import type { ErrorCode } from '@portalkit/protocol';

export type ErrorTerms = {
  [C in Exclude<ErrorCode, 'RATE_LIMITED'> as `error.${C}`]: string;
} & {
  /** `minutes` is unknown when the server gave no time. */
  'error.RATE_LIMITED': (minutes: number | undefined) => string;
};

/** The portal cannot be reached or answered nonsense; the member can only try again later. */
export type UnavailableCode =
  | 'NETWORK'
  | 'RESPONSE_INVALID'
  | 'INTERNAL'
  | 'ORIGIN_FORBIDDEN'
  | 'CONTENT_TYPE_UNSUPPORTED'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED';

/**
 * Generic texts for codes each element says in its own words (`login.unavailable`,
 * `passkeys.addCancelled`, …): only an element that shows one of them as is ships them.
 */
export type GenericErrorTerms = UnavailableTerms & PasskeyErrorTerms;
export type UnavailableTerms = Pick<ErrorTerms, `error.${UnavailableCode}`>;
export type PasskeyErrorTerms = Pick<
  ErrorTerms,
  `error.${'PASSKEY_CANCELLED' | 'PASSKEY_UNSUPPORTED' | 'PASSKEY_FAILED'}`
>;

/**
 * Errors of logging in, in the words of the login form (which names the insurance number and the
 * password): `<pk-login>` ships them; other elements say these codes in their own words.
 */
export type LoginErrorTerms = Pick<
  ErrorTerms,
  `error.${'CREDENTIALS_INVALID' | 'PASSKEY_UNKNOWN' | 'PASSKEY_INVALID'}`
>;

/**
 * Answers that ask for more proof before an action (the password again, an approval with a
 * passkey): an element that meets them as is ships these (`i18n/step-up.*.ts`); `<pk-passkeys>`
 * answers `CONFIRMATION_REQUIRED` with its confirm form instead.
 */
export type StepUpTerms = Pick<ErrorTerms, `error.${'CONFIRMATION_REQUIRED' | 'APPROVAL_REQUIRED'}`>;

/**
 * One-time codes and new passwords (registration, and later forgot password): the elements that
 * take them ship these.
 */
export type CodeErrorTerms = Pick<
  ErrorTerms,
  `error.${'CODE_INVALID' | 'CODE_LOCKED' | 'REGISTRATION_REQUIRED' | 'PASSWORD_REJECTED'}`
>;

/**
 * A reset of a forgotten password that this browser has not (or no longer) proved with a code or a
 * passkey: only `<pk-forgot-password>` meets it.
 */
export type ResetErrorTerms = Pick<ErrorTerms, 'error.RESET_REQUIRED'>;

/** Terms every element may show: the error summary and the errors a member can act on. */
export interface CommonTerms
  extends Omit<
    ErrorTerms,
    | keyof GenericErrorTerms
    | keyof LoginErrorTerms
    | keyof StepUpTerms
    | keyof CodeErrorTerms
    | keyof ResetErrorTerms
  > {
  'common.errorSummaryHeading': string;
  /** Read before a field's error by screen readers, so "Error" is never heard on a German page. */
  'common.errorPrefix': string;
  'common.retry': string;
}

/**
 * Every user-facing text of the elements. Keys are `<flow>.<thing>`; terms that need values are
 * functions. German is the default; a site overrides terms with `registerMessages()` or per element
 * with the `messages` property. Each element ships only its flow's terms and the common ones.
 *
 * Each element folder adds its terms here by declaration merging, next to its `de` and `en` terms:
 * `declare module '../i18n/messages.js' { interface Messages extends LoginTerms {} }`.
 */
export interface Messages
  extends CommonTerms,
    GenericErrorTerms,
    LoginErrorTerms,
    StepUpTerms,
    CodeErrorTerms,
    ResetErrorTerms {}

export type MessageKey = keyof Messages;
export type MessageArgs<K extends MessageKey> = Messages[K] extends (...args: infer A) => string
  ? A
  : [];

/** Keys whose term is plain text (no values needed). */
export type PlainKey = {
  [K in MessageKey]: Messages[K] extends string ? K : never;
}[MessageKey];

/**
 * A term to show later, as its key and values: elements keep these in state rather than strings,
 * so a language change re-renders every visible text, including errors and status.
 */
export type Message = { [K in MessageKey]: [K, ...MessageArgs<K>] }[MessageKey];

/** An element's own terms in the built-in languages; German is complete, the fallback. */
export interface Terms<T> {
  de: T;
  en: T;
}
