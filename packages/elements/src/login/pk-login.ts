import { parseIdentifier, type ErrorCode, type LoginResponse } from '@portalkit/protocol';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { toClientError, type ClientError } from '../client/client-error.js';
import { loginClient } from '../client/login.js';
import type { LoginClient, PasskeySupport } from '../client/portal-client.js';
import { ClientController } from '../controllers/client-controller.js';
import { PasskeyAutofillController } from '../controllers/passkey-autofill-controller.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { errorMessage, wording } from '../i18n/error-message.js';
import type { Message, Messages, PlainKey } from '../i18n/messages.js';
import { errorSummary } from '../parts/error-summary.js';
import { describedBy, field } from '../parts/field.js';
import { passwordField } from '../parts/password-field.js';
import { statusRegion } from '../parts/status.js';
import { adoptStyles } from '../styles/adopt.js';
import { baseStyles, passwordFieldStyles } from '../theme/tokens.js';
import { loginDe } from './pk-login.de.js';
import { loginEn } from './pk-login.en.js';
import { PkLoginErrorEvent, PkLoginSuccessEvent } from './pk-login.events.js';
import { loginStyles } from './pk-login.styles.js';

export type LoginState = 'idle' | 'busy' | 'error' | 'success';
export type LoginMethods = 'all' | 'password' | 'passkey';
type LoginField = 'identifier' | 'password';
interface LoginError {
  field?: LoginField;
  message: Message;
}

/** Errors of the autofill ceremony that can only follow a passkey the member picked. */
const autofillErrorsShown: readonly ErrorCode[] = [
  'PASSKEY_UNKNOWN',
  'PASSKEY_INVALID',
  'CHALLENGE_EXPIRED',
  'RATE_LIMITED',
];

/** Where sign-in needs other words than the general `error.<CODE>` terms. */
const loginWording = wording('login.unavailable', {
  PASSKEY_CANCELLED: 'login.passkeyCancelled',
  PASSKEY_FAILED: 'login.passkeyFailed',
  PASSKEY_UNSUPPORTED: 'login.passkeyFailed',
});

let instances = 0;

/**
 * @summary Sign-in with the insurance number (KVNR) or e-mail address and a password, or with a
 * passkey (button, and the browser's autofill list through conditional mediation).
 *
 * Renders into its light DOM inside a real `<form>` so password managers and passkey autofill see
 * the fields. Validates on submit only; errors appear in a summary that takes focus and above each
 * field. Works standalone (`api`), inside `<pk-portal>`, or with an injected `client`.
 *
 * @fires {PkLoginSuccessEvent} pk-login-success - The member is signed in;
 *   `detail: { session, method }`.
 * @fires {PkLoginErrorEvent} pk-login-error - An error is shown; `detail: { code }`.
 *
 * @csspart form - The `<form>`.
 * @csspart field - A label, hint, error and input group.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - The identifier and password inputs.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of errors at the top of the form.
 * @csspart submit - The "Anmelden" button.
 * @csspart toggle - The button that shows or hides the password.
 * @csspart passkey-section - The passkey explanation and button, or the note that passkeys
 *   are unsupported.
 * @csspart secondary-action - The "Mit Passkey anmelden" button.
 * @csspart status - The polite live region for progress and calm messages.
 *
 * @cssproperty --pk-color-primary - Buttons and accents.
 * @cssproperty --pk-color-primary-hover - Buttons on hover.
 * @cssproperty --pk-color-error - Error texts and borders.
 * @cssproperty --pk-color-text - Text.
 * @cssproperty --pk-color-border - Input borders (keep 3:1 against the background).
 * @cssproperty --pk-color-focus - The focus ring (keep 3:1 against the background).
 * @cssproperty --pk-radius-m - Corner radius of inputs and buttons.
 * @cssproperty --pk-space-xs - Spacing steps (`-xs`, `-s`, `-m`, `-l`, `-xl`).
 * @cssproperty --pk-font-family - Font family.
 * @cssproperty --pk-font-size-m - Body text size (`-s` hints, `-l` headings).
 * @cssproperty --pk-login-max-width - Width of the form.
 */
export class PkLogin extends LitElement {
  // Declared here rather than with decorators: the same for Lit, without decorator helpers in every
  // page that loads the element.
  static override properties = {
    state: { reflect: true },
    methods: { reflect: true },
    api: {},
    client: { attribute: false },
    messages: { attribute: false },
    support: { state: true },
    errors: { state: true },
    status: { state: true },
    passwordVisible: { state: true },
  };

  /** What the element shows; sites can style `pk-login[state=busy]`. */
  state: LoginState = 'idle';

  /** Which ways to sign in are offered. */
  methods: LoginMethods = 'all';

  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: string;

  /** A client to use instead of the portal's or one built from `api`. */
  client?: LoginClient;

  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  messages?: Partial<Messages>;

  private support?: PasskeySupport;
  private errors: LoginError[] = [];
  private status?: Message;
  private passwordVisible = false;

  /** Which button shows the busy text. */
  #action: 'password' | 'passkey' = 'password';
  readonly #id = `pk-login-${++instances}`;

  readonly #localize = new LocalizeController(this, { de: loginDe, en: loginEn });
  readonly #client = new ClientController(this, {
    build: loginClient,
    attached: (client) => void this.#attach(client),
    detached: (client) => {
      this.#autofill.release();
      client.cancelPasskey();
    },
  });
  readonly #autofill = new PasskeyAutofillController(this, {
    onSuccess: (response) => this.#succeed(response),
    onError: (error) => this.#autofillFailed(error),
  });

  override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, [baseStyles, passwordFieldStyles, loginStyles]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('methods') && changed.get('methods') !== undefined) {
      if (this.methods === 'all') this.#startAutofill();
      else this.#stopAutofill();
    }
  }

  override render(): TemplateResult {
    return html`${this.#renderState()}${statusRegion(this.#text(this.status))}`;
  }

  #renderState(): TemplateResult | typeof nothing {
    switch (this.state) {
      case 'success':
        return nothing;
      case 'idle':
      case 'busy':
      case 'error':
        return html`<form
          part="form"
          method="post"
          action=""
          novalidate
          aria-busy=${this.state === 'busy' ? 'true' : nothing}
          @submit=${this.#onSubmit}
        >
          ${
            this.state === 'error'
              ? errorSummary({
                  id: `${this.#id}-summary`,
                  heading: this.#t('common.errorSummaryHeading'),
                  items: this.errors.map((error) => ({
                    text: this.#text(error.message),
                    field: error.field && this.#fieldId(error.field),
                  })),
                })
              : nothing
          }
          ${this.methods === 'passkey' ? nothing : this.#renderPasswordFields()}
          ${this.methods === 'password' ? nothing : this.#renderPasskeySection()}
        </form>`;
    }
  }

  #renderPasswordFields(): TemplateResult {
    const id = this.#fieldId('identifier');
    const hint = this.#t('identifier.hint');
    const error = this.#fieldError('identifier');
    const busy = this.state === 'busy' && this.#action === 'password';
    return html`${field({
        id,
        label: this.#t('identifier.label'),
        hint,
        error,
        errorPrefix: this.#t('common.errorPrefix'),
        control: html`<input
          part="input"
          id=${id}
          name="identifier"
          type="text"
          autocomplete=${this.methods === 'all' ? 'username webauthn' : 'username'}
          autocapitalize="none"
          spellcheck="false"
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${describedBy(id, { hint, error })}
        />`,
      })}
      ${passwordField({
        id: this.#fieldId('password'),
        name: 'password',
        autocomplete: 'current-password',
        label: this.#t('password.label'),
        error: this.#fieldError('password'),
        errorPrefix: this.#t('common.errorPrefix'),
        visible: this.passwordVisible,
        showLabel: this.#t('password.show'),
        hideLabel: this.#t('password.hide'),
        onToggle: () => this.#onToggle(),
      })}
      <button type="submit" part="submit">
        ${this.#t(busy ? 'login.submitBusy' : 'login.submit')}
      </button>`;
  }

  #renderPasskeySection(): TemplateResult | typeof nothing {
    // Until the browser answered, nothing is promised that may turn out unsupported.
    if (!this.support) return nothing;
    if (!this.support.available) {
      const note =
        this.methods === 'passkey' ? 'login.passkeyOnlyUnsupported' : 'login.passkeyUnsupported';
      return html`<div part="passkey-section"><p>${this.#t(note)}</p></div>`;
    }
    const busy = this.state === 'busy' && this.#action === 'passkey';
    return html`<div part="passkey-section">
      <p>${this.#t('login.passkeyIntro')}</p>
      <button type="button" part="secondary-action" @click=${this.#onPasskey}>
        ${this.#t(busy ? 'login.passkeyBusy' : 'login.passkeySubmit')}
      </button>
    </div>`;
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // A second submit while busy is ignored; the button stays enabled so it remains focusable
    // and keeps its name for screen readers.
    if (this.state === 'busy' || this.methods === 'passkey') return;
    const form = event.currentTarget as HTMLFormElement;
    const identifierInput = form.elements.namedItem('identifier') as HTMLInputElement;
    const passwordInput = form.elements.namedItem('password') as HTMLInputElement;
    this.passwordVisible = false;

    const identifier = parseIdentifier(identifierInput.value);
    const errors: LoginError[] = [];
    if (!identifier.ok) {
      errors.push({ field: 'identifier', message: [`identifier.${identifier.problem}`] });
    }
    if (passwordInput.value === '') errors.push({ field: 'password', message: ['password.empty'] });
    if (!identifier.ok || errors.length > 0) return this.#fail(errors, 'VALIDATION_FAILED');

    this.#busy('password');
    try {
      const response = await this.#client.client.signInWithPassword({
        identifier: identifier.value,
        password: passwordInput.value,
      });
      this.#succeed(response);
    } catch (reason) {
      const error = toClientError(reason);
      if (error.aborted) return this.#idle();
      // A wrong password must be typed again; a network failure says nothing about it.
      if (error.code === 'CREDENTIALS_INVALID' || error.code === 'RATE_LIMITED') {
        passwordInput.value = '';
      }
      this.#fail([{ message: errorMessage(error, loginWording) }], error.code);
    }
  }

  async #onPasskey(): Promise<void> {
    if (this.state === 'busy') return;
    const client = this.#client.client;
    // The button's ceremony aborts the autofill one (inside the client); stop waiting for it.
    this.#autofill.release();
    this.#busy('passkey');
    try {
      this.#succeed(await client.signInWithPasskey());
    } catch (reason) {
      const error = toClientError(reason);
      // Another ceremony took over (or the element left the page): nothing to tell the member.
      if (error.aborted) return this.#idle();
      if (error.code === 'PASSKEY_CANCELLED') this.#idle(['login.passkeyCancelled']);
      else void this.#fail([{ message: errorMessage(error, loginWording) }], error.code);
      this.#startAutofill();
    }
  }

  #onToggle(): void {
    this.passwordVisible = !this.passwordVisible;
    this.status = [this.passwordVisible ? 'password.shown' : 'password.hidden'];
  }

  async #attach(client: LoginClient): Promise<void> {
    this.support = undefined;
    const support = await client
      .passkeySupport()
      .catch((): PasskeySupport => ({ available: false, autofill: false }));
    if (this.#client.client !== client || !this.isConnected) return;
    this.support = support;
    await this.updateComplete;
    this.#startAutofill();
  }

  #startAutofill(): void {
    const allowed = this.methods === 'all' && this.support?.autofill && this.isConnected;
    const passkeyBusy = this.state === 'busy' && this.#action === 'passkey';
    if (!allowed || passkeyBusy || this.state === 'success') return;
    this.#autofill.start(this.#client.client);
  }

  #stopAutofill(): void {
    if (!this.#autofill.running) return;
    this.#autofill.release();
    this.#client.client.cancelPasskey();
  }

  #autofillFailed(error: ClientError): void {
    // Before the member picks a passkey, failures (no support, options not loadable) would alarm
    // someone who did nothing; the button remains as the visible way.
    if (!autofillErrorsShown.includes(error.code) || this.state === 'busy') return;
    if (this.state === 'success') return;
    void this.#fail([{ message: errorMessage(error, loginWording) }], error.code);
    this.#startAutofill();
  }

  #busy(action: 'password' | 'passkey'): void {
    this.#action = action;
    this.errors = [];
    this.status = [action === 'password' ? 'login.submitBusy' : 'login.passkeyBusy'];
    this.state = 'busy';
  }

  #idle(status?: Message): void {
    this.errors = [];
    this.status = status;
    this.state = 'idle';
  }

  #succeed(response: LoginResponse): void {
    if (this.state === 'success') return;
    this.#stopAutofill();
    this.errors = [];
    this.status = ['login.success'];
    this.state = 'success';
    const { session } = response;
    this.dispatchEvent(new PkLoginSuccessEvent({ session, method: session.method }));
  }

  async #fail(errors: LoginError[], code: ErrorCode): Promise<void> {
    this.errors = errors;
    this.status = undefined;
    this.state = 'error';
    this.dispatchEvent(new PkLoginErrorEvent({ code }));
    await this.updateComplete;
    this.querySelector<HTMLElement>('[part~=error-summary]')?.focus();
  }

  #fieldId(name: LoginField): string {
    return `${this.#id}-${name}`;
  }

  #fieldError(name: LoginField): string | undefined {
    if (this.state !== 'error') return undefined;
    const error = this.errors.find((candidate) => candidate.field === name);
    return error && this.#text(error.message);
  }

  #t(key: PlainKey): string {
    return this.#localize.term(key);
  }

  #text(message: Message | undefined): string {
    return message ? this.#localize.text(message) : '';
  }
}
