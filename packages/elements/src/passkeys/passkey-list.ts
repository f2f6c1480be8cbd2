import type { PasskeyView } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../i18n/format.js';
import type { LocalizeController } from '../i18n/localize-controller.js';

/** When a passkey was added or used: `26.11.2026`, `26 November 2026`. */
function passkeyDate(lang: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDate(lang, date, lang === 'de' ? 'medium' : 'long');
}

export interface PasskeyListOptions {
  passkeys: readonly PasskeyView[];
  localize: LocalizeController;
  /** The passkey being renamed and its form, shown in place of its name and buttons. */
  renaming?: { id: string; form: TemplateResult } | undefined;
  /** "Umbenennen" and "Entfernen" on each passkey; none while the list only shows. */
  actions?: {
    rename: (passkey: PasskeyView) => void;
    remove: (passkey: PasskeyView) => void;
  };
}

/** The selector of a passkey's button (`rename` or `remove`), to give it focus again. */
export const actionSelector = (action: 'rename' | 'remove', id: string): string =>
  `[part~=${action}][data-passkey="${CSS.escape(id)}"]`;

/**
 * The member's passkeys: name, synced or on one device, when added, when last used, and a
 * rename and a remove button named after the passkey ("„iCloud-Schlüsselbund" umbenennen").
 */
export function passkeyList(options: PasskeyListOptions): TemplateResult {
  const { passkeys, localize, renaming, actions } = options;
  if (passkeys.length === 0) return html`<p part="empty">${localize.term('passkeys.empty')}</p>`;
  const date = (iso: string) => passkeyDate(localize.lang, iso);
  const detail = (text: string) => html`<span part="passkey-detail">${text}</span>`;
  const button = (action: 'rename' | 'remove', passkey: PasskeyView) =>
    html`<button
      type="button"
      part=${action}
      data-passkey=${passkey.id}
      aria-label=${localize.term(`passkeys.${action}`, passkey.name)}
      @click=${() => actions?.[action](passkey)}
    >
      ${localize.term(action === 'rename' ? 'passkeys.renameShort' : 'passkeys.removeShort')}
    </button>`;
  return html`<ul part="passkey-list" aria-label=${localize.term('passkeys.listLabel')}>
    ${passkeys.map((passkey): TemplateResult => {
      const form = renaming?.id === passkey.id ? renaming.form : undefined;
      return html`<li part="passkey">
        ${form ?? html`<span part="passkey-name">${passkey.name}</span>`}
        ${detail(localize.term(passkey.backedUp ? 'passkeys.synced' : 'passkeys.deviceBound'))}
        ${detail(localize.term('passkeys.createdAt', date(passkey.createdAt)))}
        ${detail(
          passkey.lastUsedAt
            ? localize.term('passkeys.lastUsedAt', date(passkey.lastUsedAt))
            : localize.term('passkeys.neverUsed'),
        )}
        ${
          actions && !form
            ? html`<span part="passkey-actions"
                >${button('rename', passkey)} ${button('remove', passkey)}</span
              >`
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}
