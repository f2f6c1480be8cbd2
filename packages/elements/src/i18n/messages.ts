import type { ErrorCode, IdentifierProblem } from '@portalkit/protocol';

type ErrorTerms = {
  [C in Exclude<ErrorCode, 'RATE_LIMITED'> as `error.${C}`]: string;
} & {
  /** `minutes` is unknown when the server gave no time. */
  'error.RATE_LIMITED': (minutes: number | undefined) => string;
};

type IdentifierTerms = { [P in IdentifierProblem as `identifier.${P}`]: string };

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
export type GenericErrorTerms = Pick<
  ErrorTerms,
  `error.${UnavailableCode | 'PASSKEY_CANCELLED' | 'PASSKEY_UNSUPPORTED' | 'PASSKEY_FAILED'}`
>;

/** Terms every element may show: the error summary and the errors a member can act on. */
export interface CommonTerms extends Omit<ErrorTerms, keyof GenericErrorTerms> {
  'common.errorSummaryHeading': string;
  /** Read before a field's error by screen readers, so "Error" is never heard on a German page. */
  'common.errorPrefix': string;
  'common.retry': string;
}

/** Terms of `<pk-login>`. */
export interface LoginTerms extends IdentifierTerms {
  'identifier.label': string;
  'identifier.hint': string;

  'password.label': string;
  'password.show': string;
  'password.hide': string;
  'password.shown': string;
  'password.hidden': string;
  'password.empty': string;

  'login.submit': string;
  'login.submitBusy': string;
  'login.passkeyIntro': string;
  'login.passkeySubmit': string;
  'login.passkeyBusy': string;
  'login.passkeyCancelled': string;
  'login.passkeyFailed': string;
  'login.passkeyUnsupported': string;
  'login.passkeyOnlyUnsupported': string;
  'login.unavailable': string;
  'login.success': string;
}

/** Terms of `<pk-passkeys>`. */
export interface PasskeysTerms {
  'passkeys.listLabel': string;
  'passkeys.loading': string;
  'passkeys.empty': string;
  'passkeys.createdAt': (date: string) => string;
  'passkeys.lastUsedAt': (date: string) => string;
  'passkeys.neverUsed': string;
  'passkeys.synced': string;
  'passkeys.deviceBound': string;
  'passkeys.add': string;
  'passkeys.addBusy': string;
  'passkeys.added': string;
  'passkeys.addCancelled': string;
  'passkeys.addFailed': string;
  'passkeys.loadFailed': string;
  'passkeys.unsupported': string;
}

/**
 * Every user-facing text of the elements. Keys are `<flow>.<thing>`; terms that need values are
 * functions. German is the default; a site overrides terms with `registerMessages()` or per element
 * with the `messages` property. Each element ships only its flow's terms and the common ones.
 */
export interface Messages extends CommonTerms, GenericErrorTerms, LoginTerms, PasskeysTerms {}

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
