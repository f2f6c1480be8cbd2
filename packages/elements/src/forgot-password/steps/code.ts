import { html, nothing, type TemplateResult } from 'lit';
import { paragraph, stepForm, textInput, type StepKit } from '../../parts/step-form.js';
import type { CodeView } from '../pk-forgot-password.views.js';
import { identifierInput } from './identify.js';

export interface CodeStepOptions {
  /** Seconds until "Code erneut senden" is offered (0: it is). */
  wait: number;
  onResend: () => void;
}

/** How often the screen-reader text of the wait may change (UX.md "Time limits"). */
const spokenStep = 15;

/**
 * "Code erneut senden" for a code by e-mail or SMS. During the wait it stays where it is, in the
 * Tab order (`aria-disabled`, a press does nothing), so focus is not lost when it was pressed;
 * beside it the seconds count down on screen, hidden from screen readers, which get the time in
 * steps of 15 seconds as the button's description. The status region says once when the wait
 * starts and when it ends.
 */
function resend(kit: StepKit, view: CodeView, { wait, onResend }: CodeStepOptions) {
  if (view.channel !== 'email' && view.channel !== 'sms') return nothing;
  const spokenId = kit.id('countdown');
  return html`<div class="pk-resend">
    <button
      type="button"
      part="secondary-action"
      aria-disabled=${wait > 0 ? 'true' : nothing}
      aria-describedby=${wait > 0 ? spokenId : nothing}
      @click=${onResend}
    >
      ${kit.term(
        view.phase === 'busy' && view.resending
          ? 'forgotPassword.requestBusy'
          : 'forgotPassword.resend',
      )}
    </button>
    ${
      wait > 0
        ? html`<p part="countdown">
            ${view.resent ? html`${kit.term('forgotPassword.resent')} ` : nothing}<span
              aria-hidden="true"
              >${kit.term('forgotPassword.resendWait', wait)}</span
            ><span class="pk-visually-hidden" id=${spokenId}
              >${kit.term('forgotPassword.resendWait', Math.ceil(wait / spokenStep) * spokenStep)}</span
            >
          </p>`
        : nothing
    }
  </div>`;
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
        ...((view.channel === 'email' || view.channel === 'sms') && { inputmode: 'numeric' }),
      }),
      paragraph(kit, 'forgotPassword.noCode'),
    ],
    submit: 'forgotPassword.codeSubmit',
    secondary: 'forgotPassword.otherWay',
    more: resend(kit, view, options),
  });
