import { parseIdentifier, type LoginResponse } from '@portalkit/protocol';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PortalkitElement, type FormError } from '../base/portalkit-element.js';
import type { ClientError } from '../client/client-error.js';
import { PasskeyAutofillController } from '../controllers/passkey-autofill-controller.js';
import { PasswordFieldController } from '../controllers/password-field-controller.js';
import { TaskRunner } from '../controllers/task-runner.js';
import { errorMessage, wording } from '../i18n/error-message.js';
import type { Message } from '../i18n/messages.js';
import { describedBy, field } from '../parts/field.js';
import { identifierDe, identifierEn } from '../parts/identifier.terms.js';
import { passwordDe, passwordEn } from '../parts/password-field.terms.js';
import { passwordFieldStyles } from '../theme/tokens.js';
import { loginClient, type LoginClient } from './pk-login.client.js';
import { loginDe } from './pk-login.de.js';
import { loginEn } from './pk-login.en.js';
import { PkLoginErrorEvent, PkLoginSuccessEvent } from './pk-login.events.js';
import { loginStyles } from './pk-login.styles.js';

export type LoginState = 'idle' | 'busy' | 'error' | 'success';
export type LoginMethods = 'all' | 'password' | 'passkey';
type LoginField = 'identifier' | 'password';

/** What `<pk-login>` shows; its `state` is the `is` of it. */
type LoginView =
  | { is: 'idle' }
  /** `by`: the button that shows the busy text. */
  | { is: 'busy'; by: 'password' | 'passkey' }
  | { is: 'error'; errors: FormError<LoginField>[] }
  | { is: 'success' };

/** Where logging in needs other words than the general `error.<CODE>` terms. */
const loginWording = wording('login.unavailable', {
  PASSKEY_CANCELLED: 'login.passkeyCancelled',
  PASSKEY_FAILED: 'login.passkeyFailed',
  PASSKEY_UNSUPPORTED: 'login.passkeyFailed',
});

/**
 * @summary Login with the insurance number (KVNR) or e-mail address and a password, or with a
 * passkey (button, and the browser's autofill list through conditional mediation).
 *
 * Renders into its light DOM inside a real `<form>` so password managers and passkey autofill see
 * the fields. Validates on submit only; errors appear in a summary that takes focus and above each
 * field. Works standalone (`api`), inside `<pk-portal>`, or with an injected `client`.
 *
 * @attr {'idle' | 'busy' | 'error' | 'success'} state - What the element shows (read only).
 * @attr forgot-password-href - Where "Passwort vergessen?" under the password field leads (the
 *   page with `<pk-forgot-password>`); without it, no such link.
 *
 * @fires {PkLoginSuccessEvent} pk-login-success - The member is logged in;
 *   `detail: { session, method }`.
 * @fires {PkLoginErrorEvent} pk-login-error - An error is shown; `detail: { code }`.
 *
 * @csspart form - The `<form>`.
 * @csspart field - A label, hint, error and input group.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - The identifier and password inputs.
 * @csspart error - A field's error message.
 * @csspart submit - The "Anmelden" button.
 * @csspart toggle - The button that shows or hides the password.
 * @csspart forgot-password - The "Passwort vergessen?" link, with `forgot-password-href`.
 * @csspart passkey-section - The passkey explanation and button, or the note that passkeys
 *   are unsupported.
 * @csspart secondary-action - The "Mit Passkey anmelden" button.
 *
 * @cssproperty --pk-login-max-width - Width of the form.
 */
export class PkLogin extends PortalkitElement<LoginClient, LoginView> {
  static override properties = {
    methods: { reflect: true },
    forgotPasswordHref: { attribute: 'forgot-password-href' },
  };

  /** Which ways to log in are offered. */
  methods: LoginMethods = 'all';

  /** The page where a member who forgot the password sets a new one. */
  forgotPasswordHref?: string;

  protected view: LoginView = { is: 'idle' };

  readonly #task = new TaskRunner();
  readonly #password = new PasswordFieldController(this, {
    localize: this.localize,
    announce: (message) => (this.status = message),
  });
  readonly #autofill = new PasskeyAutofillController(this, {
    client: () => this.activeClient,
    allowed: () =>
      this.methods === 'all' &&
      this.view.is !== 'success' &&
      !(this.view.is === 'busy' && this.view.by === 'passkey'),
    onSuccess: (response) => this.#succeed(response),
    onError: (error) => this.#autofillFailed(error),
  });

  constructor() {
    super({
      client: loginClient,
      terms: {
        de: { ...identifierDe, ...passwordDe, ...loginDe },
        en: { ...identifierEn, ...passwordEn, ...loginEn },
      },
      styles: [passwordFieldStyles, loginStyles],
    });
  }

  override get state(): LoginState {
    return this.view.is;
  }

  protected override clientAttached(client: LoginClient): void {
    this.#autofill.attach(client);
  }

  protected override clientDetached(client: LoginClient): void {
    this.#autofill.detach(client);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('methods') && changed.get('methods') !== undefined) {
      if (this.methods === 'all') this.#autofill.start();
      else this.#autofill.stop();
    }
  }

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    switch (view.is) {
      case 'success':
        return nothing;
      case 'idle':
      case 'busy':
      case 'error': {
        const errors = view.is === 'error' ? view.errors : [];
        const busy = view.is === 'busy' ? view.by : undefined;
        return html`<form
          part="form"
          method="post"
          action=""
          novalidate
          aria-busy=${busy ? 'true' : nothing}
          @submit=${this.#onSubmit}
        >
          ${view.is === 'error' ? this.summary(errors) : nothing}
          ${this.methods === 'passkey' ? nothing : this.#renderPasswordFields(errors, busy)}
          ${this.methods === 'password' ? nothing : this.#renderPasskeySection(busy)}
        </form>`;
      }
    }
  }

  #renderPasswordFields(errors: FormError[], busy?: string): TemplateResult {
    const id = this.fieldId('identifier');
    const hint = this.t('identifier.hint');
    const error = this.fieldError(errors, 'identifier');
    return html`${field({
        id,
        label: this.t('identifier.label'),
        hint,
        error,
        errorPrefix: this.t('common.errorPrefix'),
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
      ${this.#password.render({
        id: this.fieldId('password'),
        name: 'password',
        autocomplete: 'current-password',
        error: this.fieldError(errors, 'password'),
      })}
      ${
        this.forgotPasswordHref
          ? html`<p>
              <a part="forgot-password" href=${this.forgotPasswordHref}
                >${this.t('login.forgotPassword')}</a
              >
            </p>`
          : nothing
      }
      <button type="submit" part="submit">
        ${this.t(busy === 'password' ? 'login.submitBusy' : 'login.submit')}
      </button>`;
  }

  #renderPasskeySection(busy?: string): TemplateResult | typeof nothing {
    // Until the browser answered, nothing is promised that may turn out unsupported.
    const support = this.#autofill.support;
    if (!support) return nothing;
    if (!support.available) {
      const note =
        this.methods === 'passkey' ? 'login.passkeyOnlyUnsupported' : 'login.passkeyUnsupported';
      return html`<div part="passkey-section"><p>${this.t(note)}</p></div>`;
    }
    return html`<div part="passkey-section">
      <p>${this.t('login.passkeyIntro')}</p>
      <button type="button" part="secondary-action" @click=${this.#onPasskey}>
        ${this.t(busy === 'passkey' ? 'login.passkeyBusy' : 'login.passkeySubmit')}
      </button>
    </div>`;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    // A second submit while busy is ignored; the button stays enabled so it remains focusable
    // and keeps its name for screen readers.
    if (this.view.is === 'busy' || this.methods === 'passkey') return;
    const form = event.currentTarget as HTMLFormElement;
    const identifierInput = form.elements.namedItem('identifier') as HTMLInputElement;
    const passwordInput = form.elements.namedItem('password') as HTMLInputElement;
    this.#password.hide();

    const identifier = parseIdentifier(identifierInput.value);
    const errors: FormError<LoginField>[] = [];
    if (!identifier.ok) {
      errors.push({ field: 'identifier', message: [`identifier.${identifier.problem}`] });
    }
    if (passwordInput.value === '') errors.push({ field: 'password', message: ['password.empty'] });
    if (!identifier.ok || errors.length > 0) return void this.#fail(errors, 'VALIDATION_FAILED');

    const client = this.activeClient;
    const input = { identifier: identifier.value, password: passwordInput.value };
    this.#busy('password');
    this.#task.run((signal) => client.loginWithPassword(input, { signal }), {
      complete: (response) => this.#succeed(response),
      error: (error) => {
        if (error.aborted) return this.#idle();
        // A wrong password must be typed again; a network failure says nothing about it.
        if (error.code === 'CREDENTIALS_INVALID' || error.code === 'RATE_LIMITED') {
          passwordInput.value = '';
        }
        void this.#fail([{ message: errorMessage(error, loginWording) }], error.code);
      },
    });
  }

  #onPasskey(): void {
    if (this.view.is === 'busy') return;
    const client = this.activeClient;
    // The button's ceremony aborts the autofill one (inside the client); stop waiting for it.
    this.#autofill.release();
    this.#busy('passkey');
    this.#task.run(() => client.loginWithPasskey(), {
      complete: (response) => this.#succeed(response),
      error: (error) => {
        // Another ceremony took over (or the element left the page): nothing to tell the member.
        if (error.aborted) return this.#idle();
        if (error.code === 'PASSKEY_CANCELLED') this.#idle(['login.passkeyCancelled']);
        else void this.#fail([{ message: errorMessage(error, loginWording) }], error.code);
        this.#autofill.start();
      },
    });
  }

  #autofillFailed(error: ClientError): void {
    // Only after the member picked a passkey; a password login on its way has the last word.
    if (this.view.is === 'busy' || this.view.is === 'success') return;
    void this.#fail([{ message: errorMessage(error, loginWording) }], error.code);
    this.#autofill.start();
  }

  #busy(by: 'password' | 'passkey'): void {
    this.status = [by === 'password' ? 'login.submitBusy' : 'login.passkeyBusy'];
    this.view = { is: 'busy', by };
  }

  #idle(status?: Message): void {
    this.status = status;
    this.view = { is: 'idle' };
  }

  #succeed(response: LoginResponse): void {
    if (this.view.is === 'success') return;
    this.#autofill.stop();
    this.status = ['login.success'];
    this.view = { is: 'success' };
    const { session } = response;
    this.dispatchEvent(new PkLoginSuccessEvent({ session, method: session.method }));
  }

  #fail(errors: FormError<LoginField>[], code: ClientError['code']): Promise<void> {
    return this.showError({ is: 'error', errors }, new PkLoginErrorEvent({ code }));
  }
}
