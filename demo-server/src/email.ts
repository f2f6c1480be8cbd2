import type { OutgoingMessage } from '@portalkit/server';
import { html, type Html } from './html.js';
import { texts, type Lang } from './i18n.js';

/** A message's text as paragraphs (split at blank lines), its line breaks kept. */
export function paragraphs(text: string): Html {
  return html`${text
    .split(/\n{2,}/)
    .map(
      (paragraph) =>
        html`<p>${paragraph.split('\n').map((line, i) => html`${i > 0 ? html`<br>` : ''}${line}`)}</p>`,
    )}`;
}

/** When a message went out, in the page's language and German local time. */
export function formatTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));
}

/**
 * An e-mail as a mail program shows it: the subject, the header fields (from, to, date) and the
 * text. The page's language labels the fields; the message keeps its own (`lang`).
 */
export function emailView(message: OutgoingMessage, lang: Lang): Html {
  const t = texts[lang];
  return html`<article class="email" aria-label="${t.emailLabel(message.subject)}">
  <div class="email-head">
    <h2 class="email-subject" lang="${message.locale}">${message.subject}</h2>
    <dl class="email-fields">
      <div><dt>${t.from}</dt><dd>${t.mailFrom}</dd></div>
      <div><dt>${t.to}</dt><dd>${message.recipientName} &lt;${message.to}&gt;</dd></div>
      <div><dt>${t.date}</dt><dd><time datetime="${message.sentAt}">${formatTime(message.sentAt, lang)}</time></dd></div>
    </dl>
  </div>
  <div class="email-body" lang="${message.locale}">${paragraphs(message.text)}</div>
</article>`;
}
