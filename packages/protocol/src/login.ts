import * as z from 'zod/mini';
import { route } from './route.js';
import { Empty, SignedIn } from './session.js';
import { AuthenticationCredential, RequestOptions } from './webauthn.js';
import { parseKvnr } from './validators/kvnr.js';

/** Why an identifier is refused before it reaches the server; `identifier.<problem>` messages. */
export type IdentifierProblem = 'empty' | 'kvnrFormat' | 'kvnrCheckDigit' | 'emailFormat';
export type Identifier =
  | { ok: true; kind: 'kvnr' | 'email'; value: string }
  | { ok: false; problem: IdentifierProblem };

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A member signs in with the KVNR from the health card or the e-mail address on file. */
export function parseIdentifier(input: string): Identifier {
  const value = input.trim();
  if (value === '') return { ok: false, problem: 'empty' };
  if (value.includes('@')) {
    return email.test(value) && value.length <= 254
      ? { ok: true, kind: 'email', value: value.toLowerCase() }
      : { ok: false, problem: 'emailFormat' };
  }
  const kvnr = parseKvnr(value);
  if (kvnr.ok) return { ok: true, kind: 'kvnr', value: kvnr.value };
  return { ok: false, problem: kvnr.problem === 'checkDigit' ? 'kvnrCheckDigit' : 'kvnrFormat' };
}

export const PasswordLoginRequest = z.object({
  identifier: z.string().check(z.maxLength(254)),
  // No composition or length rule at sign-in: only a bound against oversized bodies.
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
});
export type PasswordLoginRequest = z.infer<typeof PasswordLoginRequest>;

export const LoginResponse = z.object({ session: SignedIn });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const PasskeyLoginOptions = z.object({ options: RequestOptions });
export type PasskeyLoginOptions = z.infer<typeof PasskeyLoginOptions>;

export const PasskeyLoginRequest = z.object({ credential: AuthenticationCredential });
export type PasskeyLoginRequest = z.infer<typeof PasskeyLoginRequest>;

export const loginRoutes = {
  password: route('POST', '/login/password', PasswordLoginRequest, LoginResponse),
  passkeyOptions: route('POST', '/login/passkey/options', Empty, PasskeyLoginOptions),
  passkeyVerify: route('POST', '/login/passkey/verify', PasskeyLoginRequest, LoginResponse),
};
