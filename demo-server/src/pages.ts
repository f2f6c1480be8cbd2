import type { OutgoingMessage } from '@portalkit/server';
import { html, type Html } from './html.js';
import { texts, type Lang } from './i18n.js';
import { emailView, formatTime } from './email.js';
import { isLetter, letterView } from './letter.js';
import { smsView } from './sms.js';

export interface Page {
  lang: Lang;
  title: string;
  /** The path of this page, for the language switch link. */
  path: string;
  body: Html;
  /** Element entries this page loads (from /elements). */
  elements?: string[];
  /**
   * A page for a signed-in member: the account's navigation, and `<pk-session-timer>`, which
   * warns before the idle sign-out and says why after it (WCAG 2.2.1).
   */
  signedIn?: boolean;
}

/** Where the session timer sends the member once the session has run out: the sign-in, with why. */
export const timeoutHref = '/?abgemeldet=timeout';

/** The signed-in member's places, the current one marked. */
function accountNav(lang: Lang, path: string): Html {
  const t = texts[lang];
  const links = [
    ['/konto', t.navOverview],
    ['/konto/dokumente', t.navDocuments],
    ['/konto/einstellungen', t.navSettings],
  ] as const;
  return html`<nav class="account-nav" aria-label="${t.accountNavLabel}">
  <ul class="wrap">${links.map(
    ([href, label]) =>
      html`<li><a href="${href}"${path === href ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul>
</nav>`;
}

/** The site's frame around a page's body: head, header with the language switch, footer. */
export function layout({ lang, title, path, body, elements = [], signedIn = false }: Page): string {
  const t = texts[lang];
  if (signedIn) elements = [...elements, 'pk-session-timer'];
  const other: Lang = lang === 'de' ? 'en' : 'de';
  return (
    '<!doctype html>\n' +
    html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="/assets/logo.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
${elements.map((name) => html`<script type="module" src="/elements/${name}.js"></script>`)}
<script type="module" src="/assets/site.js"></script>
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="/"><img src="/assets/logo.svg" alt="" width="40" height="40"><span><strong>${t.insurer}</strong><small>${t.portal}</small></span></a>
    <a class="lang-switch" href="/lang/${other}?next=${encodeURIComponent(path)}" hreflang="${other}" lang="${other}" aria-label="${t.switchLanguageLabel}">${t.switchLanguage}</a>
  </div>
</header>
${signedIn ? accountNav(lang, path) : ''}
<main id="main" tabindex="-1">
${body}
</main>
${signedIn ? html`<pk-session-timer api="/portal" login-href="${timeoutHref}"></pk-session-timer>` : ''}
<footer class="site-footer">
  <div class="wrap">
    <p>${t.demoNote}</p>
    <p><a href="/demo/outbox">${t.outboxLink}</a> · <a href="/demo/inbox">${t.inboxLink}</a></p>
  </div>
</footer>
</body>
</html>
`.value
  );
}

/** Why the member is on the sign-in page again: signed out, timed out, or the registration ended. */
export type HomeNotice = 'signed-out' | 'expired' | 'ended';

export function homePage(lang: Lang, notice?: HomeNotice): string {
  const t = texts[lang];
  const noticeText =
    notice === 'signed-out'
      ? t.signedOutNotice
      : notice === 'expired'
        ? t.expiredNotice
        : notice === 'ended'
          ? t.endedNotice
          : '';
  return layout({
    lang,
    title: t.homeTitle,
    path: '/',
    elements: ['pk-login'],
    body: html`<div class="wrap">
  <h1>${t.homeHeading}</h1>
  <p class="lead">${t.homeIntro}</p>
</div>
<div class="wrap home">
  <section class="card login-card" aria-labelledby="login-heading">
    <h2 id="login-heading">${t.loginHeading}</h2>
    ${noticeText ? html`<p class="notice" role="status">${noticeText}</p>` : ''}
    <pk-login api="/portal" data-next="/konto" forgot-password-href="/passwort-vergessen"></pk-login>
    <p class="muted">${t.noAccount} <a href="/registrieren">${t.registerLink}</a></p>
  </section>
  <section class="intro" aria-labelledby="intro-heading">
    <h2 id="intro-heading">${t.benefitsHeading}</h2>
    <ul class="benefits">${t.homeBenefits.map((item) => html`<li>${item}</li>`)}</ul>
  </section>
</div>`,
  });
}

export function registerPage(lang: Lang): string {
  const t = texts[lang];
  return layout({
    lang,
    title: t.registerTitle,
    path: '/registrieren',
    elements: ['pk-register'],
    body: html`<div class="wrap register">
  <h1>${t.registerHeading}</h1>
  <p class="lead">${t.registerIntro}</p>
  <section class="card register-card" aria-label="${t.registerCardLabel}">
    <pk-register api="/portal"></pk-register>
  </section>
  <p class="muted">${t.haveAccount} <a href="/">${t.signInLink}</a></p>
</div>`,
  });
}

export function forgotPasswordPage(lang: Lang): string {
  const t = texts[lang];
  return layout({
    lang,
    title: t.forgotTitle,
    path: '/passwort-vergessen',
    elements: ['pk-forgot-password'],
    body: html`<div class="wrap forgot-password">
  <h1>${t.forgotHeading}</h1>
  <p class="lead">${t.forgotIntro}</p>
  <section class="card forgot-password-card" aria-label="${t.forgotCardLabel}">
    <pk-forgot-password api="/portal"></pk-forgot-password>
  </section>
  <p class="muted">${t.rememberPassword} <a href="/">${t.signInLink}</a></p>
</div>`,
  });
}

/** Each channel in its own look: a printed letter, a mail program's view, a phone's message. */
function messageView(message: OutgoingMessage, index: number, lang: Lang): Html {
  if (isLetter(message)) return letterView(message, index);
  if (message.channel === 'sms') return smsView(message, lang);
  return emailView(message, lang);
}

export function outboxPage(lang: Lang, messages: readonly OutgoingMessage[]): string {
  const t = texts[lang];
  const newestFirst = messages.map((message, index) => ({ message, index })).reverse();
  return layout({
    lang,
    title: t.outboxTitle,
    path: '/demo/outbox',
    body: html`<div class="wrap outbox">
  <h1>${t.outboxHeading}</h1>
  <p class="lead">${t.outboxIntro}</p>
  ${
    newestFirst.length === 0
      ? html`<p class="card">${t.outboxEmpty}</p>`
      : html`<ol class="messages">${newestFirst.map(
          ({ message, index }) => html`<li class="message message-${message.channel}" data-template="${message.template}" data-channel="${message.channel}">
  <p class="message-meta"><span class="badge">${t.channel[message.channel]}</span>
  ${t.sentAt}: <time datetime="${message.sentAt}">${formatTime(message.sentAt, lang)}</time></p>
  ${messageView(message, index, lang)}
</li>`,
        )}</ol>`
  }
</div>`,
  });
}

export function notFoundPage(lang: Lang): string {
  const t = texts[lang];
  return layout({
    lang,
    title: t.notFoundTitle,
    path: '/',
    body: html`<div class="wrap"><h1>${t.notFoundTitle}</h1><p>${t.notFound}</p><p><a href="/">${t.home}</a></p></div>`,
  });
}
