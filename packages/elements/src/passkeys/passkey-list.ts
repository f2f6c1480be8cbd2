import type { PasskeyView } from '@portalkit/protocol';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';

/** A calendar date as members read it: `26.11.2026`, `26 November 2026`. */
function formatDate(lang: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // English for members of a German insurer: day before month, as in British English.
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    dateStyle: lang === 'de' ? 'medium' : 'long',
  }).format(date);
}

/** The member's passkeys (name, when added, when last used, synced or on one device). */
export function passkeyList(passkeys: readonly PasskeyView[], localize: LocalizeController) {
  if (passkeys.length === 0) return html`<p part="empty">${localize.term('passkeys.empty')}</p>`;
  const date = (iso: string) => formatDate(localize.lang, iso);
  return html`<ul part="passkey-list" aria-label=${localize.term('passkeys.listLabel')}>
    ${passkeys.map(
      (passkey): TemplateResult =>
        html`<li part="passkey">
          <span part="passkey-name">${passkey.name}</span>
          <span part="passkey-detail"
            >${localize.term('passkeys.createdAt', date(passkey.createdAt))}</span
          >
          <span part="passkey-detail"
            >${
              passkey.lastUsedAt
                ? localize.term('passkeys.lastUsedAt', date(passkey.lastUsedAt))
                : localize.term('passkeys.neverUsed')
            }</span
          >
          <span part="passkey-detail"
            >${localize.term(passkey.backedUp ? 'passkeys.synced' : 'passkeys.deviceBound')}</span
          >
        </li>`,
    )}
  </ul>`;
}
