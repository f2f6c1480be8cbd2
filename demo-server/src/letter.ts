import type { OutgoingMessage } from '@portalkit/server';
import { html, type Html } from './html.js';
import { texts } from './i18n.js';

/** A letter: one with a code (`letter` parts) or a notice (an address block and its text). */
type Letter = OutgoingMessage & { channel: 'letter' };

export const isLetter = (message: OutgoingMessage): message is Letter =>
  message.channel === 'letter' &&
  (message.letter !== undefined || message.addressLines !== undefined);

/** Where the outbox serves a letter's QR code: the demo's CSP allows images from itself only. */
export const qrPath = (index: number) => `/demo/outbox/${index}/qr.svg`;

/** A line of the letter's text, with the activation code (if any) set off so it stands out. */
function line(text: string, code: string | undefined): Html {
  const [before, ...after] = code ? text.split(code) : [text];
  return after.length === 0
    ? html`${text}`
    : html`${before}<strong class="letter-code">${code}</strong>${after.join(code)}`;
}

/**
 * A letter as it would come out of the printer: the insurer's head, the address block where a
 * window envelope shows it, the date, the subject and the text. A letter with a code
 * (registration's activation letter, a password reset's letter) shows the code set off and its
 * QR code beside it; a notice (an address change's confirmation to the old and to the new
 * address, new bank details) its text alone. `index` is the message's place in the outbox (for
 * its QR image).
 */
export function letterView(message: Letter, index: number): Html {
  const t = texts[message.locale];
  const parts = message.letter;
  const addressLines = parts?.addressLines ?? message.addressLines ?? [];
  const code = parts?.code;
  const date = new Intl.DateTimeFormat(message.locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Berlin',
  }).format(new Date(message.sentAt));
  const paragraphs = message.text.split('\n\n').map((paragraph) => paragraph.split('\n'));
  const withCode = code ? paragraphs.findIndex((lines) => lines.some((l) => l.includes(code))) : -1;
  // The QR code opens the page the letter names: registration or a password reset.
  const page = parts && URL.canParse(parts.activationUrl) ? new URL(parts.activationUrl).pathname : '';
  const qrAlt = t.qrAlt[page] ?? t.qrAltOther;
  return html`<article class="letter" lang="${message.locale}" aria-label="${t.letterLabel(message.subject)}">
  <div class="letter-head"><img src="/assets/logo.svg" alt="" width="44" height="44"><p><strong>${t.insurer}</strong><br>${t.insurerAddress}</p></div>
  <div class="letter-window">
    <p class="letter-return">${t.insurer} · ${t.insurerAddress}</p>
    <p class="letter-address">${addressLines.map((l, i) => html`${i > 0 ? html`<br>` : ''}${l}`)}</p>
  </div>
  <p class="letter-date"><time datetime="${message.sentAt}">${date}</time></p>
  <h2 class="letter-subject">${message.subject}</h2>
  <div class="letter-body">${paragraphs.map(
    (lines, i) => html`${
      i === withCode
        ? html`<figure class="letter-qr"><img src="${qrPath(index)}" alt="${qrAlt}" width="148" height="148"><figcaption>${t.qrCaption}</figcaption></figure>`
        : ''
    }<p>${lines.map((l, j) => html`${j > 0 ? html`<br>` : ''}${line(l, code)}`)}</p>`,
  )}</div>
</article>`;
}
