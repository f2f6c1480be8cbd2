import { accountRoutes, type ApprovalSummary } from '@portalkit/protocol';
import { sendNoticeLetter } from '../notices/letter.js';
import { sendNotice } from '../notices/send.js';
import { clearSessionCookie } from '../session/sessions.js';
import { accountChanges } from '../stores/account.js';
import { credentials } from '../stores/credentials.js';
import { protectedForm } from './protected-form.js';

/** What ending the registration stores to be approved: how many passkeys go with it. */
export interface EndRegistration {
  passkeys: number;
}

/** The summary a member approves: what ends, in plain words. */
export function summarizeEndRegistration({ passkeys }: EndRegistration): ApprovalSummary {
  return {
    de: {
      title: 'Registrierung aufheben',
      lines: [
        { label: 'Online-Konto', from: 'registriert', to: 'aufgehoben, Ihre Daten darin gelöscht' },
        { label: 'Passkeys', from: String(passkeys), to: 'alle entfernt' },
        { label: 'Anmeldungen', from: null, to: 'auf allen Geräten beendet' },
        { label: 'Zugang', from: null, to: 'nur mit einer neuen Registrierung' },
      ],
    },
    en: {
      title: 'End registration',
      lines: [
        { label: 'Online account', from: 'registered', to: 'ended, your data in it deleted' },
        { label: 'Passkeys', from: String(passkeys), to: 'all removed' },
        { label: 'Sign-ins', from: null, to: 'ended on every device' },
        { label: 'Access', from: null, to: 'only by registering anew' },
      ],
    },
  };
}

/**
 * Ending the registration, once approved with a passkey: in one store step the account goes
 * with everything that hangs on it (sessions, passkeys, password history, pending codes and
 * approvals; this transaction's too, after which the approval engine's outcome has nothing left
 * to record) and the KVNR is free for a new registration; the audit log keeps `account.ended`
 * under the account's random id. This browser's session cookie is cleared; then an e-mail to
 * the address the account had and a letter to the registered address confirm it.
 */
export const endRegistrationForm = protectedForm({
  kind: 'end-registration',
  route: accountRoutes.end,
  async prepare(_input, ctx, account): Promise<EndRegistration> {
    return { passkeys: (await ctx.store.use(credentials).list(account.id)).length };
  },
  summarize: summarizeEndRegistration,
  async execute(_payload, ctx, account) {
    const at = ctx.now();
    const event = { event: 'account.ended' as const, accountId: account.id, at };
    const ended = await ctx.store.use(accountChanges).endRegistration(account.id, event);
    if (!ended) throw new Error('the account was gone before its registration ended');
    clearSessionCookie(ctx);
    ctx.after(async () => {
      await sendNotice(ctx, account, 'registration-ended');
      const member = await ctx.members?.find?.(account.kvnr);
      if (member) {
        const recipient = { name: member.name, locale: account.locale };
        await sendNoticeLetter(ctx, recipient, member.address, 'registration-ended', {});
      }
    });
  },
});
