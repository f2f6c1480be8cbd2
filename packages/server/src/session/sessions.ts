import type { SignedIn } from '@portalkit/protocol';
import type { ActiveSession, FlowContext, PortalConfig } from '../context.js';
import { PortalError } from '../errors.js';
import type { SessionRecord, Store } from '../stores/store.js';
import { newSessionId, sha256 } from './session-id.js';

export type SessionLookup =
  | { state: 'none' }
  | { state: 'expired'; idHash: string }
  | { state: 'active'; session: ActiveSession };

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
  const found = await store.getSession(idHash);
  // A cookie whose session is gone (signed out in another tab, deleted after expiry) has expired.
  if (!found) return { state: 'expired', idHash };
  if (isExpired(found.session, config, now)) return { state: 'expired', idHash };
  return { state: 'active', session: { record: found.session, account: found.account } };
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
    record: { idHash: sha256(id), accountId, method, createdAt: now, lastSeenAt: now },
  };
}

/** For handlers behind an authenticated route: the pipeline has already checked it. */
export function requireSession(ctx: FlowContext): ActiveSession {
  if (!ctx.session) throw new PortalError('SESSION_REQUIRED');
  return ctx.session;
}
