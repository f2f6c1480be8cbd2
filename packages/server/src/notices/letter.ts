import { formatActivationCode } from '@portalkit/protocol';
import { toString as qrCode } from 'qrcode';
import type { FlowContext } from '../context.js';
import type { Member } from '../members.js';
import type { NoticeTemplate } from './mailer.js';
import { renderNotice, type NoticeData } from './templates.js';

/**
 * The address a letter's QR code opens: the page the code is entered on, with the code in the
 * fragment, which a browser sends to no server and in no Referer, so the code reaches no log.
 */
export function letterLink(pageUrl: string, code: string): string {
  const url = new URL(pageUrl);
  url.hash = `code=${code}`;
  return url.href;
}

export interface CodeLetter {
  template: Extract<NoticeTemplate, 'activation-letter' | 'reset-letter'>;
  /** The code as drawn (`newActivationCode`), printed in groups. */
  code: string;
  validUntil: number;
  /** The page the letter names and its QR code opens (activation, or forgot password). */
  pageUrl: string;
  /** Default: the member's language, else German. */
  locale?: 'de' | 'en';
}

/**
 * Sends a letter with a code (an activation letter, or a reset letter) to the member's registered
 * address: the code printed, until when it works, and a QR code opening the page with the code.
 */
export async function sendCodeLetter(
  ctx: FlowContext,
  member: Member,
  { template, code, validUntil, pageUrl, locale = member.locale ?? 'de' }: CodeLetter,
): Promise<void> {
  const printed = formatActivationCode(code);
  const at = ctx.now();
  const { subject, text } = renderNotice(
    template,
    locale,
    {
      recipientName: member.name,
      insurerName: ctx.config.rp.name,
      at,
      code: printed,
      validUntil,
      activationUrl: pageUrl,
    },
    'letter',
  );
  const addressLines = addressBlock(member.name, member.address);
  // Error correction M (15 %) and the standard quiet zone of 4 modules: scannable from paper.
  const qrSvg = await qrCode(letterLink(pageUrl, code), {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
  });
  await ctx.mail.send({
    channel: 'letter',
    to: addressLines.slice(1).join(', '),
    recipientName: member.name,
    template,
    locale,
    subject,
    text,
    sentAt: new Date(at).toISOString(),
    letter: {
      addressLines,
      code: printed,
      validUntil: new Date(validUntil).toISOString(),
      activationUrl: pageUrl,
      qrSvg,
    },
  });
}

/** A postal address's lines under the recipient's name, as a window envelope shows them. */
export function addressBlock(
  name: string,
  address: { street: string; houseNumber?: string; postcode: string; city: string },
): string[] {
  const street = address.houseNumber ? `${address.street} ${address.houseNumber}` : address.street;
  return [name, street, `${address.postcode} ${address.city}`];
}

/**
 * Sends a notice as a letter (no code) to a postal address. Like every notice, a failing mail
 * system is logged (without address or name) and fails nothing: the change it reports is made.
 */
export async function sendNoticeLetter(
  ctx: FlowContext,
  recipient: { name: string; locale: 'de' | 'en' },
  address: { street: string; houseNumber?: string; postcode: string; city: string },
  template: NoticeTemplate,
  data: Omit<NoticeData, 'recipientName' | 'insurerName' | 'at'>,
): Promise<void> {
  const at = ctx.now();
  const { subject, text } = renderNotice(
    template,
    recipient.locale,
    { ...data, recipientName: recipient.name, insurerName: ctx.config.rp.name, at },
    'letter',
  );
  const addressLines = addressBlock(recipient.name, address);
  try {
    await ctx.mail.send({
      channel: 'letter',
      to: addressLines.slice(1).join(', '),
      recipientName: recipient.name,
      template,
      locale: recipient.locale,
      subject,
      text,
      sentAt: new Date(at).toISOString(),
      addressLines,
    });
  } catch (error) {
    ctx.log({
      level: 'warn',
      event: 'notice.failed',
      template,
      channel: 'letter',
      error: error instanceof Error ? error.name : typeof error,
    });
  }
}
