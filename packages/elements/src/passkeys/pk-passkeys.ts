import type { ErrorCode, PasskeyView } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { PortalkitElement, type FormError } from '../base/portalkit-element.js';
import { toClientError, type ClientError } from '../client/client-error.js';
import type { PasskeySupport } from '../client/portal-client.js';
import { PasswordFieldController } from '../controllers/password-field-controller.js';
import { TaskRunner } from '../controllers/task-runner.js';
import { errorMessage, wording, type ErrorWording } from '../i18n/error-message.js';
import type { Message } from '../i18n/messages.js';
import { passwordDe, passwordEn } from '../parts/password-field.terms.js';
import { passwordFieldStyles } from '../theme/tokens.js';
import { confirmForm } from './confirm-form.js';
import { passkeyList } from './passkey-list.js';
import { passkeysClient, type PasskeysClient } from './pk-passkeys.client.js';
import { passkeysDe } from './pk-passkeys.de.js';
import { passkeysEn } from './pk-passkeys.en.js';
import { PkPasskeysErrorEvent, PkPasskeysSuccessEvent } from './pk-passkeys.events.js';
import { passkeysStyles } from './pk-passkeys.styles.js';

export type PasskeysState = 'loading' | 'idle' | 'busy' | 'error' | 'success' | 'confirm';

interface Shown {
  code: ErrorCode;
  message: Message;
}

/** What `<pk-passkeys>` shows; `state` is derived from it. */
type PasskeysView =
  | { is: 'loading' }
  | { is: 'loadFailed'; error: Shown }
  | { is: 'list' }
  /** `from`: the list's button, or the confirm form (which stays while the passkey is added). */
  | { is: 'adding'; from: 'list' | 'confirm' }
  | { is: 'added' }
  | { is: 'addFailed'; error: Shown }
  /** The password form the server asked for (`CONFIRMATION_REQUIRED`), with its errors. */
  | { is: 'confirm'; errors: FormError<'password'>[] }
  | { is: 'confirming' };

const states: Record<PasskeysView['is'], PasskeysState> = {
  loading: 'loading',
  loadFailed: 'error',
  list: 'idle',
  adding: 'busy',
  added: 'success',
  addFailed: 'error',
  confirm: 'confirm',
  confirming: 'busy',
};

const loadWording = wording('passkeys.loadFailed', {});
const addWording = wording('passkeys.addUnavailable', {
  PASSKEY_CANCELLED: 'passkeys.addCancelled',
  PASSKEY_FAILED: 'passkeys.addFailed',
  PASSKEY_INVALID: 'passkeys.addFailed',
  PASSKEY_UNSUPPORTED: 'passkeys.unsupported',
});
const confirmWording: ErrorWording = { ...addWording, CREDENTIALS_INVALID: 'passkeys.passwordWrong' };
const sessionCodes: readonly ErrorCode[] = ['SESSION_EXPIRED', 'SESSION_REQUIRED'];
const unsupported: PasskeySupport = { available: false, autofill: false };

/**
 * @summary The signed-in member's passkeys: a list (name, when added, when last used, synced or
 * bound to one device) and "Dieses Gerät als Passkey hinzufügen".
 *
 * Loads the list when connected. When the member's login is too old to add a passkey, asks for
 * the password first, inline, and then adds the passkey in the same step. Renaming and removing
 * need an approval and are not part of it.
 *
 * @attr {'loading' | 'idle' | 'busy' | 'error' | 'success' | 'confirm'} state - What the element
 *   shows (read only); `confirm` while it asks for the password.
 *
 * @fires {PkPasskeysSuccessEvent} pk-passkeys-success - A passkey was added; `detail: { passkey }`.
 * @fires {PkPasskeysErrorEvent} pk-passkeys-error - An error is shown; `detail: { code }`.
 *
 * @csspart passkey-list - The list of passkeys.
 * @csspart passkey - One passkey in the list.
 * @csspart passkey-name - A passkey's name.
 * @csspart passkey-detail - A line about a passkey (added, last used, synced).
 * @csspart empty - The text shown when there is no passkey yet.
 * @csspart submit - The "Dieses Gerät als Passkey hinzufügen" button, and the confirm form's
 *   "Bestätigen und Passkey hinzufügen".
 * @csspart secondary-action - The button that loads the list again after an error, and the
 *   confirm form's "Abbrechen".
 * @csspart note - The note that the browser does not support passkeys.
 * @csspart form - The confirm form (password before adding a passkey).
 * @csspart heading - The confirm form's heading, which takes focus when the form appears.
 * @csspart field - The password's label, error and input group.
 * @csspart label - The password's label.
 * @csspart hint - A field's hint (when a field has one).
 * @csspart input - The password input.
 * @csspart error - The password's error message.
 * @csspart toggle - The button that shows or hides the password.
 *
 * @cssproperty --pk-passkeys-max-width - Width of the element.
 */
export class PkPasskeys extends PortalkitElement<PasskeysClient, PasskeysView> {
  static override properties = {
    passkeys: { state: true },
  };

  protected view: PasskeysView = { is: 'loading' };
  private passkeys: PasskeyView[] = [];
  #support?: PasskeySupport;

  readonly #task = new TaskRunner();
  readonly #password = new PasswordFieldController(this, {
    localize: this.localize,
    announce: (message) => (this.status = message),
  });

  constructor() {
    super({
      client: passkeysClient,
      terms: {
        de: { ...passwordDe, ...passkeysDe },
        en: { ...passwordEn, ...passkeysEn },
      },
      styles: [passwordFieldStyles, passkeysStyles],
    });
  }

  override get state(): PasskeysState {
    const view = this.view;
    return view.is === 'confirm' && view.errors.length > 0 ? 'error' : states[view.is];
  }

  protected override clientAttached(client: PasskeysClient): void {
    this.#load(client);
  }

  protected override clientDetached(client: PasskeysClient): void {
    this.#task.abort();
    if (this.view.is === 'adding') client.cancelPasskey();
  }

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    switch (view.is) {
      case 'loading':
        return nothing;
      case 'loadFailed':
        return html`${this.#summary(view.error)}
        ${
          sessionCodes.includes(view.error.code)
            ? nothing
            : html`<button type="button" part="secondary-action" @click=${this.#onRetry}>
                ${this.t('common.retry')}
              </button>`
        }`;
      case 'addFailed':
        // With the session gone, adding cannot work: the message says to log in again.
        return html`${this.#summary(view.error)}${passkeyList(this.passkeys, this.localize)}
        ${sessionCodes.includes(view.error.code) ? nothing : this.#renderAdd(false)}`;
      case 'adding':
        if (view.from === 'confirm') return this.#renderConfirm([], 'passkeys.addBusy');
        return html`${passkeyList(this.passkeys, this.localize)}${this.#renderAdd(true)}`;
      case 'list':
      case 'added':
        return html`${passkeyList(this.passkeys, this.localize)}${this.#renderAdd(false)}`;
      case 'confirm':
        return this.#renderConfirm(view.errors);
      case 'confirming':
        return this.#renderConfirm([], 'passkeys.confirmBusy');
    }
  }

  #summary(error: Shown): TemplateResult {
    return this.summary([{ message: error.message }]);
  }

  #renderAdd(busy: boolean): TemplateResult | typeof nothing {
    if (!this.#support) return nothing;
    if (!this.#support.available) {
      return html`<p part="note">${this.t('passkeys.unsupported')}</p>`;
    }
    return html`<button type="button" part="submit" @click=${this.#onAdd}>
      ${this.t(busy ? 'passkeys.addBusy' : 'passkeys.add')}
    </button>`;
  }

  /** `busy`: the submit button's text while the password is checked or the passkey added. */
  #renderConfirm(
    errors: FormError[],
    busy?: 'passkeys.confirmBusy' | 'passkeys.addBusy',
  ): TemplateResult {
    return confirmForm({
      headingId: this.fieldId('confirm-heading'),
      heading: this.t('passkeys.confirmHeading'),
      intro: this.t('passkeys.confirmIntro'),
      summary: errors.length > 0 ? this.summary(errors) : nothing,
      password: this.#password.render({
        id: this.fieldId('password'),
        name: 'password',
        autocomplete: 'current-password',
        error: this.fieldError(errors, 'password'),
      }),
      submit: this.t(busy ?? 'passkeys.confirmSubmit'),
      cancel: this.t('passkeys.confirmCancel'),
      busy: !!busy,
      onSubmit: (event) => this.#onConfirm(event),
      onCancel: () => this.#onCancel(),
    });
  }

  #load(client: PasskeysClient): void {
    this.status = ['passkeys.loading'];
    this.view = { is: 'loading' };
    const load = () => Promise.allSettled([client.passkeySupport(), client.listPasskeys()]);
    this.#task.run(load, {
      complete: ([support, list]) => {
        this.#support = support.status === 'fulfilled' ? support.value : unsupported;
        if (list.status === 'rejected') {
          return void this.#fail('loadFailed', toClientError(list.reason), loadWording);
        }
        this.passkeys = list.value.passkeys;
        this.status = undefined;
        this.view = { is: 'list' };
      },
    });
  }

  #onRetry(): void {
    this.#load(this.activeClient);
  }

  #onAdd(): void {
    // Ignored while busy rather than disabled, so the button keeps focus and its name.
    if (this.state === 'busy') return;
    this.#add('list');
  }

  #add(from: 'list' | 'confirm'): void {
    const client = this.activeClient;
    this.status = ['passkeys.addBusy'];
    this.view = { is: 'adding', from };
    // Back on the list after the confirm form, focus goes where the member started.
    const backToList = () => from === 'confirm' && void this.focusAfterUpdate('[part~=submit]');
    this.#task.run(() => client.addPasskey(), {
      complete: ({ passkey }) => {
        this.passkeys = [...this.passkeys, passkey];
        this.status = ['passkeys.added'];
        this.view = { is: 'added' };
        this.dispatchEvent(new PkPasskeysSuccessEvent({ passkey }));
        backToList();
        // The server's list is the truth (names, order); the local one bridges until it arrives.
        this.#task.run(() => client.listPasskeys(), {
          complete: (list) => void (this.passkeys = list.passkeys),
        });
      },
      error: (error) => {
        if (error.code === 'CONFIRMATION_REQUIRED') return this.#askToConfirm();
        if (!error.aborted && error.code !== 'PASSKEY_CANCELLED') {
          return void this.#fail('addFailed', error, addWording);
        }
        // Aborted by the page: nothing to tell. Cancelled by the member: calm, not an alarm.
        this.status = error.aborted ? undefined : ['passkeys.addCancelled'];
        this.view = { is: 'list' };
        backToList();
      },
    });
  }

  #askToConfirm(): void {
    this.status = undefined;
    this.#password.hide();
    this.view = { is: 'confirm', errors: [] };
    void this.focusAfterUpdate('[part~=heading]');
  }

  #onConfirm(event: SubmitEvent): void {
    event.preventDefault();
    if (this.state === 'busy') return;
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('password') as HTMLInputElement;
    this.#password.hide();
    if (input.value === '') {
      const errors = [{ field: 'password' as const, message: ['password.empty'] as Message }];
      return void this.#confirmFailed(errors, 'VALIDATION_FAILED');
    }
    const client = this.activeClient;
    const password = input.value;
    this.status = ['passkeys.confirmBusy'];
    this.view = { is: 'confirming' };
    this.#task.run(() => client.confirmSession({ password }), {
      // The same press goes on to add the passkey.
      complete: () => this.#add('confirm'),
      error: (error) => {
        if (sessionCodes.includes(error.code)) {
          return void this.#fail('addFailed', error, addWording);
        }
        // A wrong password must be typed again; a network failure says nothing about it.
        const wrong = error.code === 'CREDENTIALS_INVALID';
        if (wrong || error.code === 'RATE_LIMITED') input.value = '';
        const message = errorMessage(error, confirmWording);
        void this.#confirmFailed([wrong ? { field: 'password', message } : { message }], error.code);
      },
    });
  }

  #onCancel(): void {
    if (this.view.is === 'adding') this.activeClient.cancelPasskey();
    this.#task.abort();
    this.status = undefined;
    this.view = { is: 'list' };
    void this.focusAfterUpdate('[part~=submit]');
  }

  #confirmFailed(errors: FormError<'password'>[], code: ErrorCode): Promise<void> {
    return this.showError({ is: 'confirm', errors }, new PkPasskeysErrorEvent({ code }));
  }

  #fail(is: 'loadFailed' | 'addFailed', error: ClientError, own: ErrorWording): Promise<void> {
    const shown = { code: error.code, message: errorMessage(error, own) };
    return this.showError({ is, error: shown }, new PkPasskeysErrorEvent({ code: error.code }));
  }
}
