import { nothing, type TemplateResult } from 'lit';
import type { FormError } from '../base/portalkit-element.js';
import type { PasswordFieldController } from '../controllers/password-field-controller.js';
import { TaskRunner } from '../controllers/task-runner.js';
import { errorMessage } from '../i18n/error-message.js';
import type { Message } from '../i18n/messages.js';
import { confirmForm } from './confirm-form.js';
import type { PasskeysClient } from './pk-passkeys.client.js';
import { PkPasskeysSuccessEvent } from './pk-passkeys.events.js';
import {
  addWording,
  confirmWording,
  sessionCodes,
  stateOf,
  type PasskeysHost,
} from './pk-passkeys.views.js';

/**
 * Adding this device as a passkey, from the list's button or the invitation's "Passkey
 * anlegen". When the member's login is too old (`CONFIRMATION_REQUIRED`), asks for the password
 * first, inline, and then adds the passkey with the same press. A cancelled prompt is a calm
 * status, not an error.
 */
export class AddFlow {
  readonly #host: PasskeysHost;
  readonly #password: PasswordFieldController;
  readonly #task = new TaskRunner();

  constructor(host: PasskeysHost, password: PasswordFieldController) {
    this.#host = host;
    this.#password = password;
  }

  /** The list's button or the invitation's; ignored while busy rather than disabled. */
  start(): void {
    if (stateOf(this.#host.view) === 'busy') return;
    this.#add('list');
  }

  /** The element leaves the page or gets another client: the running prompt goes too. */
  detach(client: PasskeysClient): void {
    this.#task.abort();
    if (this.#host.view.is === 'adding') client.cancelPasskey();
  }

  /** `busy`: the submit button's text while the password is checked or the passkey added. */
  renderConfirm(
    errors: readonly FormError[],
    busy?: 'passkeys.confirmBusy' | 'passkeys.addBusy',
  ): TemplateResult {
    const host = this.#host;
    const term = host.localize.term.bind(host.localize);
    return confirmForm({
      headingId: host.id('confirm-heading'),
      heading: term('passkeys.confirmHeading'),
      intro: term('passkeys.confirmIntro'),
      summary: errors.length > 0 ? host.summary(errors) : nothing,
      password: this.#password.render({
        id: host.id('password'),
        name: 'password',
        autocomplete: 'current-password',
        error: host.fieldError(errors, 'password'),
      }),
      submit: term(busy ?? 'passkeys.confirmSubmit'),
      cancel: term('passkeys.confirmCancel'),
      busy: !!busy,
      onSubmit: (event) => this.#onConfirm(event),
      onCancel: () => this.#onCancel(),
    });
  }

  #add(from: 'list' | 'confirm'): void {
    const host = this.#host;
    const client = host.client;
    host.status = ['passkeys.addBusy'];
    host.view = { is: 'adding', from };
    // Back on the list after the confirm form, focus goes where the member started.
    const backToList = () => from === 'confirm' && host.focus('[part~=submit]');
    this.#task.run(() => client.addPasskey(), {
      complete: ({ passkey }) => {
        host.passkeys = [...host.passkeys, passkey];
        host.status = ['passkeys.added'];
        host.view = { is: 'added' };
        host.dispatch(new PkPasskeysSuccessEvent({ passkey }));
        backToList();
        host.reload();
      },
      error: (error) => {
        if (error.code === 'CONFIRMATION_REQUIRED') return this.#askToConfirm();
        if (!error.aborted && error.code !== 'PASSKEY_CANCELLED') {
          const shown = { code: error.code, message: errorMessage(error, addWording) };
          return host.fail({ is: 'addFailed', error: shown }, error.code);
        }
        // Aborted by the page: nothing to tell. Cancelled by the member: calm, not an alarm.
        host.status = error.aborted ? undefined : ['passkeys.addCancelled'];
        host.view = { is: 'list' };
        backToList();
      },
    });
  }

  #askToConfirm(): void {
    const host = this.#host;
    host.status = undefined;
    this.#password.hide();
    host.view = { is: 'confirm', errors: [] };
    host.focus('[part~=heading]');
  }

  #onConfirm(event: SubmitEvent): void {
    event.preventDefault();
    const host = this.#host;
    if (stateOf(host.view) === 'busy') return;
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('password') as HTMLInputElement;
    this.#password.hide();
    if (input.value === '') {
      const errors = [{ field: 'password' as const, message: ['password.empty'] as Message }];
      return host.fail({ is: 'confirm', errors }, 'VALIDATION_FAILED');
    }
    const client = host.client;
    const password = input.value;
    host.status = ['passkeys.confirmBusy'];
    host.view = { is: 'confirming' };
    this.#task.run(() => client.confirmSession({ password }), {
      // The same press goes on to add the passkey.
      complete: () => this.#add('confirm'),
      error: (error) => {
        if (sessionCodes.includes(error.code)) {
          const shown = { code: error.code, message: errorMessage(error, addWording) };
          return host.fail({ is: 'addFailed', error: shown }, error.code);
        }
        // A wrong password must be typed again; a network failure says nothing about it.
        const wrong = error.code === 'CREDENTIALS_INVALID';
        if (wrong || error.code === 'RATE_LIMITED') input.value = '';
        const message = errorMessage(error, confirmWording);
        const errors = [wrong ? { field: 'password' as const, message } : { message }];
        host.fail({ is: 'confirm', errors }, error.code);
      },
    });
  }

  #onCancel(): void {
    const host = this.#host;
    if (host.view.is === 'adding') host.client.cancelPasskey();
    this.#task.abort();
    host.status = undefined;
    host.view = { is: 'list' };
    host.focus('[part~=submit]');
  }
}
