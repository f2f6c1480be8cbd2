import type { SignedIn } from '@portalkit/protocol';
import type { ActiveSession, FlowContext, PortalConfig } from '../context.js';
import { PortalError } from '../errors.js';
import type { Access } from '../router.js';
import { sessions, type SessionRecord } from '../stores/sessions.js';
import type { Store } from '../stores/store.js';
import { cookieName } from './cookie.js';
import { isSessionId, newSessionId, sha256 } from './session-id.js';

export type SessionLookup =
  | { state: 'none' }
  | { state: 'expired'; idHash: string }
  | { state: 'active'; session: ActiveSession };

export const sessionCookieName = (config: PortalConfig) => cookieName('pk_session', config.cookie);

/** SHA-256 of the session id a request presents, if it looks like one. */
export function presentedSessionHash(raw: string | null): string | null {
  return raw && isSessionId(raw) ? sha256(raw) : null;
}

/** Over `idleMs` after the last activity or `absoluteMs` after sign-in, whichever comes first. */
export function isExpired(record: SessionRecord, config: PortalConfig, now: number): boolean {
  return now >= record.lastSeenAt + config.idleMs || now >= record.createdAt + config.absoluteMs;
}

export async function lookUpSession(
  store: Store,
  config: PortalConfig,
  idHash: string | null,
  now: number,
): Promise<SessionLookup> {
  if (!idHash) return { state: 'none' };
  const found = await store.use(sessions).get(idHash);
  // A cookie whose session is gone (signed out in another tab, deleted after expiry) has expired.
  if (!found) return { state: 'expired', idHash };
  if (isExpired(found.session, config, now)) return { state: 'expired', idHash };
  return { state: 'active', session: { record: found.session, account: found.account } };
}

/**
 * Resolves the request's session as the route's access level asks, into `ctx.session`: throws
 * `SESSION_REQUIRED` / `SESSION_EXPIRED` / `CONFIRMATION_REQUIRED` where the level is not met,
 * and clears the cookie of an expired session. On routes that need a session the request counts
 * as activity: the returned function records it, which the pipeline calls once the flow has
 * answered, so that a refusal (an unknown id, a body the flow refuses) changes nothing.
 */
export async function resolveSession(
  ctx: FlowContext,
  access: Access,
): Promise<(() => Promise<void>) | null> {
  if (access === 'anonymous') return null;
  const at = ctx.now();
  const lookup = await lookUpSession(ctx.store, ctx.config, ctx.presentedSessionHash, at);
  const required = access !== 'optional';
  if (lookup.state === 'expired') {
    await ctx.store.use(sessions).delete(lookup.idHash);
    clearSessionCookie(ctx);
    if (required) throw new PortalError('SESSION_EXPIRED');
    return null;
  }
  if (lookup.state === 'none') {
    if (required) throw new PortalError('SESSION_REQUIRED');
    return null;
  }
  ctx.session = lookup.session;
  if (!required) return null;
  // Refused before it counts as activity: a refusal changes nothing.
  if (access === 'confirmed' && at - lookup.session.record.confirmedAt > ctx.config.confirmationMs) {
    throw new PortalError('CONFIRMATION_REQUIRED');
  }
  const { idHash } = lookup.session.record;
  lookup.session.record.lastSeenAt = at;
  return () => ctx.store.use(sessions).touch(idHash, at);
}

export function signedInView(
  record: SessionRecord,
  displayName: string,
  config: PortalConfig,
  now: number,
): SignedIn {
  const seconds = (until: number) => Math.max(0, Math.floor((until - now) / 1000));
  const absoluteEnd = record.createdAt + config.absoluteMs;
  return {
    signedIn: true,
    member: { displayName },
    method: record.method,
    idleExpiresIn: seconds(Math.min(record.lastSeenAt + config.idleMs, absoluteEnd)),
    absoluteExpiresIn: seconds(absoluteEnd),
    idleTimeout: Math.round(config.idleMs / 1000),
  };
}

/** A fresh session: a new random id every time, so every sign-in rotates it. */
export function mintSession(
  ctx: FlowContext,
  accountId: string,
  method: SessionRecord['method'],
): { id: string; record: SessionRecord } {
  const id = newSessionId();
  const now = ctx.now();
  return {
    id,
    record: {
      idHash: sha256(id),
      accountId,
      method,
      createdAt: now,
      lastSeenAt: now,
      confirmedAt: now,
      userAgent: ctx.client.userAgent?.slice(0, 512) ?? null,
    },
  };
}

export function issueSessionCookie(ctx: FlowContext, id: string): void {
  ctx.cookies.set(sessionCookieName(ctx.config), id);
}

export function clearSessionCookie(ctx: FlowContext): void {
  ctx.cookies.set(sessionCookieName(ctx.config), '', { maxAge: 0 });
}

/** For handlers behind an authenticated route: the pipeline has already checked it. */
export function requireSession(ctx: FlowContext): ActiveSession {
  if (!ctx.session) throw new PortalError('SESSION_REQUIRED');
  return ctx.session;
}
