import { html, nothing, type TemplateResult } from 'lit';
import { stepForm, type StepKit } from './kit.js';

export interface PasswordStepOptions {
  /** The member's name from the activation, for the greeting. */
  displayName?: string | undefined;
  /** The KVNR, for a password manager to save with the new password. */
  username?: string | undefined;
  /** The password field with its toggle and the policy's rules as its hint. */
  password: TemplateResult;
}

/**
 * Step 3: the new password (UX.md "Passwords"): its rules visible before typing and ticked as
 * they are met, a show/hide toggle, no repeat field.
 */
export function passwordStep(kit: StepKit, options: PasswordStepOptions): TemplateResult {
  const { displayName, username } = options;
  return stepForm(kit, {
    number: 3,
    heading: 'register.passwordHeading',
    body: [
      html`<p>
        ${displayName ? kit.term('register.greeting', displayName) : kit.term('register.activated')}
      </p>`,
      // Lets a password manager save the new password under the name the member signs in with.
      username
        ? html`<input
            type="text"
            name="username"
            autocomplete="username"
            hidden
            .value=${username}
          />`
        : nothing,
      options.password,
    ],
    submit: 'register.passwordSubmit',
  });
}
