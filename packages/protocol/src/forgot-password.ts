import * as z from 'zod/mini';
import { loginResponse } from './login.js';
import { call, Empty, onFirstUse, route } from './route.js';
import { parseActivationCode } from './validators/activation-code.js';
import { AuthenticationCredential, requestOptions } from './webauthn.js';

// Forgot password: the member names the account (KVNR or e-mail address), proves possession with
// a one-time code (by e-mail, SMS or letter) or with a passkey, and sets a new password. Every
// answer before that proof is the same whether or not the account exists.

/** Where a reset code goes: the account's e-mail address, its verified mobile number, or by post. */
export const resetChannels = ['email', 'sms', 'letter'] as const;
export type ResetChannel = (typeof resetChannels)[number];

// Only the server parses it: every call is marked pure, nested ones too (see webauthn.ts).
export const ResetCodeRequest = /* @__PURE__ */ z.object({
  /** KVNR or e-mail address, as at sign-in. */
  identifier: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(254)),
  channel: /* @__PURE__ */ z.enum(resetChannels),
});
export type ResetCodeRequest = z.infer<typeof ResetCodeRequest>;

/**
 * The one answer to every well-formed code request, whether or not the account exists, has that
 * channel, or is over its limit: "if we know this account, a code is on its way".
 */
const resetCodeResponse = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    code: z.literal('requested'),
    /** Seconds before "send again" is offered (e-mail and SMS; 0 for a letter). */
    resendAfter: z.number(),
  }),
);
export const ResetCodeResponse = /* @__PURE__ */ resetCodeResponse();
export type ResetCodeResponse = z.infer<typeof ResetCodeResponse>;

export const ResetVerifyRequest = /* @__PURE__ */ z.object({
  identifier: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(254)),
  /** 6 digits from an e-mail or SMS, or the 12 characters of a letter's code. */
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export type ResetVerifyRequest = z.infer<typeof ResetVerifyRequest>;

export const ResetPasskeyRequest = /* @__PURE__ */ z.object({
  identifier: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(254)),
  credential: AuthenticationCredential,
});
export type ResetPasskeyRequest = z.infer<typeof ResetPasskeyRequest>;

const resetPasskeyOptions = /* @__PURE__ */ onFirstUse(() =>
  z.object({ options: requestOptions() }),
);
export const ResetPasskeyOptions = /* @__PURE__ */ resetPasskeyOptions();
export type ResetPasskeyOptions = z.infer<typeof ResetPasskeyOptions>;

/**
 * After a right code or this account's passkey: this browser may set the account's password for a
 * few minutes (an HttpOnly cookie holds it). Only now does the browser learn whose account it is
 * and where the notice of the change will go, masked (`e•••@example.de`, `+49 ••• ••• ••12`).
 */
const resetVerified = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    verified: z.literal(true),
    displayName: z.string(),
    hints: z.object({ email: z.optional(z.string()), phone: z.optional(z.string()) }),
  }),
);
export const ResetVerified = /* @__PURE__ */ resetVerified();
export type ResetVerified = z.infer<typeof ResetVerified>;

export const NewPasswordRequest = /* @__PURE__ */ z.object({
  password: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(1024)),
});
export type NewPasswordRequest = z.infer<typeof NewPasswordRequest>;

/** An e-mail or SMS code: 6 digits. */
export const resetCodeLength = 6;

export type ResetCodeProblem = 'empty' | 'format';
export type ResetCode =
  | { ok: true; kind: 'digits' | 'letter'; value: string }
  | { ok: false; problem: ResetCodeProblem };

/**
 * Normalizes a typed or pasted code: 6 digits (spaces and dashes ignored) from an e-mail or SMS,
 * or a letter's activation code (`K7QM-X4TP-9WHR`).
 */
export function parseResetCode(input: string): ResetCode {
  const digits = input.replace(/[\s\-‐‑‒–—]+/g, '');
  if (digits === '') return { ok: false, problem: 'empty' };
  if (/^\d+$/.test(digits)) {
    return digits.length === resetCodeLength
      ? { ok: true, kind: 'digits', value: digits }
      : { ok: false, problem: 'format' };
  }
  const letter = parseActivationCode(input);
  return letter.ok ? { ok: true, kind: 'letter', value: letter.value } : { ok: false, problem: 'format' };
}

// Separate constants, not `forgotPasswordCalls.code` below: a bundler keeps property reads.
const code = /* @__PURE__ */ call('POST', '/forgot-password/code', resetCodeResponse);
const verify = /* @__PURE__ */ call('POST', '/forgot-password/verify', resetVerified);
const passkeyOptions = /* @__PURE__ */ call(
  'POST',
  '/forgot-password/passkey/options',
  resetPasskeyOptions,
);
const passkeyVerify = /* @__PURE__ */ call('POST', '/forgot-password/passkey/verify', resetVerified);
/** Sets the new password, ends every other session and signs the member in. */
const password = /* @__PURE__ */ call('POST', '/forgot-password/password', loginResponse);

export const forgotPasswordCalls = { code, verify, passkeyOptions, passkeyVerify, password };

export const forgotPasswordRoutes = {
  code: /* @__PURE__ */ route(code, ResetCodeRequest),
  verify: /* @__PURE__ */ route(verify, ResetVerifyRequest),
  passkeyOptions: /* @__PURE__ */ route(passkeyOptions, Empty),
  passkeyVerify: /* @__PURE__ */ route(passkeyVerify, ResetPasskeyRequest),
  password: /* @__PURE__ */ route(password, NewPasswordRequest),
};
