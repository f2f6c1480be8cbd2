import * as z from 'zod/mini';
import { call, Empty, route } from './route.js';
import { AuthenticationCredential, RequestOptions } from './webauthn.js';
import { isSingleLine } from './text.js';
import { parseKvnr } from './validators/kvnr.js';

/** Why an identifier is refused before it reaches the server; `identifier.<problem>` messages. */
export type IdentifierProblem = 'empty' | 'kvnrFormat' | 'kvnrCheckDigit' | 'emailFormat';
export type Identifier =
  { ok: true; kind: 'kvnr' | 'email'; value: string } | { ok: false; problem: IdentifierProblem };

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A member signs in with the KVNR from the health card or the e-mail address on file. */
export function parseIdentifier(input: string): Identifier {
  const value = input.trim();
  if (value === '') return { ok: false, problem: 'empty' };
  if (value.includes('@')) {
    // Control characters (a NUL among them) are no part of any address.
    return email.test(value) && value.length <= 254 && isSingleLine(value)
      ? { ok: true, kind: 'email', value: value.toLowerCase() }
      : { ok: false, problem: 'emailFormat' };
  }
  const kvnr = parseKvnr(value);
  if (kvnr.ok) return { ok: true, kind: 'kvnr', value: kvnr.value };
  return { ok: false, problem: kvnr.problem === 'checkDigit' ? 'kvnrCheckDigit' : 'kvnrFormat' };
}

/** What the browser may know about the signed-in member: no social data beyond the name. */
export const MemberView = /* @__PURE__ */ z.object({ displayName: z.string() });
export type MemberView = z.infer<typeof MemberView>;

export const SignInMethod = /* @__PURE__ */ z.enum(['password', 'passkey']);
export type SignInMethod = z.infer<typeof SignInMethod>;

export const SignedIn = /* @__PURE__ */ z.object({
  signedIn: z.literal(true),
  member: MemberView,
  method: SignInMethod,
  /** Seconds until the session ends unless the member does something. */
  idleExpiresIn: z.number(),
  /** Seconds until the session ends whatever the member does. */
  absoluteExpiresIn: z.number(),
});
export type SignedIn = z.infer<typeof SignedIn>;

// Only the server parses it: every call is marked pure, nested ones too (see webauthn.ts).
export const PasswordLoginRequest = /* @__PURE__ */ z.object({
  identifier: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(254)),
  // No composition or length rule at sign-in: only a bound against oversized bodies.
  password: /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(1024)),
});
export type PasswordLoginRequest = z.infer<typeof PasswordLoginRequest>;

export const LoginResponse = /* @__PURE__ */ z.object({ session: SignedIn });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const PasskeyLoginOptions = /* @__PURE__ */ z.object({ options: RequestOptions });
export type PasskeyLoginOptions = z.infer<typeof PasskeyLoginOptions>;

export const PasskeyLoginRequest = /* @__PURE__ */ z.object({
  credential: AuthenticationCredential,
});
export type PasskeyLoginRequest = z.infer<typeof PasskeyLoginRequest>;

// Separate constants, not `loginCalls.password` below: a bundler keeps property reads.
const password = /* @__PURE__ */ call('POST', '/login/password', LoginResponse);
const passkeyOptions = /* @__PURE__ */ call('POST', '/login/passkey/options', PasskeyLoginOptions);
const passkeyVerify = /* @__PURE__ */ call('POST', '/login/passkey/verify', LoginResponse);

export const loginCalls = { password, passkeyOptions, passkeyVerify };

export const loginRoutes = {
  password: /* @__PURE__ */ route(password, PasswordLoginRequest),
  passkeyOptions: /* @__PURE__ */ route(passkeyOptions, Empty),
  passkeyVerify: /* @__PURE__ */ route(passkeyVerify, PasskeyLoginRequest),
};
