import type { ReactiveElement, TemplateResult } from 'lit';
import type { FormError } from '../base/portalkit-element.js';
import { NewPasswordController } from '../controllers/new-password-controller.js';
import { PasswordFieldController } from '../controllers/password-field-controller.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { StepKit } from '../parts/step-form.js';
import { currentWrong } from './pk-account.checks.js';
import { PkPasswordChangedEvent } from './pk-account.events.js';
import { passwordView, type AccountHost, type PasswordView } from './pk-account.views.js';
import { passwordStep } from './steps/password.js';

/**
 * A new password: the current one (its own toggle, never kept in `values`) and the new one as at
 * registration (`NewPasswordController`: rules ticked as typed, checked on submit, the server's
 * refusals per rule). A wrong current password is said at its field and typed again.
 */
export class PasswordTask {
  readonly #host: AccountHost;
  readonly #localize: LocalizeController;
  readonly #current: PasswordFieldController;
  readonly #password: NewPasswordController;

  constructor(
    element: ReactiveElement,
    host: AccountHost,
    localize: LocalizeController,
    policy: () => 'modern' | 'classic',
  ) {
    this.#host = host;
    this.#localize = localize;
    const announce = (message: AccountHost['status']) => (host.status = message);
    this.#current = new PasswordFieldController(element, { localize, announce });
    this.#password = new NewPasswordController(element, {
      localize,
      policy,
      context: () => ({
        email: host.account?.email,
        username: host.account?.email,
        name: host.account?.displayName,
      }),
      announce,
      replaced: true,
      shown: () => host.view.is === 'password',
    });
  }

  /** `kit`: the step's, with the errors of `derived(view)`. */
  render(kit: StepKit, view: PasswordView): TemplateResult {
    const term = (key: Parameters<LocalizeController['term']>[0]) => this.#localize.term(key);
    // The current password is never kept in `values`, as the new one is not.
    const own: StepKit = {
      ...kit,
      onInput: (event) => {
        if ((event.target as HTMLInputElement).name !== 'current') kit.onInput(event);
      },
    };
    return passwordStep(own, {
      current: this.#current.render({
        id: kit.id('current'),
        name: 'current',
        autocomplete: 'current-password',
        error: kit.fieldError('current'),
        label: term('account.currentLabel'),
        showLabel: term('account.currentShow'),
        hideLabel: term('account.currentHide'),
      }),
      password: this.#password.field(kit, view.failed, this.#host.account?.email),
    });
  }

  /** The errors the new password's refused rules make, for the step's kit. */
  derived(view: PasswordView): FormError[] {
    return this.#password.errors(view.failed, 'password');
  }

  submit(form: HTMLFormElement): void {
    const host = this.#host;
    const currentInput = form.elements.namedItem('current') as HTMLInputElement;
    const current = currentInput.value;
    this.#current.hide();
    const { password, problem } = this.#password.submitted(form);
    const view = passwordView();
    const errors: FormError[] = current
      ? []
      : [{ field: 'current', message: ['account.current.empty'] }];
    if (errors.length > 0 || problem) {
      const failed = problem && 'failed' in problem ? problem.failed : [];
      const more = problem && 'errors' in problem ? problem.errors : [];
      return host.fail({ ...view, failed, errors: [...errors, ...more] }, 'VALIDATION_FAILED');
    }
    host.run(
      view,
      (client, signal) => client.changePassword({ current, password }, { signal }),
      ({ session }) => {
        host.go({ is: 'password-done' });
        host.status = ['account.passwordDone'];
        host.dispatchEvent(new PkPasswordChangedEvent({ session }));
        // Every other session ended with the change: the overview's count follows.
        host.sessions = host.sessions.filter((one) => one.current);
      },
      (error) => {
        // A wrong password is typed again, as after a failed sign-in; so after too many.
        if (currentWrong(error) || error.code === 'RATE_LIMITED') currentInput.value = '';
        if (currentWrong(error)) {
          return { ...view, errors: [{ field: 'current', message: ['account.current.wrong'] }] };
        }
        const failed = this.#password.refused(error);
        return failed && { ...view, failed };
      },
    );
  }
}
