import type { ErrorCode, PasskeyView } from '@portalkit/protocol';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { toClientError } from '../client/client-error.js';
import { passkeysClient } from '../client/passkeys.js';
import type { PasskeysClient, PasskeySupport } from '../client/portal-client.js';
import { ClientController } from '../controllers/client-controller.js';
import { errorMessage, wording } from '../i18n/error-message.js';
import { genericDe } from '../i18n/generic.de.js';
import { genericEn } from '../i18n/generic.en.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { Message, Messages, PlainKey } from '../i18n/messages.js';
import { errorSummary } from '../parts/error-summary.js';
import { statusRegion } from '../parts/status.js';
import { adoptStyles } from '../styles/adopt.js';
import { baseStyles } from '../theme/tokens.js';
import { passkeysDe } from './pk-passkeys.de.js';
import { passkeysEn } from './pk-passkeys.en.js';
import { PkPasskeysErrorEvent, PkPasskeysSuccessEvent } from './pk-passkeys.events.js';
import { passkeysStyles } from './pk-passkeys.styles.js';

export type PasskeysState = 'loading' | 'idle' | 'busy' | 'error' | 'success';

const loadWording = wording('passkeys.loadFailed', {});
const addWording = wording('error.NETWORK', {
  PASSKEY_CANCELLED: 'passkeys.addCancelled',
  PASSKEY_FAILED: 'passkeys.addFailed',
  PASSKEY_UNSUPPORTED: 'passkeys.unsupported',
});
// Adding a passkey says "not reachable" with the generic text.
const terms = { de: { ...genericDe, ...passkeysDe }, en: { ...genericEn, ...passkeysEn } };
const sessionCodes: readonly ErrorCode[] = ['SESSION_EXPIRED', 'SESSION_REQUIRED'];
const unsupported: PasskeySupport = { available: false, autofill: false };

let instances = 0;

/** A calendar date as members read it: `26.11.2026`, `26 November 2026`. */
function formatDate(lang: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // English for members of a German insurer: day before month, as in British English.
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    dateStyle: lang === 'de' ? 'medium' : 'long',
  }).format(date);
}

/**
 * @summary The signed-in member's passkeys: a list (name, when added, when last used, synced or
 * bound to one device) and "Dieses Gerät als Passkey hinzufügen".
 *
 * Loads the list when connected. Renaming and removing need an approval and are not part of it.
 *
 * @fires {PkPasskeysSuccessEvent} pk-passkeys-success - A passkey was added; `detail: { passkey }`.
 * @fires {PkPasskeysErrorEvent} pk-passkeys-error - An error is shown; `detail: { code }`.
 *
 * @csspart passkey-list - The list of passkeys.
 * @csspart passkey - One passkey in the list.
 * @csspart passkey-name - A passkey's name.
 * @csspart passkey-detail - A line about a passkey (added, last used, synced).
 * @csspart empty - The text shown when there is no passkey yet.
 * @csspart submit - The "Dieses Gerät als Passkey hinzufügen" button.
 * @csspart secondary-action - The button that loads the list again after an error.
 * @csspart note - The note that the browser does not support passkeys.
 * @csspart error-summary - The error message, which takes focus.
 * @csspart status - The polite live region for progress and calm messages.
 *
 * @cssproperty --pk-color-primary - Buttons and accents.
 * @cssproperty --pk-color-primary-hover - Buttons on hover.
 * @cssproperty --pk-color-error - Error texts and borders.
 * @cssproperty --pk-color-text - Text.
 * @cssproperty --pk-color-focus - The focus ring.
 * @cssproperty --pk-radius-m - Corner radius.
 * @cssproperty --pk-space-m - Spacing steps (`-xs` to `-xl`).
 * @cssproperty --pk-font-family - Font family.
 * @cssproperty --pk-font-size-m - Body text size (`-s`, `-l`).
 * @cssproperty --pk-passkeys-max-width - Width of the element.
 */
export class PkPasskeys extends LitElement {
  // Declared here rather than with decorators: the same for Lit, without decorator helpers in every
  // page that loads the element.
  static override properties = {
    state: { reflect: true },
    api: {},
    client: { attribute: false },
    messages: { attribute: false },
    passkeys: { state: true },
    support: { state: true },
    error: { state: true },
    status: { state: true },
  };

  /** What the element shows; sites can style `pk-passkeys[state=busy]`. */
  state: PasskeysState = 'loading';

  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: string;

  /** A client to use instead of the portal's or one built from `api`. */
  client?: PasskeysClient;

  /** Terms replacing the registered ones. */
  messages?: Partial<Messages>;

  private passkeys?: PasskeyView[];
  private support?: PasskeySupport;
  private error?: { message: Message; code: ErrorCode; during: 'load' | 'add' };
  private status?: Message;

  readonly #id = `pk-passkeys-${++instances}`;

  readonly #localize = new LocalizeController(this, terms);
  readonly #client = new ClientController(this, {
    build: passkeysClient,
    attached: (client) => void this.#load(client),
    detached: (client) => {
      if (this.state === 'busy') client.cancelPasskey();
    },
  });

  override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, [baseStyles, passkeysStyles]);
  }

  override render(): TemplateResult {
    const status = this.status && this.#localize.text(this.status);
    return html`${this.#renderState()}${statusRegion(status)}`;
  }

  #renderState(): TemplateResult | typeof nothing {
    switch (this.state) {
      case 'loading':
        return nothing;
      case 'error':
        if (this.error?.during === 'load') {
          const retry = !sessionCodes.includes(this.error.code);
          return html`${this.#renderSummary()}
          ${
            retry
              ? html`<button type="button" part="secondary-action" @click=${this.#onRetry}>
                  ${this.#t('common.retry')}
                </button>`
              : nothing
          }`;
        }
        // With the session gone, adding cannot work: the message says to sign in again.
        return html`${this.#renderSummary()}${this.#renderList()}
        ${sessionCodes.includes(this.error?.code ?? 'INTERNAL') ? nothing : this.#renderAdd()}`;
      case 'idle':
      case 'busy':
      case 'success':
        return html`${this.#renderList()}${this.#renderAdd()}`;
    }
  }

  #renderSummary(): TemplateResult | typeof nothing {
    if (!this.error) return nothing;
    return errorSummary({
      id: `${this.#id}-summary`,
      heading: this.#t('common.errorSummaryHeading'),
      items: [{ text: this.#localize.text(this.error.message) }],
    });
  }

  #renderList(): TemplateResult {
    const passkeys = this.passkeys ?? [];
    if (passkeys.length === 0) return html`<p part="empty">${this.#t('passkeys.empty')}</p>`;
    const localize = this.#localize;
    const date = (iso: string) => formatDate(localize.lang, iso);
    return html`<ul part="passkey-list" aria-label=${localize.term('passkeys.listLabel')}>
      ${passkeys.map(
        (passkey) =>
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

  #renderAdd(): TemplateResult | typeof nothing {
    if (!this.support) return nothing;
    if (!this.support.available) return html`<p part="note">${this.#t('passkeys.unsupported')}</p>`;
    const busy = this.state === 'busy';
    return html`<button type="button" part="submit" @click=${this.#onAdd}>
      ${this.#t(busy ? 'passkeys.addBusy' : 'passkeys.add')}
    </button>`;
  }

  async #load(client: PasskeysClient): Promise<void> {
    this.error = undefined;
    this.status = ['passkeys.loading'];
    this.state = 'loading';
    const [support, list] = await Promise.allSettled([
      client.passkeySupport(),
      client.listPasskeys(),
    ]);
    if (client !== this.#client.client) return;
    this.support = support.status === 'fulfilled' ? support.value : unsupported;
    if (list.status === 'fulfilled') {
      this.passkeys = list.value.passkeys;
      this.status = undefined;
      this.state = 'idle';
    } else {
      void this.#fail(toClientError(list.reason), 'load');
    }
  }

  #onRetry(): void {
    void this.#load(this.#client.client);
  }

  async #onAdd(): Promise<void> {
    // Ignored while busy rather than disabled, so the button keeps focus and its name.
    if (this.state === 'busy') return;
    const client = this.#client.client;
    this.error = undefined;
    this.status = ['passkeys.addBusy'];
    this.state = 'busy';
    try {
      const { passkey } = await client.addPasskey();
      this.passkeys = [...(this.passkeys ?? []), passkey];
      this.status = ['passkeys.added'];
      this.state = 'success';
      this.dispatchEvent(new PkPasskeysSuccessEvent({ passkey }));
      // The server's list is the truth (names, order); the local one bridges until it arrives.
      const list = await client.listPasskeys().catch(() => undefined);
      if (list && client === this.#client.client) this.passkeys = list.passkeys;
    } catch (reason) {
      const error = toClientError(reason);
      if (error.aborted) {
        this.status = undefined;
        this.state = 'idle';
      } else if (error.code === 'PASSKEY_CANCELLED') {
        this.status = ['passkeys.addCancelled'];
        this.state = 'idle';
      } else {
        void this.#fail(error, 'add');
      }
    }
  }

  async #fail(error: ReturnType<typeof toClientError>, during: 'load' | 'add'): Promise<void> {
    const message = errorMessage(error, during === 'load' ? loadWording : addWording);
    this.error = { message, code: error.code, during };
    this.status = undefined;
    this.state = 'error';
    this.dispatchEvent(new PkPasskeysErrorEvent({ code: error.code }));
    await this.updateComplete;
    this.querySelector<HTMLElement>('[part~=error-summary]')?.focus();
  }

  #t(key: PlainKey): string {
    return this.#localize.term(key);
  }
}
