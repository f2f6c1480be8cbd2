import { isSingleLine, type PasskeyView } from '@portalkit/protocol';
import type { TemplateResult } from 'lit';
import type { FormError } from '../base/portalkit-element.js';
import type { ClientError } from '../client/client-error.js';
import { TaskRunner } from '../controllers/task-runner.js';
import { errorMessage } from '../i18n/error-message.js';
import type { Message } from '../i18n/messages.js';
import { actionSelector } from './passkey-list.js';
import { PkPasskeyRenamedEvent } from './pk-passkeys.events.js';
import {
  renameWording,
  stateOf,
  type PasskeysHost,
  type PasskeysView,
} from './pk-passkeys.views.js';
import { nameMaxLength, renameForm } from './rename-form.js';

type RenameView = Extract<PasskeysView, { is: 'rename' }>;

/** What is wrong with a name, checked as the server checks it (`RenamePasskeyRequest`). */
function checkName(name: string): Message | undefined {
  if (name === '') return ['passkeys.nameEmpty'];
  if (name.length > nameMaxLength) return ['passkeys.nameTooLong'];
  if (!isSingleLine(name)) return ['passkeys.nameInvalid'];
  return undefined;
}

/** The server's reason for refusing a name, in the words of the check above. */
function refusedName(error: ClientError): Message | undefined {
  const reason = error.code === 'VALIDATION_FAILED' ? error.fields?.['name'] : undefined;
  if (reason === undefined) return undefined;
  if (reason === 'empty') return ['passkeys.nameEmpty'];
  return /long|max/i.test(reason) ? ['passkeys.nameTooLong'] : ['passkeys.nameInvalid'];
}

/**
 * Renaming a passkey in its row: the field opens with the name and takes focus; "Speichern"
 * checks it (empty, too long, line breaks) and sends it; the new name is announced, and focus
 * returns to the row's "Umbenennen", as after "Abbrechen" or Escape.
 */
export class RenameFlow {
  readonly #host: PasskeysHost;
  readonly #task = new TaskRunner();

  constructor(host: PasskeysHost) {
    this.#host = host;
  }

  open(passkey: PasskeyView): void {
    const host = this.#host;
    if (stateOf(host.view) === 'busy') return;
    this.#task.abort();
    host.status = undefined;
    host.view = { is: 'rename', passkey, value: passkey.name, errors: [], busy: false };
    host.focus(`#${CSS.escape(host.id('name'))}`);
  }

  /** A request left unanswered: the field again, to press once more. */
  abort(): void {
    this.#task.abort();
    const view = this.#host.view;
    if (view.is === 'rename' && view.busy) this.#host.view = { ...view, busy: false };
  }

  render(view: RenameView): TemplateResult {
    const { localize } = this.#host;
    return renameForm({
      id: this.#host.id('name'),
      label: localize.term('passkeys.rename', view.passkey.name),
      fieldLabel: localize.term('passkeys.nameLabel'),
      hint: localize.term('passkeys.nameHint'),
      errorPrefix: localize.term('common.errorPrefix'),
      value: view.value,
      error: this.#host.fieldError(view.errors, 'name'),
      save: localize.term(view.busy ? 'passkeys.renameBusy' : 'passkeys.renameSave'),
      cancel: localize.term('passkeys.renameCancel'),
      busy: view.busy,
      onSubmit: (event) => this.#submit(event, view),
      onCancel: () => this.#close(view.passkey),
    });
  }

  #submit(event: SubmitEvent, view: RenameView): void {
    event.preventDefault();
    const host = this.#host;
    if (view !== host.view || view.busy) return;
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem(
      'name',
    ) as HTMLInputElement;
    const value = input.value;
    const name = value.trim();
    const problem = checkName(name);
    if (problem)
      return this.#failed(view, value, [{ field: 'name', message: problem }], 'VALIDATION_FAILED');
    const client = host.client;
    const busy: RenameView = { ...view, value, errors: [], busy: true };
    host.status = ['passkeys.renameBusy'];
    host.view = busy;
    this.#task.run(() => client.renamePasskey({ id: view.passkey.id, name }), {
      complete: ({ passkey }) => {
        host.passkeys = host.passkeys.map((each) => (each.id === passkey.id ? passkey : each));
        host.status = ['passkeys.renamed', passkey.name];
        host.view = { is: 'renamed' };
        host.dispatch(new PkPasskeyRenamedEvent({ passkey }));
        host.focus(actionSelector('rename', passkey.id));
      },
      error: (error) => {
        const refused = refusedName(error);
        const errors: FormError[] = refused
          ? [{ field: 'name', message: refused }]
          : [{ message: errorMessage(error, renameWording) }];
        this.#failed(busy, value, errors, error.code);
      },
    });
  }

  #failed(view: RenameView, value: string, errors: FormError[], code: ClientError['code']): void {
    this.#host.fail({ ...view, value, errors, busy: false }, code);
  }

  #close(passkey: PasskeyView): void {
    const host = this.#host;
    this.#task.abort();
    host.status = undefined;
    host.view = { is: 'list' };
    host.focus(actionSelector('rename', passkey.id));
  }
}
