import { html, type TemplateResult } from 'lit';
import { resendCode } from '../../parts/resend-code.js';
import { paragraph, stepForm, textInput, type StepKit } from '../../parts/step-form.js';
import type { CodeView } from '../pk-account.views.js';

/** The new address: the current one beside it, checked on submit; "Code senden". */
export const emailStep = (kit: StepKit, current: string): TemplateResult =>
  stepForm(kit, {
    heading: 'account.emailFormHeading',
    body: [
      paragraph(kit, 'account.emailIntro'),
      html`<p part="current">${kit.term('account.emailCurrent', current)}</p>`,
      textInput(kit, 'email', {
        label: 'account.emailLabel',
        hint: 'account.emailHint',
        type: 'email',
        autocomplete: 'email',
        autocapitalize: 'none',
      }),
    ],
    submit: 'account.emailSubmit',
    secondary: 'account.cancel',
  });

export interface CodeStepOptions {
  /** Seconds until "Code erneut senden" is offered (0: it is). */
  wait: number;
  onResend: () => void;
}

/**
 * The code from the new address in one field (UX.md "One-time codes"): `one-time-code`, the
 * numeric keyboard, pasting works, spaces and dashes do not matter; where it went and how long it
 * holds; "Code erneut senden" after its wait (`parts/resend-code.ts`).
 */
export const codeStep = (kit: StepKit, view: CodeView, options: CodeStepOptions): TemplateResult =>
  stepForm(kit, {
    heading: 'account.codeHeading',
    body: [
      html`<p>
        ${kit.term('account.codeSent', view.email, Math.max(1, Math.round(view.expiresIn / 60)))}
      </p>`,
      textInput(kit, 'code', {
        label: 'account.codeLabel',
        hint: 'account.codeHint',
        autocomplete: 'one-time-code',
        inputmode: 'numeric',
      }),
      paragraph(kit, 'account.noCode'),
    ],
    submit: 'account.codeSubmit',
    secondary: 'account.cancel',
    more: resendCode(kit, {
      wait: options.wait,
      busy: view.phase === 'busy' && !!view.resending,
      resent: !!view.resent,
      label: kit.term('account.resend'),
      busyLabel: kit.term('account.resendBusy'),
      resentText: kit.term('account.resent'),
      waitText: (seconds) => kit.term('account.resendWait', seconds),
      onResend: options.onResend,
    }),
  });
