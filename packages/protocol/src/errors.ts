import * as z from 'zod/mini';
import { onFirstUse } from './route.js';

/**
 * Every error the server can answer with. Elements map each code to a localized message
 * (`error.<CODE>`); the code, never the English `message`, is the contract.
 */
export const serverErrorCodes = [
  'VALIDATION_FAILED',
  'CREDENTIALS_INVALID',
  'PASSKEY_UNKNOWN',
  'PASSKEY_INVALID',
  'CHALLENGE_EXPIRED',
  'SESSION_REQUIRED',
  'SESSION_EXPIRED',
  'CONFIRMATION_REQUIRED',
  'CODE_INVALID',
  'CODE_LOCKED',
  'REGISTRATION_REQUIRED',
  'RESET_REQUIRED',
  'PASSWORD_REJECTED',
  'RATE_LIMITED',
  'APPROVAL_REQUIRED',
  'APPROVAL_CLOSED',
  'ORIGIN_FORBIDDEN',
  'CONTENT_TYPE_UNSUPPORTED',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'INTERNAL',
] as const;

/** Errors that only the browser side produces (no HTTP status). */
export const clientErrorCodes = [
  'PASSKEY_CANCELLED',
  'PASSKEY_UNSUPPORTED',
  'PASSKEY_FAILED',
  'NETWORK',
  'RESPONSE_INVALID',
] as const;

export type ServerErrorCode = (typeof serverErrorCodes)[number];
export type ClientErrorCode = (typeof clientErrorCodes)[number];
export type ErrorCode = ServerErrorCode | ClientErrorCode;

/** HTTP status of each server error code: the one table both sides agree on. */
export const errorStatus: Record<ServerErrorCode, number> = {
  VALIDATION_FAILED: 400,
  CREDENTIALS_INVALID: 401,
  PASSKEY_UNKNOWN: 401,
  PASSKEY_INVALID: 401,
  CHALLENGE_EXPIRED: 400,
  SESSION_REQUIRED: 401,
  SESSION_EXPIRED: 401,
  // Signed in, but not recently enough for this action: confirm with the password first.
  CONFIRMATION_REQUIRED: 403,
  // A one-time code (activation letter, e-mail or SMS) that is wrong, expired or spent: one answer.
  CODE_INVALID: 400,
  // Five wrong codes for this KVNR or account: the code is void; a new letter (or code) is needed.
  CODE_LOCKED: 423,
  // A registration step that needs an accepted activation code in this browser first.
  REGISTRATION_REQUIRED: 409,
  // A new password without a right reset code or passkey in this browser first (or it expired).
  RESET_REQUIRED: 409,
  // A new password the policy refuses: `fields.password` lists every rule it breaks (rule ids,
  // space-separated, e.g. `notCommon notContextual`).
  PASSWORD_REJECTED: 400,
  RATE_LIMITED: 429,
  APPROVAL_REQUIRED: 403,
  // An approval that is no longer pending (approved, denied, expired or cancelled): final.
  APPROVAL_CLOSED: 409,
  ORIGIN_FORBIDDEN: 403,
  CONTENT_TYPE_UNSUPPORTED: 415,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  INTERNAL: 500,
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return (
    (serverErrorCodes as readonly unknown[]).includes(value) ||
    (clientErrorCodes as readonly unknown[]).includes(value)
  );
}

/**
 * Per-field problems of a `VALIDATION_FAILED` answer: field name to a reason code. Written as an
 * object whose every value is a string: the same check as `z.record`, without the ~0.5 kB that
 * `record` adds to every element.
 */
const fieldErrors = /* @__PURE__ */ onFirstUse(() => z.catchall(z.object({}), z.string()));
export const FieldErrors = /* @__PURE__ */ fieldErrors();

/** The body of every error answer, built on first use: a browser parses one only when it comes. */
export const errorBody = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    error: z.object({
      code: z.enum(serverErrorCodes),
      message: z.optional(z.string()),
      fields: z.optional(fieldErrors()),
      /** Seconds until a rate-limited action may be tried again. */
      retryAfter: z.optional(z.number()),
    }),
  }),
);
export const ErrorBody = /* @__PURE__ */ errorBody();
export type ErrorBody = z.infer<typeof ErrorBody>;
