import { html, nothing, type TemplateResult } from 'lit';
import { resendCode } from '../../parts/resend-code.js';
import { paragraph, stepForm, textInput, type StepKit } from '../../parts/step-form.js';
import type { CodeView } from '../pk-forgot-password.views.js';
import { identifierInput } from './identify.js';

export interface CodeStepOptions {
  /** Seconds until "Code erneut senden" is offered (0: it is). */
  wait: number;
  onResend: () => void;
}

/** "Code erneut senden" for a code by e-mail or SMS (`parts/resend-code.ts`). */
function resend(kit: StepKit, view: CodeView, { wait, onResend }: CodeStepOptions) {
  if (view.channel !== 'email' && view.channel !== 'sms') return nothing;
  return resendCode(kit, {
    wait,
    busy: view.phase === 'busy' && !!view.resending,
    resent: !!view.resent,
    label: kit.term('forgotPassword.resend'),
    busyLabel: kit.term('forgotPassword.requestBusy'),
    resentText: kit.term('forgotPassword.resent'),
    waitText: (seconds) => kit.term('forgotPassword.resendWait', seconds),
    onResend,
  });
}

/**
 * Step 3: the code in one text field (UX.md "One-time codes"): pasting works, spaces and dashes
 * do not matter; digits bring the numeric keyboard for an e-mail or SMS code, a letter's code has
 * letters too. Opened from a letter's QR code, the code is filled in and the step asks whose
 * account it is. Its second button goes back to the choice of way.
 */
export const codeStep = (kit: StepKit, view: CodeView, options: CodeStepOptions): TemplateResult =>
  stepForm(kit, {
    heading: 'forgotPassword.codeHeading',
    body: [
      view.prefilled
        ? paragraph(kit, 'forgotPassword.codePrefilled', true)
        : paragraph(
            kit,
            view.channel ? `forgotPassword.codeSent.${view.channel}` : 'forgotPassword.codeIntro',
          ),
      view.askIdentifier ? identifierInput(kit) : nothing,
      textInput(kit, 'code', {
        label: 'forgotPassword.codeLabel',
        hint: 'forgotPassword.codeHint',
        autocomplete: 'one-time-code',
        autocapitalize: 'characters',
        ...((view.channel === 'email' || view.channel === 'sms') && {
          inputmode: 'numeric',
        }),
      }),
      paragraph(kit, 'forgotPassword.noCode'),
    ],
    submit: 'forgotPassword.codeSubmit',
    secondary: 'forgotPassword.otherWay',
    more: resend(kit, view, options),
  });
