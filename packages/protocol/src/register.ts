import * as z from 'zod/mini';
import { loginResponse } from './login.js';
import { call, Empty, onFirstUse, route } from './route.js';

// Registration: the member proves membership against the insurer's registry, receives an
// activation letter by post, activates with its code, sets a password and binds a passkey
// (the last with the passkeys flow's own routes, signed in by then).

// Only the server parses it: every call is marked pure, nested ones too (see webauthn.ts).
export const IdentifyRequest = /* @__PURE__ */ z.object({
  kvnr: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(16)),
  postcode: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(16)),
  /** ISO date `YYYY-MM-DD`. */
  birthDate: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(10)),
  email: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(254)),
  /** The last 6 digits of the health card's number (ICCSN), where the insurer asks for them. */
  cardNumber: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(16))),
});
export type IdentifyRequest = z.infer<typeof IdentifyRequest>;

/**
 * The one answer to every well-formed identify request, whether the data matched, did not, or
 * the member has an account already: "if your details match, a letter is on its way".
 */
const identifyResponse = /* @__PURE__ */ onFirstUse(() =>
  z.object({ letter: z.literal('requested') }),
);
export const IdentifyResponse = /* @__PURE__ */ identifyResponse();
export type IdentifyResponse = z.infer<typeof IdentifyResponse>;

export const ActivateRequest = /* @__PURE__ */ z.object({
  kvnr: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(16)),
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export type ActivateRequest = z.infer<typeof ActivateRequest>;

/**
 * Where a registration in this browser stands (an HttpOnly cookie holds it): `activated` once
 * the code was accepted, until the password is set or the activation expires.
 */
const registrationState = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    activated: z.boolean(),
    /**
     * The member's name as the account will show it (`Erika Mustermann`, the registry's name), for
     * the greeting of the password step; absent before activation.
     */
    displayName: z.optional(z.string()),
  }),
);
export const RegistrationState = /* @__PURE__ */ registrationState();
export type RegistrationState = z.infer<typeof RegistrationState>;

export const SetPasswordRequest = /* @__PURE__ */ z.object({
  password: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(1024)),
});
export type SetPasswordRequest = z.infer<typeof SetPasswordRequest>;

// Separate constants, not `registerCalls.identify` below: a bundler keeps property reads.
// The answers' schemas are built on first use (`onFirstUse`, see login.ts).
const identify = /* @__PURE__ */ call('POST', '/register/identify', identifyResponse);
const state = /* @__PURE__ */ call('GET', '/register', registrationState);
const activate = /* @__PURE__ */ call('POST', '/register/activate', registrationState);
/** Creates the account with the password and signs the member in. */
const password = /* @__PURE__ */ call('POST', '/register/password', loginResponse);

export const registerCalls = { identify, state, activate, password };

export const registerRoutes = {
  identify: /* @__PURE__ */ route(identify, IdentifyRequest),
  state: /* @__PURE__ */ route(state, Empty),
  activate: /* @__PURE__ */ route(activate, ActivateRequest),
  password: /* @__PURE__ */ route(password, SetPasswordRequest),
};
