import type { ApprovalView, PasskeyView } from '@portalkit/protocol';
import { nothing, type TemplateResult } from 'lit';
import type { FormError } from '../base/portalkit-element.js';
import type { ClientError } from '../client/client-error.js';
import type { PasswordFieldController } from '../controllers/password-field-controller.js';
import { TaskRunner } from '../controllers/task-runner.js';
import { errorMessage } from '../i18n/error-message.js';
import { approveStep, inlineApprove } from '../parts/inline-approve.js';
import { confirmForm } from './confirm-form.js';
import { actionSelector } from './passkey-list.js';
import { PkPasskeyRemovedEvent, PkPasskeysErrorEvent } from './pk-passkeys.events.js';
import {
  removeWording,
  stateOf,
  type PasskeysHost,
  type PasskeysView,
} from './pk-passkeys.views.js';

type RemoveView = Extract<PasskeysView, { is: 'remove' }>;
type ApproveView = Extract<PasskeysView, { is: 'approve' }>;

/** Where focus goes once a passkey is gone: the list's first passkey, else the add button. */
const afterRemoval = '[part~=passkey-actions] [part~=rename], [part~=submit]';

/**
 * Removing a passkey. First a confirm step in place of the list. While other passkeys remain,
 * the server answers a pending approval and `<pk-approve>` is shown inline as in the protected
 * forms (`parts/inline-approve.ts`), approved with another passkey; then the passkey is gone from
 * the list, and the password manager is told. The last passkey is removed with the password
 * instead, after a warning that changes of address and bank details then need a passkey again.
 */
export class RemoveFlow {
  readonly #host: PasskeysHost;
  readonly #password: PasswordFieldController;
  readonly #task = new TaskRunner();

  constructor(host: PasskeysHost, password: PasswordFieldController) {
    this.#host = host;
    this.#password = password;
  }

  open(passkey: PasskeyView, last: boolean): void {
    if (stateOf(this.#host.view) === 'busy') return;
    this.#confirm(passkey, last);
  }

  #confirm(passkey: PasskeyView, last: boolean): void {
    const host = this.#host;
    this.#task.abort();
    this.#password.hide();
    host.status = undefined;
    host.view = { is: 'remove', passkey, last, errors: [], busy: false };
    host.focus('[part~=heading]');
  }

  /** A request left unanswered: the confirm step again, to press once more. */
  abort(): void {
    this.#task.abort();
    const view = this.#host.view;
    if (view.is === 'remove' && view.busy) this.#host.view = { ...view, busy: false };
  }

  renderConfirm(view: RemoveView): TemplateResult {
    const host = this.#host;
    const term = host.localize.term.bind(host.localize);
    const { name } = view.passkey;
    const busy = view.busy
      ? view.last
        ? 'passkeys.removeLastBusy'
        : 'passkeys.removeBusy'
      : undefined;
    return confirmForm({
      headingId: host.id('remove-heading'),
      heading: view.last
        ? term('passkeys.removeLastHeading', name)
        : term('passkeys.removeHeading', name),
      warning: view.last ? term('passkeys.removeLastWarning') : undefined,
      intro: term(view.last ? 'passkeys.removeLastIntro' : 'passkeys.removeIntro'),
      summary: view.errors.length > 0 ? host.summary(view.errors) : nothing,
      password: view.last
        ? this.#password.render({
            id: host.id('password'),
            name: 'password',
            autocomplete: 'current-password',
            error: host.fieldError(view.errors, 'password'),
          })
        : undefined,
      submit: term(busy ?? 'passkeys.removeSubmit'),
      cancel: term('passkeys.removeCancel'),
      busy: view.busy,
      onSubmit: (event) => this.#submit(event, view),
      onCancel: () => this.#backToList(view.passkey),
    });
  }

  renderApprove(view: ApproveView): TemplateResult {
    const host = this.#host;
    return approveStep(
      { term: host.localize.term.bind(host.localize) },
      {
        approve: inlineApprove({
          approval: view.approval,
          client: host.client,
          complete: (approval) => this.#approved(view.passkey, approval),
          status: (status) => {
            if (host.view.is === 'approve') host.view = { ...host.view, status };
          },
          error: (code) => host.dispatch(new PkPasskeysErrorEvent({ code })),
        }),
        // Declined, expired or cancelled: the passkey stays; back to the list.
        again:
          view.status === 'pending' || view.status === 'approved'
            ? undefined
            : () => this.#backToList(view.passkey),
        againLabel: 'passkeys.removeAgain',
      },
    );
  }

  #submit(event: SubmitEvent, view: RemoveView): void {
    event.preventDefault();
    const host = this.#host;
    if (view !== host.view || view.busy) return;
    if (!view.last) return this.#ask(view);
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('password') as HTMLInputElement;
    this.#password.hide();
    if (input.value === '') {
      return this.#failed(
        view,
        [{ field: 'password', message: ['password.empty'] }],
        'VALIDATION_FAILED',
      );
    }
    this.#removeLast(view, input);
  }

  /** Sends the removal; the answer is the approval it waits for. */
  #ask(view: RemoveView): void {
    const host = this.#host;
    const client = host.client;
    const busy: RemoveView = { ...view, busy: true };
    host.status = ['passkeys.removeBusy'];
    host.view = busy;
    this.#task.run(() => client.removePasskey({ id: view.passkey.id }), {
      complete: ({ approval }) => {
        host.status = undefined;
        host.view = { is: 'approve', passkey: view.passkey, approval, status: approval.status };
        host.focus('[part~=heading]');
      },
      error: (error) => {
        // Another passkey went meanwhile (another tab): this one is the last, the password decides.
        if (error.code === 'VALIDATION_FAILED' && error.fields?.['id'] === 'last') {
          host.passkeys = host.passkeys.filter((each) => each.id === view.passkey.id);
          return this.#confirm(view.passkey, true);
        }
        this.#failed(busy, [{ message: errorMessage(error, removeWording) }], error.code);
      },
    });
  }

  #removeLast(view: RemoveView, input: HTMLInputElement): void {
    const host = this.#host;
    const client = host.client;
    const busy: RemoveView = { ...view, busy: true };
    const password = input.value;
    host.status = ['passkeys.removeLastBusy'];
    host.view = busy;
    this.#task.run(() => client.removeLastPasskey({ id: view.passkey.id, password }), {
      complete: (list) => {
        host.apply(list);
        this.#removed(view.passkey);
      },
      error: (error) => {
        // A passkey was added meanwhile (another tab): another passkey approves instead.
        if (error.code === 'VALIDATION_FAILED' && error.fields?.['id'] === 'notLast') {
          host.reload();
          return this.#confirm(view.passkey, false);
        }
        // A wrong password must be typed again; a network failure says nothing about it.
        const wrong = error.code === 'CREDENTIALS_INVALID';
        if (wrong || error.code === 'RATE_LIMITED') input.value = '';
        const message = errorMessage(error, removeWording);
        this.#failed(busy, [wrong ? { field: 'password', message } : { message }], error.code);
      },
    });
  }

  #approved(passkey: PasskeyView, _approval: ApprovalView): void {
    const host = this.#host;
    if (host.view.is !== 'approve') return;
    host.passkeys = host.passkeys.filter((each) => each.id !== passkey.id);
    this.#removed(passkey);
    // The server's list then tells the password manager; without it, the list shown does.
    host.reload(() => host.signalPasskeys());
  }

  #removed(passkey: PasskeyView): void {
    const host = this.#host;
    host.status = ['passkeys.removed', passkey.name];
    host.view = { is: 'removed' };
    host.dispatch(new PkPasskeyRemovedEvent({ passkey }));
    host.focus(afterRemoval);
  }

  #failed(view: RemoveView, errors: FormError[], code: ClientError['code']): void {
    this.#host.fail({ ...view, errors, busy: false }, code);
  }

  #backToList(passkey: PasskeyView): void {
    const host = this.#host;
    this.#task.abort();
    host.status = undefined;
    host.view = { is: 'list' };
    host.focus(actionSelector('remove', passkey.id));
  }
}
