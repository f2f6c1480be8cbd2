import type { ResetVerified } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { paragraph, stepForm, stepHeading, type StepKit } from '../../parts/step-form.js';

export interface PasswordStepOptions {
  /** Whose account it is and where the notice of the change goes, known after the proof. */
  verified?: ResetVerified | undefined;
  /** The field, its toggle and the policy's rules (`NewPasswordController.render`). */
  password: TemplateResult;
}

/**
 * Step 4: the new password, as at registration (UX.md "Passwords"): its rules visible before
 * typing and ticked as they are met, a show/hide toggle, no repeat field. It names the member
 * and where the notice of the change will go, masked.
 */
export function passwordStep(kit: StepKit, options: PasswordStepOptions): TemplateResult {
  const { verified } = options;
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
