import type { sessionRoutes } from '@portalkit/protocol';
import type { Flow } from '../context.js';
import { signedInView } from '../session/sessions.js';

type SessionRoutes = typeof sessionRoutes;

/** The session as the elements show it; reading it is not activity, so it extends nothing. */
export const sessionState: Flow<SessionRoutes['session']> = async (_input, ctx) =>
  ctx.session
    ? signedInView(ctx.session.record, ctx.session.account.displayName, ctx.config, ctx.now())
    : { signedIn: false };

export const logout: Flow<SessionRoutes['logout']> = async (_input, ctx) => {
  if (ctx.presentedSessionHash) await ctx.store.deleteSession(ctx.presentedSessionHash);
  if (ctx.session) {
    await ctx.store.audit({ event: 'logout', accountId: ctx.session.account.id, at: ctx.now() });
  }
  ctx.cookies.clear();
  return { signedIn: false };
};
