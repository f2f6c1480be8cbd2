import * as z from 'zod/mini';
import { call, Empty, onFirstUse, route } from './route.js';
import { loginResponse, signedIn } from './login.js';

const signedOut = /* @__PURE__ */ onFirstUse(() => z.object({ signedIn: z.literal(false) }));
export const SignedOut = /* @__PURE__ */ signedOut();

// A union rather than a discriminated union: the same check for half the code in the browser.
const sessionState = /* @__PURE__ */ onFirstUse(() => z.union([signedIn(), signedOut()]));
export const SessionState = /* @__PURE__ */ sessionState();
export type SessionState = z.infer<typeof SessionState>;

// Only the server parses it: every call is marked pure, nested ones too (see webauthn.ts).
export const ConfirmSessionRequest = /* @__PURE__ */ z.object({
  password: /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(1024)),
});
export type ConfirmSessionRequest = z.infer<typeof ConfirmSessionRequest>;

/** Session info; reading it does not extend the idle timeout. */
const session = /* @__PURE__ */ call('GET', '/session', sessionState);
const logout = /* @__PURE__ */ call('POST', '/logout', signedOut);
/**
 * The signed-in member proves again that it is them (the password), before an action that needs
 * a recent sign-in (adding a passkey): answers `CONFIRMATION_REQUIRED` otherwise.
 */
export const confirmSessionCall = /* @__PURE__ */ call('POST', '/session/confirm', loginResponse);

/**
 * The member chose to stay signed in (`<pk-session-timer>`'s warning): counts as activity, so the
 * idle timeout starts again; the absolute timeout does not move. Answers the session as it is now.
 */
export const extendSessionCall = /* @__PURE__ */ call('POST', '/session/extend', loginResponse);

// An element that only confirms imports `confirmSessionCall` itself: a bundler keeps every
// property of an object whose property is read, and with them the session state's schema.
export const sessionCalls = { session, logout, confirm: confirmSessionCall };

export const sessionRoutes = {
  session: /* @__PURE__ */ route(session, Empty),
  logout: /* @__PURE__ */ route(logout, Empty),
  confirm: /* @__PURE__ */ route(confirmSessionCall, ConfirmSessionRequest),
  extend: /* @__PURE__ */ route(extendSessionCall, Empty),
};
