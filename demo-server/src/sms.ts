import type { OutgoingMessage } from '@portalkit/server';
import { html, type Html } from './html.js';
import { texts, type Lang } from './i18n.js';
import { formatTime } from './email.js';

/**
 * A German mobile number in E.164 (`+4915112345612`) as people write it: `+49 151 12345612`.
 * Other numbers are shown as they are.
 */
export function formatPhone(e164: string): string {
  const german = /^\+49(1\d{2})(\d+)$/.exec(e164);
  return german ? `+49 ${german[1]} ${german[2]}` : e164;
}

/**
 * An SMS as a phone shows it: the sender's name at the top, the number it went to, and the text
 * in a bubble, its last line (the WebOTP line `@host #123456`) included as sent.
 */
export function smsView(message: OutgoingMessage, lang: Lang): Html {
  const t = texts[lang];
  const sender = t.insurer;
  return html`<article class="sms" aria-label="${t.smsHeading(sender)}">
  <div class="sms-head">
    <span class="sms-avatar" aria-hidden="true">LB</span>
    <h2 class="sms-sender">${t.smsHeading(sender)}</h2>
    <p class="sms-to">${t.smsTo(formatPhone(message.to))}${message.recipientName ? html` (${message.recipientName})` : ''}</p>
  </div>
  <div class="sms-thread">
    <p class="sms-bubble" lang="${message.locale}">${message.text
      .split('\n')
      .map((line, i) => html`${i > 0 ? html`<br>` : ''}${line}`)}</p>
    <p class="sms-time"><time datetime="${message.sentAt}">${formatTime(message.sentAt, lang)}</time></p>
  </div>
</article>`;
}
