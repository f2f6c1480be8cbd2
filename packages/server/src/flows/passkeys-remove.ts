import { passkeyRoutes, type ApprovalSummary } from '@portalkit/protocol';
import type { Flow, FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import { sendNotice } from '../notices/send.js';
import { countAttempt } from '../security/lock.js';
import { requireSession } from '../session/sessions.js';
import type { AccountRecord } from '../stores/accounts.js';
import { audit } from '../stores/audit.js';
import { credentials, type CredentialRecord } from '../stores/credentials.js';
import { throttle } from '../stores/throttle.js';
import { checkPassword, passwordLocks } from './login.js';
import { passkeyList } from './passkeys-list.js';
import { invalid, protectedForm } from './protected-form.js';

/** What a pending removal stores: the passkey, by id and by the name the member knows. */
export interface PasskeyRemoval {
  id: string;
  name: string;
}

/** The summary a member approves: which passkey goes. */
export function summarizeRemoval(removal: PasskeyRemoval): ApprovalSummary {
  return {
    de: {
      title: 'Passkey entfernen',
      lines: [{ label: 'Passkey', from: removal.name, to: 'entfernt' }],
    },
    en: {
      title: 'Remove a passkey',
      lines: [{ label: 'Passkey', from: removal.name, to: 'removed' }],
    },
  };
}

/** The member's passkeys and the one named `id` among them, or `NOT_FOUND` (another's alike). */
async function ownPasskey(
  ctx: FlowContext,
  account: AccountRecord,
  id: string,
): Promise<{ passkey: CredentialRecord; all: CredentialRecord[] }> {
  const all = await ctx.store.use(credentials).list(account.id);
  const passkey = all.find((c) => c.id === id);
  if (!passkey) throw new PortalError('NOT_FOUND');
  return { passkey, all };
}

/** Audits a removed passkey and tells the member by e-mail. */
async function removed(
  ctx: FlowContext,
  account: AccountRecord,
  removal: PasskeyRemoval,
  left: number,
): Promise<void> {
  const at = ctx.now();
  await ctx.store.use(audit).append({ event: 'passkey.removed', accountId: account.id, at });
  const data = { passkeyName: removal.name, passkeysLeft: left };
  ctx.after(() => sendNotice(ctx, account, 'passkey-removed', data));
}

/**
 * Removing a passkey while another remains: a protected form, approved with one of the other
 * passkeys. The passkey being removed is excluded from its own approval: approving shows that the
 * member holds a passkey that stays, and a passkey in other hands (a lost phone) cannot remove
 * itself. The member's last passkey goes through `removeLastPasskey` instead.
 */
export const removePasskeyForm = protectedForm({
  kind: 'passkey-remove',
  route: passkeyRoutes.remove,
  async prepare(input, ctx, account): Promise<PasskeyRemoval> {
    const { passkey, all } = await ownPasskey(ctx, account, input.id);
    if (all.length === 1) throw invalid('id', 'last');
    return { id: passkey.id, name: passkey.name };
  },
  summarize: summarizeRemoval,
  excludeCredentials: (removal) => [removal.id],
  async execute(removal, ctx, account) {
    const store = ctx.store.use(credentials);
    // Two removals approved at once, each with the passkey the other removes, must not leave the
    // account without one: the store deletes it only while another remains, in one step, and the
    // last goes only with the password.
    if (!(await store.deleteUnlessLast(account.id, removal.id))) {
      const stillThere = (await store.list(account.id)).some((c) => c.id === removal.id);
      throw stillThere ? invalid('id', 'last') : new PortalError('NOT_FOUND');
    }
    await removed(ctx, account, removal, (await store.list(account.id)).length);
  },
});

/**
 * Removes the member's only passkey after checking the password, guarded by the sign-in's
 * counters (the same secret): the attempt is counted before the hash is checked, and a wrong
 * password locks as a wrong sign-in does. Refused while another passkey remains (that one
 * approves instead).
 */
export const removeLastPasskey: Flow<typeof passkeyRoutes.removeLast> = async (input, ctx) => {
  const session = requireSession(ctx);
  const { account } = session;
  const { passkey, all } = await ownPasskey(ctx, account, input.id);
  if (all.length > 1) throw invalid('id', 'notLast');
  const locks = passwordLocks(ctx, account.kvnr);
  const attempt = await countAttempt(ctx, locks.keys);
  await checkPassword(ctx, attempt, account, input.password, 'passkey.remove.failure');
  await ctx.store.use(throttle).release(locks.release);
  if (!(await ctx.store.use(credentials).delete(account.id, passkey.id))) {
    throw new PortalError('NOT_FOUND');
  }
  await removed(ctx, account, { id: passkey.id, name: passkey.name }, 0);
  return passkeyList(ctx, session);
};
