import type { FlowContext } from '../context.js';
import type { AccountRecord } from '../stores/accounts.js';
import type { NoticeTemplate } from './mailer.js';
import { renderNotice, type NoticeData } from './templates.js';

/**
 * Sends a security notice by e-mail. A notice is a courtesy on top of an action that already
 * happened, so a failing mail system is logged (without address or name) and never fails it.
 */
export async function sendNotice(
  ctx: FlowContext,
  account: AccountRecord,
  template: NoticeTemplate,
  data: Omit<NoticeData, 'recipientName' | 'insurerName' | 'at'>,
): Promise<void> {
  const at = ctx.now();
  const { subject, text } = renderNotice(template, account.locale, {
    ...data,
    recipientName: account.displayName,
    insurerName: ctx.config.rp.name,
    at,
  });
  try {
    await ctx.mail.send({
      channel: 'email',
      to: account.email,
      recipientName: account.displayName,
      template,
      locale: account.locale,
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
