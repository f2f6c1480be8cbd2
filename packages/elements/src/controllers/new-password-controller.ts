import type { PasswordRuleId } from '@portalkit/protocol';
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { FormError } from '../base/portalkit-element.js';
import type { ClientError } from '../client/client-error.js';
import type { StepKit } from '../parts/step-form.js';
import { PasswordFieldController } from './password-field-controller.js';
import {
  PasswordRulesController,
  type PasswordRulesControllerOptions,
} from './password-rules-controller.js';

export interface NewPasswordControllerOptions extends PasswordRulesControllerOptions {
  /** Whether the step with the new password is shown; its ticks go once it is left. */
  shown: () => boolean;
}

/** What is wrong with a new password before it is sent: a view's `errors` or `failed` rules. */
export type NewPasswordProblem = { errors: FormError[] } | { failed: PasswordRuleId[] };

/**
 * The step that sets a new password in an element in steps (registration, a forgotten password):
 * the field named `password` with its show/hide toggle and the policy's rules as its hint, ticked
 * as typed (the field's `input` events are read here), the checks on submit and the server's
 * refusals per rule (UX.md "Passwords"). `errors(failed, 'password')` names refused rules.
 */
export class NewPasswordController extends PasswordRulesController {
  readonly #shown: () => boolean;
  readonly #field: PasswordFieldController;

  constructor(host: ReactiveElement, options: NewPasswordControllerOptions) {
    super(host, options);
    this.#shown = options.shown;
    this.#field = new PasswordFieldController(host, options);
    // The field is in the element's light DOM: its input events reach the element.
    host.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.name === 'password' && input.autocomplete === 'new-password') {
        this.typed(input.value);
      }
    });
  }

  /** A password typed on a step that was left is gone from the page; its ticks go with it. */
  hostUpdated(): void {
    if (this.#shown()) return;
    this.stop();
    this.value = '';
  }

  /**
   * The field, its toggle and its rules (`failed` marked as refused); before it, the `username`
   * hidden, so a password manager saves the new password under the name the member signs in with.
   */
  field(kit: StepKit, failed: readonly PasswordRuleId[], username?: string): TemplateResult {
    return html`${
      username
        ? html`<input
            type="text"
            name="username"
            autocomplete="username"
            hidden
            .value=${username}
          />`
        : nothing
    }${this.#field.render({
      id: kit.id('password'),
      name: 'password',
      autocomplete: 'new-password',
      hint: this.render(failed),
      error: kit.fieldError('password'),
    })}`;
  }

  /**
   * On submit: the password hidden again, no announcement pending, and what the browser can
   * check (empty, rules not met) as a problem for the step's view.
   */
  submitted(form: HTMLFormElement): {
    password: string;
    problem?: NewPasswordProblem;
  } {
    const { value } = form.elements.namedItem('password') as HTMLInputElement;
    this.#field.hide();
    this.stop();
    const failed = value && this.unmet(value);
    const problem: NewPasswordProblem | undefined = !failed
      ? { errors: [{ field: 'password', message: ['password.empty'] }] }
      : failed.length > 0
        ? { failed }
        : undefined;
    return { password: value, problem };
  }

  /**
   * The rules the server refused (`PASSWORD_REJECTED`, `fields.password`: `notCommon notRecent`):
   * the server is the authority. `undefined` for any other refusal.
   */
  refused(error: ClientError): PasswordRuleId[] | undefined {
    const failed = error.fields?.['password']?.split(/\s+/).filter(Boolean) ?? [];
    if (error.code !== 'PASSWORD_REJECTED' || failed.length === 0) return undefined;
    return failed as PasswordRuleId[];
  }
}
