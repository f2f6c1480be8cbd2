import { formatIban } from '@portalkit/protocol';
import { html, type Html } from './html.js';
import { texts, type Lang } from './i18n.js';
import { layout } from './pages.js';

/** The member's details as the portal's own routes answer them (`GET /address`, `/bank-details`). */
export interface AccountDetails {
  address?: { street: string; houseNumber: string; postcode: string; city: string } | undefined;
  bankDetails?: { holder: string; iban: string; bankName?: string | undefined } | null | undefined;
}

export type AccountNotice = 'password-changed';

function addressView({ address }: AccountDetails, lang: Lang): Html {
  const t = texts[lang];
  if (!address) return html`<p>${t.detailsUnavailable}</p>`;
  return html`<p class="detail-value">${address.street} ${address.houseNumber}<br>${address.postcode} ${address.city}</p>`;
}

function bankDetailsView({ bankDetails }: AccountDetails, lang: Lang): Html {
  const t = texts[lang];
  if (bankDetails === undefined) return html`<p>${t.detailsUnavailable}</p>`;
  if (bankDetails === null) return html`<p>${t.noBankDetails}</p>`;
  // The IBAN comes masked; spaced in fours as printed on a card, whatever the server's spacing.
  const iban = formatIban(bankDetails.iban.replace(/\s+/g, ''));
  return html`<p class="detail-value">${bankDetails.holder}<br><span class="iban">${iban}</span>${
    bankDetails.bankName ? html`<br>${bankDetails.bankName}` : ''
  }</p>`;
}

/**
 * The overview: the member's address and bank details with links to change them, the way to
 * submit documents, the changes waiting for approval (`<pk-approve mode="inbox">`) and the
 * passkeys. After a password sign-in, `<pk-passkeys offer>` offers to add one on top (it shows
 * nothing when the server has nothing to offer: a passkey exists, or "Nicht jetzt" was said).
 */
export function accountPage(
  lang: Lang,
  displayName: string,
  details: AccountDetails,
  { notice, offerPasskey = false }: { notice?: AccountNotice; offerPasskey?: boolean } = {},
): string {
  const t = texts[lang];
  return layout({
    lang,
    title: t.accountTitle,
    path: '/konto',
    signedIn: true,
    elements: ['pk-approve', 'pk-passkeys'],
    body: html`<div class="wrap account">
  <div class="account-head">
    <div>
      <h1>${t.greeting(displayName)}</h1>
      <p class="lead">${t.accountIntro}</p>
      ${notice === 'password-changed' ? html`<p class="notice" role="status">${t.passwordChangedNotice}</p>` : ''}
    </div>
    <button type="button" class="button-secondary" id="sign-out" data-busy-text="${t.signingOut}">${t.signOut}</button>
  </div>
  ${offerPasskey ? html`<pk-passkeys api="/portal" offer class="passkey-offer"></pk-passkeys>` : ''}
  <section class="card" aria-labelledby="details-heading">
    <h2 id="details-heading">${t.accountDetailsHeading}</h2>
    <div class="details">
      <div class="detail" id="address">
        <h3>${t.addressLabel}</h3>
        ${addressView(details, lang)}
        <p><a href="/konto/anschrift">${t.changeAddressLink}</a></p>
      </div>
      <div class="detail" id="bank-details">
        <h3>${t.bankDetailsLabel}</h3>
        ${bankDetailsView(details, lang)}
        <p><a href="/konto/bankverbindung">${t.changeBankDetailsLink}</a></p>
      </div>
    </div>
  </section>
  <section class="card" id="documents" aria-labelledby="documents-heading">
    <h2 id="documents-heading">${t.documentsHeading}</h2>
    <p>${t.documentsOverviewIntro}</p>
    <p><a href="/konto/dokumente">${t.documentsLink}</a></p>
  </section>
  <div class="card approvals-card">
    <pk-approve api="/portal" mode="inbox"></pk-approve>
  </div>
  <section class="card" id="passkeys" aria-labelledby="passkeys-heading">
    <h2 id="passkeys-heading">${t.passkeysHeading}</h2>
    <p>${t.passkeysIntro}</p>
    <pk-passkeys api="/portal" id="passkey-list"></pk-passkeys>
  </section>
</div>`,
  });
}

/** A protected form's page: a heading, what happens, the element, and the way back. */
function changePage(
  lang: Lang,
  { title, heading, intro, path, element, hasPasskey }: {
    title: string;
    heading: string;
    intro: string;
    path: string;
    element: 'pk-address-change' | 'pk-bank-details';
    /** Without one (or not known), the page says where to add one before approving. */
    hasPasskey: boolean;
  },
): string {
  const t = texts[lang];
  return layout({
    lang,
    title,
    path,
    signedIn: true,
    elements: [element],
    body: html`<div class="wrap change">
  <p class="back"><a href="/konto">${t.backToOverview}</a></p>
  <h1>${heading}</h1>
  <p class="lead">${intro}</p>
  <section class="card change-card" aria-label="${heading}">
    ${element === 'pk-address-change'
      ? html`<pk-address-change api="/portal"></pk-address-change>`
      : html`<pk-bank-details api="/portal"></pk-bank-details>`}
  </section>
  ${hasPasskey ? '' : html`<p class="muted">${t.passkeyNeeded} <a href="/konto#passkeys">${t.passkeyNeededLink}</a></p>`}
</div>`,
  });
}

export function addressPage(lang: Lang, hasPasskey: boolean): string {
  const t = texts[lang];
  return changePage(lang, {
    hasPasskey,
    title: t.addressTitle,
    heading: t.addressHeading,
    intro: t.addressIntro,
    path: '/konto/anschrift',
    element: 'pk-address-change',
  });
}

export function bankDetailsPage(lang: Lang, hasPasskey: boolean): string {
  const t = texts[lang];
  return changePage(lang, {
    hasPasskey,
    title: t.bankTitle,
    heading: t.bankHeading,
    intro: t.bankIntro,
    path: '/konto/bankverbindung',
    element: 'pk-bank-details',
  });
}

/**
 * The phone's page (`/freigabe`, the handoff's QR code and short link lead here): signed out, the
 * sign-in first, and the page again after it (its address keeps the link's `#t=`); signed in,
 * `<pk-approve>`, which takes the token from the address and shows the change and the numbers.
 * Opened without a link, it lists the member's pending approvals.
 */
export function approvePage(lang: Lang, signedIn: boolean): string {
  const t = texts[lang];
  return layout({
    lang,
    title: t.approveTitle,
    path: '/freigabe',
    signedIn,
    elements: [signedIn ? 'pk-approve' : 'pk-login'],
    body: html`<div class="wrap approve">
  <h1>${t.approveHeading}</h1>
  ${
    signedIn
      ? html`<p class="lead">${t.approveIntro}</p>
  <section class="card approve-card" aria-label="${t.approveCardLabel}">
    <pk-approve api="/portal" mode="inbox"></pk-approve>
  </section>
  <p class="muted"><a href="/konto">${t.toOverview}</a></p>`
      : html`<p class="lead">${t.approveSignInIntro}</p>
  <section class="card login-card" aria-labelledby="login-heading">
    <h2 id="login-heading">${t.loginHeading}</h2>
    <pk-login api="/portal" data-reload forgot-password-href="/passwort-vergessen"></pk-login>
  </section>`
  }
</div>`,
  });
}

/** Where `<pk-account>` sends the member once the registration has ended: the sign-in, saying so. */
export const endedHref = '/?abgemeldet=aufgehoben';

/**
 * "Persönliche Daten & Einstellungen" (`/konto/einstellungen`): `<pk-account>` (the password,
 * the e-mail address, the sessions on other devices, ending the registration), and where the
 * passkeys are managed.
 */
export function settingsPage(lang: Lang): string {
  const t = texts[lang];
  return layout({
    lang,
    title: t.settingsTitle,
    path: '/konto/einstellungen',
    signedIn: true,
    elements: ['pk-account'],
    body: html`<div class="wrap settings">
  <h1>${t.settingsHeading}</h1>
  <p class="lead">${t.settingsIntro}</p>
  <section class="card settings-card" aria-label="${t.settingsCardLabel}">
    <pk-account api="/portal" done-href="${endedHref}" passkeys-href="/konto#passkeys"></pk-account>
  </section>
  <p class="muted">${t.settingsPasskeys} <a href="/konto#passkeys">${t.settingsPasskeysLink}</a></p>
</div>`,
  });
}
