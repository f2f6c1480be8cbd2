import type { PasskeyView } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';

const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A calendar date as members read it, in their time zone: `26.11.2026`, `26 November 2026`.
 * German and English are written out here, as `Intl.DateTimeFormat` writes them: the first `Intl`
 * formatter a page makes loads the locale data, which took 50–140 ms at 4× CPU throttling, more
 * than the rest of the list's first content. A language a site registered uses `Intl`.
 */
export function formatDate(lang: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.getDate();
  const month = date.getMonth();
  const year = date.getFullYear();
  const two = (value: number) => String(value).padStart(2, '0');
  if (lang === 'de') return `${two(day)}.${two(month + 1)}.${year}`;
  // English for members of a German insurer: day before month, as in British English.
  if (lang === 'en') return `${day} ${monthsEn[month]} ${year}`;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
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
  const date = (iso: string) => formatDate(localize.lang, iso);
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
