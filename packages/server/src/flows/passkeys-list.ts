import type { PasskeyList, PasskeyView, SignalDetails } from '@portalkit/protocol';
import type { ActiveSession, FlowContext } from '../context.js';
import { accounts, type AccountRecord } from '../stores/accounts.js';
import { credentials, type CredentialRecord } from '../stores/credentials.js';

/** A passkey as the member's list shows it. */
export function view(credential: CredentialRecord): PasskeyView {
  return {
    id: credential.id,
    name: credential.name,
    createdAt: new Date(credential.createdAt).toISOString(),
    lastUsedAt:
      credential.lastUsedAt === null ? null : new Date(credential.lastUsedAt).toISOString(),
    backedUp: credential.backedUp,
  };
}

/** After "not now", the offer to add a passkey waits this long. */
export const offerPauseMs = 30 * 24 * 60 * 60 * 1000;

/**
 * The member's passkeys, what the browser's Signal API needs to bring the password manager in
 * line with them (the user handle as base64url, as in `user.id` of the creation options), and
 * whether to offer adding one: after a password sign-in, without a passkey, and not within 30
 * days of "not now".
 */
export async function passkeyList(ctx: FlowContext, session: ActiveSession): Promise<PasskeyList> {
  const { account, record } = session;
  const list = await ctx.store.use(credentials).list(account.id);
  return {
    passkeys: list.map(view),
    signal: signalDetails(ctx, account),
    offer:
      record.method === 'password' && list.length === 0 && !(await offerPaused(ctx, account.id)),
  };
}

/** The account as the Signal API names it (`PasskeyList.signal`, `AccountView.signal`). */
export function signalDetails(ctx: FlowContext, account: AccountRecord): SignalDetails {
  return {
    rpId: ctx.config.rp.id,
    userId: Buffer.from(account.webauthnUserId).toString('base64url'),
    name: account.email,
    displayName: account.displayName,
  };
}

async function offerPaused(ctx: FlowContext, accountId: string): Promise<boolean> {
  const dismissedAt = await ctx.store.use(accounts).passkeyOfferDismissedAt(accountId);
  return dismissedAt !== null && ctx.now() - dismissedAt < offerPauseMs;
}
