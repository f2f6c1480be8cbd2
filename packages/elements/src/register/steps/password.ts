import { html, type TemplateResult } from 'lit';
import { stepForm, type StepKit } from './kit.js';

export interface PasswordStepOptions {
  /** The member's name from the activation, for the greeting. */
  displayName?: string | undefined;
  /** The field, its toggle and the policy's rules (`NewPasswordController.render`). */
  password: TemplateResult;
}

/**
 * Step 3: the new password (UX.md "Passwords"): its rules visible before typing and ticked as
 * they are met, a show/hide toggle, no repeat field.
 */
export function passwordStep(kit: StepKit, options: PasswordStepOptions): TemplateResult {
  const { displayName } = options;
  return stepForm(kit, {
    number: 3,
    heading: 'register.passwordHeading',
    body: [
      html`<p>
        ${displayName ? kit.term('register.greeting', displayName) : kit.term('register.activated')}
      </p>`,
      options.password,
    ],
    submit: 'register.passwordSubmit',
  });
}
