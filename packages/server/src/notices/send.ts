import type { FlowContext } from '../context.js';
import type { AccountRecord } from '../stores/accounts.js';
import type { NoticeTemplate } from './mailer.js';
import { renderNotice, type NoticeData } from './templates.js';

/** Whom a notice goes to: an account, or a registration not yet one (which has no phone). */
export type NoticeRecipient = Pick<AccountRecord, 'email' | 'displayName' | 'locale'> &
  Partial<Pick<AccountRecord, 'phone'>>;

export type NoticeContent = Omit<NoticeData, 'recipientName' | 'insurerName' | 'at'>;

/**
 * Sends a notice by e-mail, or by SMS to the recipient's verified mobile number (`channel:
 * 'sms'`; nothing without one). A notice is a courtesy on top of an action that already happened
 * (or an answer already given), so a failing mail system is logged (without address or name) and
 * never fails it.
 */
export async function sendNotice(
  ctx: FlowContext,
  recipient: NoticeRecipient,
  template: NoticeTemplate,
  data: NoticeContent = {},
  channel: 'email' | 'sms' = 'email',
): Promise<void> {
  const to = channel === 'sms' ? recipient.phone : recipient.email;
  if (!to) return;
  const at = ctx.now();
  const { subject, text } = renderNotice(
    template,
    recipient.locale,
    { ...data, recipientName: recipient.displayName, insurerName: ctx.config.rp.name, at },
    channel,
  );
  try {
    await ctx.mail.send({
      channel,
      to,
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
      channel,
      error: error instanceof Error ? error.name : typeof error,
    });
  }
}

/** Sends a notice on every channel the account has: e-mail, and SMS where it has a phone. */
export async function sendNoticeEverywhere(
  ctx: FlowContext,
  recipient: NoticeRecipient,
  template: NoticeTemplate,
  data: NoticeContent = {},
): Promise<void> {
  await Promise.all([
    sendNotice(ctx, recipient, template, data),
    sendNotice(ctx, recipient, template, data, 'sms'),
  ]);
}
