import * as z from 'zod/mini';
import { route } from './route.js';

/** What the browser may know about the signed-in member: no social data beyond the name. */
export const MemberView = z.object({ displayName: z.string() });
export type MemberView = z.infer<typeof MemberView>;

export const SignInMethod = z.enum(['password', 'passkey']);
export type SignInMethod = z.infer<typeof SignInMethod>;

export const SignedIn = z.object({
  signedIn: z.literal(true),
  member: MemberView,
  method: SignInMethod,
  /** Seconds until the session ends unless the member does something. */
  idleExpiresIn: z.number(),
  /** Seconds until the session ends whatever the member does. */
  absoluteExpiresIn: z.number(),
});
export type SignedIn = z.infer<typeof SignedIn>;

export const SignedOut = z.object({ signedIn: z.literal(false) });

export const SessionState = z.discriminatedUnion('signedIn', [SignedIn, SignedOut]);
export type SessionState = z.infer<typeof SessionState>;

export const Empty = z.object({});

export const sessionRoutes = {
  /** Session info; reading it does not extend the idle timeout. */
  session: route('GET', '/session', Empty, SessionState),
  logout: route('POST', '/logout', Empty, SignedOut),
};
