import * as z from 'zod/mini';
import { call, Empty, onFirstUse, route } from './route.js';
import { AuthenticationCredential, requestOptions } from './webauthn.js';
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

// The answers' schemas are built on first use (`onFirstUse`); a browser bundle that only sends the
// calls drops the constants.

const memberView = /* @__PURE__ */ onFirstUse(() => z.object({ displayName: z.string() }));
/** What the browser may know about the signed-in member: no social data beyond the name. */
export const MemberView = /* @__PURE__ */ memberView();
export type MemberView = z.infer<typeof MemberView>;

const signInMethod = /* @__PURE__ */ onFirstUse(() => z.enum(['password', 'passkey']));
export const SignInMethod = /* @__PURE__ */ signInMethod();
export type SignInMethod = z.infer<typeof SignInMethod>;

export const signedIn = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    signedIn: z.literal(true),
    member: memberView(),
    method: signInMethod(),
    /** Seconds until the session ends unless the member does something. */
    idleExpiresIn: z.number(),
    /** Seconds until the session ends whatever the member does. */
    absoluteExpiresIn: z.number(),
    /** The idle timeout: seconds without activity after which any session ends. */
    idleTimeout: z.number(),
  }),
);
export const SignedIn = /* @__PURE__ */ signedIn();
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

export const loginResponse = /* @__PURE__ */ onFirstUse(() => z.object({ session: signedIn() }));
export const LoginResponse = /* @__PURE__ */ loginResponse();
export type LoginResponse = z.infer<typeof LoginResponse>;

const passkeyLoginOptions = /* @__PURE__ */ onFirstUse(() =>
  z.object({ options: requestOptions() }),
);
export const PasskeyLoginOptions = /* @__PURE__ */ passkeyLoginOptions();
export type PasskeyLoginOptions = z.infer<typeof PasskeyLoginOptions>;

export const PasskeyLoginRequest = /* @__PURE__ */ z.object({
  credential: AuthenticationCredential,
});
export type PasskeyLoginRequest = z.infer<typeof PasskeyLoginRequest>;

// Separate constants, not `loginCalls.password` below: a bundler keeps property reads.
const password = /* @__PURE__ */ call('POST', '/login/password', loginResponse);
const passkeyOptions = /* @__PURE__ */ call('POST', '/login/passkey/options', passkeyLoginOptions);
const passkeyVerify = /* @__PURE__ */ call('POST', '/login/passkey/verify', loginResponse);

export const loginCalls = { password, passkeyOptions, passkeyVerify };

export const loginRoutes = {
  password: /* @__PURE__ */ route(password, PasswordLoginRequest),
  passkeyOptions: /* @__PURE__ */ route(passkeyOptions, Empty),
  passkeyVerify: /* @__PURE__ */ route(passkeyVerify, PasskeyLoginRequest),
};
