import type { ErrorCode } from '@portalkit/protocol';
import type { ClientError } from '../client/client-error.js';
import type { Message, PlainKey, UnavailableCode } from './messages.js';

/** An element's own words for some codes, e.g. "Die Anmeldung ist gerade nicht möglich." */
export type ErrorWording = Partial<Record<ErrorCode, PlainKey>>;

/** Codes that mean "the portal cannot be reached or answered nonsense": one message for all. */
export const unavailableCodes: readonly UnavailableCode[] = [
  'NETWORK',
  'RESPONSE_INVALID',
  'INTERNAL',
  'ORIGIN_FORBIDDEN',
  'CONTENT_TYPE_UNSUPPORTED',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
];

/**
 * Codes of signing in, registering and passkeys that no route of a signed-in member's form
 * answers (the protected forms, the document upload): said as "not possible right now".
 */
export const notSignedInFormCodes: ErrorCode[] = [
  'CREDENTIALS_INVALID',
  'CONFIRMATION_REQUIRED',
  'APPROVAL_REQUIRED',
  'REGISTRATION_REQUIRED',
  'RESET_REQUIRED',
  'CODE_INVALID',
  'CODE_LOCKED',
  'PASSWORD_REJECTED',
  'PASSKEY_UNKNOWN',
  'PASSKEY_INVALID',
  'PASSKEY_FAILED',
  'PASSKEY_CANCELLED',
  'PASSKEY_UNSUPPORTED',
  'APPROVAL_CLOSED',
];

/** Builds an element's wording table: `unavailable` for every unreachable code, plus overrides. */
export function wording(unavailable: PlainKey, overrides: ErrorWording): ErrorWording {
  return {
    ...Object.fromEntries(unavailableCodes.map((code) => [code, unavailable])),
    ...overrides,
  };
}

/** The message for a client error: the element's wording, else `error.<CODE>`. */
export function errorMessage(error: ClientError, own: ErrorWording = {}): Message {
  const key = own[error.code];
  if (key) return [key] as Message;
  if (error.code === 'RATE_LIMITED') {
    return [
      'error.RATE_LIMITED',
      error.retryAfter === undefined ? undefined : Math.max(1, Math.ceil(error.retryAfter / 60)),
    ];
  }
  return [`error.${error.code}`];
}
