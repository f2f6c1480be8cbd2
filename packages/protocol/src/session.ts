import * as z from 'zod/mini';
import { call, Empty, route } from './route.js';
import { SignedIn } from './login.js';

export const SignedOut = /* @__PURE__ */ z.object({ signedIn: z.literal(false) });

// A union rather than a discriminated union: the same check for half the code in the browser.
export const SessionState = /* @__PURE__ */ z.union([SignedIn, SignedOut]);
export type SessionState = z.infer<typeof SessionState>;

/** Session info; reading it does not extend the idle timeout. */
const session = /* @__PURE__ */ call('GET', '/session', SessionState);
const logout = /* @__PURE__ */ call('POST', '/logout', SignedOut);

export const sessionCalls = { session, logout };

export const sessionRoutes = {
  session: /* @__PURE__ */ route(session, Empty),
  logout: /* @__PURE__ */ route(logout, Empty),
};
