import type { FlowContext } from '../context.js';
import type { AccountRecord } from '../stores/accounts.js';
import type { NoticeTemplate } from './mailer.js';
import { renderNotice, type NoticeData } from './templates.js';

/** Whom an e-mail notice goes to: an account, or a registration not yet one. */
export type NoticeRecipient = Pick<AccountRecord, 'email' | 'displayName' | 'locale'>;

/**
 * Sends a security notice by e-mail. A notice is a courtesy on top of an action that already
 * happened, so a failing mail system is logged (without address or name) and never fails it.
 */
export async function sendNotice(
  ctx: FlowContext,
  recipient: NoticeRecipient,
  template: NoticeTemplate,
  data: Omit<NoticeData, 'recipientName' | 'insurerName' | 'at'> = {},
): Promise<void> {
  const at = ctx.now();
  const { subject, text } = renderNotice(template, recipient.locale, {
    ...data,
    recipientName: recipient.displayName,
    insurerName: ctx.config.rp.name,
    at,
  });
  try {
    await ctx.mail.send({
      channel: 'email',
      to: recipient.email,
      recipientName: recipient.displayName,
      template,
      locale: recipient.locale,
      subject,
      text,
      sentAt: new Date(at).toISOString(),
    });
  } catch (error) {
    ctx.log({
      level: 'warn',
      event: 'notice.failed',
      template,
      error: error instanceof Error ? error.name : typeof error,
    });
  }
}
