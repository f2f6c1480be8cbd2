import { sessionRoutes } from '@portalkit/protocol';
import type { Flow } from '../context.js';
import { endpoint, type FlowModule } from '../router.js';
import { countAttempt } from '../security/lock.js';
import {
  clearSessionCookie,
  issueSessionCookie,
  mintSession,
  requireSession,
  signedInView,
} from '../session/sessions.js';
import { audit } from '../stores/audit.js';
import { sessions } from '../stores/sessions.js';
import { checkPassword, passwordLocks } from './login.js';

type SessionRoutes = typeof sessionRoutes;

/** The session as the elements show it; reading it is not activity, so it extends nothing. */
export const sessionState: Flow<SessionRoutes['session']> = async (_input, ctx) =>
  ctx.session
    ? signedInView(ctx.session.record, ctx.session.account.displayName, ctx.config, ctx.now())
    : { signedIn: false };

export const logout: Flow<SessionRoutes['logout']> = async (_input, ctx) => {
  if (ctx.presentedSessionHash) await ctx.store.use(sessions).delete(ctx.presentedSessionHash);
  if (ctx.session) {
    await ctx.store
      .use(audit)
      .append({ event: 'session.logout', accountId: ctx.session.account.id, at: ctx.now() });
  }
  clearSessionCookie(ctx);
  return { signedIn: false };
};

/**
 * The signed-in member confirms with the password that it is them, before an action that needs a
 * recent sign-in. Guarded by the same counters as signing in with the KVNR (it is the same
 * secret); a success rotates the session id, as every change of privilege does.
 */
export const confirmSession: Flow<SessionRoutes['confirm']> = async (input, ctx) => {
  const { record, account } = requireSession(ctx);
  const locks = passwordLocks(ctx, account.kvnr);
  const attempt = await countAttempt(ctx, locks.keys);
  await checkPassword(ctx, attempt, account, input.password, 'session.confirm.failure');

  // A new id, confirmed now; the absolute timeout still runs from the sign-in.
  const { id, record: fresh } = mintSession(ctx, account.id, record.method);
  const confirmed = { ...fresh, createdAt: record.createdAt };
  await ctx.store.use(sessions).start({
    session: confirmed,
    replacesSessionHash: record.idHash,
    throttle: locks.release,
    audit: { event: 'session.confirmed', accountId: account.id, at: fresh.confirmedAt },
  });
  issueSessionCookie(ctx, id);
  return { session: signedInView(confirmed, account.displayName, ctx.config, fresh.lastSeenAt) };
};

/**
 * The member chose to stay signed in: the request is activity (the route needs a session, so the
 * pipeline records it once this answer stands), so the idle timeout starts again from now; the
 * absolute timeout does not move. Answers the session as it is after that.
 */
export const extendSession: Flow<SessionRoutes['extend']> = async (_input, ctx) => {
  const { record, account } = requireSession(ctx);
  const now = ctx.now();
  return { session: signedInView({ ...record, lastSeenAt: now }, account.displayName, ctx.config, now) };
};

export const sessionFlow: FlowModule = {
  name: 'session',
  endpoints: [
    endpoint(sessionRoutes.session, { access: 'optional' }, sessionState),
    endpoint(sessionRoutes.logout, { access: 'optional' }, logout),
    endpoint(sessionRoutes.confirm, { access: 'signed-in' }, confirmSession),
    endpoint(sessionRoutes.extend, { access: 'signed-in' }, extendSession),
  ],
};
