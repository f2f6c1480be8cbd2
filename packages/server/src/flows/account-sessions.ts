import type { accountRoutes, SessionList } from '@portalkit/protocol';
import type { Flow, FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import { sha256 } from '../session/session-id.js';
import { isExpired, requireSession } from '../session/sessions.js';
import { audit } from '../stores/audit.js';
import { sessions, type SessionRecord } from '../stores/sessions.js';
import { deviceParts } from '../webauthn/device-name.js';

type Routes = typeof accountRoutes;

/**
 * What the browser gets to name a session: derived from the stored hash of its id, so the list
 * says nothing that could be presented as a session (the hash is what a store leak would show,
 * and the handle cannot be turned back into it).
 */
export const sessionHandle = (idHash: string): string =>
  sha256(`session-handle:${idHash}`).slice(0, 22);

/** The member's sessions that still live, with their records: this one first, then the latest. */
async function liveSessions(ctx: FlowContext): Promise<SessionRecord[]> {
  const { record, account } = requireSession(ctx);
  const now = ctx.now();
  const all = await ctx.store.use(sessions).list(account.id);
  const others = all.filter((s) => s.idHash !== record.idHash && !isExpired(s, ctx.config, now));
  return [record, ...others.sort((a, b) => b.lastSeenAt - a.lastSeenAt)];
}

async function sessionList(ctx: FlowContext): Promise<SessionList> {
  const { record, account } = requireSession(ctx);
  const iso = (at: number) => new Date(at).toISOString();
  return {
    sessions: (await liveSessions(ctx)).map((s) => ({
      id: sessionHandle(s.idHash),
      ...deviceParts(s.userAgent),
      method: s.method,
      createdAt: iso(s.createdAt),
      lastSeenAt: iso(s.lastSeenAt),
      current: s.idHash === record.idHash,
    })),
  };
}

export const listSessions: Flow<Routes['sessions']> = async (_input, ctx) => sessionList(ctx);

/**
 * Ends one of the member's other sessions. An unknown handle, another member's session, an
 * expired one and the current one all get `NOT_FOUND` (signing out is the way to end this one).
 */
export const endSession: Flow<Routes['endSession']> = async (input, ctx) => {
  const { record, account } = requireSession(ctx);
  const found = (await liveSessions(ctx)).find(
    (s) => s.idHash !== record.idHash && sessionHandle(s.idHash) === input.id,
  );
  if (!found) throw new PortalError('NOT_FOUND');
  await ctx.store.use(sessions).delete(found.idHash);
  await ctx.store
    .use(audit)
    .append({ event: 'account.session.ended', accountId: account.id, at: ctx.now() });
  return sessionList(ctx);
};

/** Ends every session of the member's but this one (ASVS 7.5.2), audited in the same step. */
export const endOtherSessions: Flow<Routes['endOtherSessions']> = async (_input, ctx) => {
  const { record, account } = requireSession(ctx);
  const event = { event: 'account.sessions.ended' as const, accountId: account.id, at: ctx.now() };
  await ctx.store.use(sessions).deleteOthers(account.id, record.idHash, event);
  return sessionList(ctx);
};
