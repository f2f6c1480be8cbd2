import type { ResetVerified } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { paragraph, stepForm, stepHeading, type StepKit } from '../../parts/step-form.js';

export interface PasswordStepOptions {
  /** Whose account it is and where the notice of the change goes, known after the proof. */
  verified?: ResetVerified | undefined;
  /** The identifier, for a password manager to save the new password under. */
  username?: string | undefined;
  /** The password field with its toggle and the policy's rules as its hint. */
  password: TemplateResult;
}

/**
 * Step 4: the new password, as at registration (UX.md "Passwords"): its rules visible before
 * typing and ticked as they are met, a show/hide toggle, no repeat field. It names the member
 * and where the notice of the change will go, masked.
 */
export function passwordStep(kit: StepKit, options: PasswordStepOptions): TemplateResult {
  const { verified, username } = options;
  const places = [verified?.hints.email, verified?.hints.phone].filter(
    (place): place is string => !!place,
  );
  return stepForm(kit, {
    heading: 'forgotPassword.passwordHeading',
    body: [
      html`<p>
        ${
          verified?.displayName
            ? kit.term('forgotPassword.greeting', verified.displayName)
            : kit.term('forgotPassword.verified')
        }
        ${places.length > 0 ? kit.term('forgotPassword.noticeTo', places) : nothing}
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
    submit: 'forgotPassword.passwordSubmit',
  });
}

/** Signed in with the new password; every other session is ended. */
export const doneStep = (kit: StepKit): TemplateResult =>
  html`<div part="step">
    ${stepHeading(kit, 'forgotPassword.doneHeading')} ${paragraph(kit, 'forgotPassword.doneText')}
    ${paragraph(kit, 'forgotPassword.doneNotice')}
  </div>`;
