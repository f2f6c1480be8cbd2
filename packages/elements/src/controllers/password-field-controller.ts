import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { Message, PlainKey } from '../i18n/messages.js';
import { passwordField, type PasswordFieldOptions } from '../parts/password-field.js';

export interface PasswordFieldControllerOptions {
  localize: LocalizeController;
  /** Says in the element's status region that the password is now shown or hidden. */
  announce: (message: Message) => void;
}

type FieldOptions = Pick<PasswordFieldOptions, 'id' | 'name' | 'autocomplete' | 'error' | 'hint'> &
  /** Other words than "Passwort" where a form has two ("Aktuelles Passwort", "Neues Passwort"). */
  Partial<Pick<PasswordFieldOptions, 'label' | 'showLabel' | 'hideLabel'>>;

/**
 * A password field with its show/hide toggle (`parts/password-field.ts`) in an element: the
 * field's texts, whether the password is shown, and the announcement of a change (UX.md
 * "Passwords"). `hide()` on submit, so a password is never sent while shown.
 */
export class PasswordFieldController implements ReactiveController {
  visible = false;
  readonly #host: ReactiveControllerHost;
  readonly #options: PasswordFieldControllerOptions;

  constructor(host: ReactiveControllerHost, options: PasswordFieldControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  render(field: FieldOptions): TemplateResult {
    const term = (key: PlainKey) => this.#options.localize.term(key);
    return passwordField({
      label: term('password.label'),
      showLabel: term('password.show'),
      hideLabel: term('password.hide'),
      ...field,
      errorPrefix: term('common.errorPrefix'),
      visible: this.visible,
      onToggle: () => {
        this.visible = !this.visible;
        this.#options.announce([this.visible ? 'password.shown' : 'password.hidden']);
        this.#host.requestUpdate();
      },
    });
  }

  hide(): void {
    this.visible = false;
    this.#host.requestUpdate();
  }

  /** A password is not left shown on an element that leaves the page. */
  hostDisconnected(): void {
    this.visible = false;
  }
}
