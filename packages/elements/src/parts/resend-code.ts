import { css, html, nothing, type TemplateResult } from 'lit';
import { perTag, tokens as t } from '../theme/tokens.js';
import type { StepKit } from './step-form.js';

export interface ResendCodeOptions {
  /** Seconds until "Code erneut senden" is offered (0: it is). */
  wait: number;
  /** Its request runs: the button says so. */
  busy: boolean;
  /** It was pressed and a new code is on its way: said beside the countdown. */
  resent: boolean;
  /** The button's words, and while its request runs. */
  label: string;
  busyLabel: string;
  /** "Neuer Code gesendet." */
  resentText: string;
  /** The wait in words, for these seconds. */
  waitText: (seconds: number) => string;
  onResend: () => void;
}

/** How often the screen-reader text of the wait may change (UX.md "Time limits"). */
const spokenStep = 15;

/**
 * "Code erneut senden" after a code by e-mail or SMS (`<pk-forgot-password>`, a new e-mail
 * address in `<pk-account>`). During the wait it stays where it is, in the Tab order
 * (`aria-disabled`, a press does nothing), so focus is not lost when it was pressed; beside it
 * the seconds count down on screen, hidden from screen readers, which get the time in steps of
 * 15 seconds as the button's description. The element's status region says once when the wait
 * starts and when it ends (`CooldownController`).
 */
export function resendCode(kit: StepKit, options: ResendCodeOptions): TemplateResult {
  const { wait } = options;
  const spokenId = kit.id('countdown');
  return html`<div class="pk-resend">
    <button
      type="button"
      part="secondary-action"
      aria-disabled=${wait > 0 ? 'true' : nothing}
      aria-describedby=${wait > 0 ? spokenId : nothing}
      @click=${options.onResend}
    >
      ${options.busy ? options.busyLabel : options.label}
    </button>
    ${
      wait > 0
        ? html`<p part="countdown">
            ${options.resent ? html`${options.resentText} ` : nothing}<span aria-hidden="true"
              >${options.waitText(wait)}</span
            ><span class="pk-visually-hidden" id=${spokenId}
              >${options.waitText(Math.ceil(wait / spokenStep) * spokenStep)}</span
            >
          </p>`
        : nothing
    }
  </div>`;
}

/** "Code erneut senden" with its countdown right under it, apart from the buttons above. */
export const resendCodeStyles = perTag(
  (host) => css`
    ${host} :where(.pk-resend) {
      margin-top: ${t.spaceM};
    }
    ${host} :where(.pk-resend > [part~='secondary-action']) {
      margin-top: 0;
    }
    /* During the wait the button stays in the Tab order; it looks unavailable and does nothing. */
    ${host} :where(.pk-resend > [part~='secondary-action'][aria-disabled='true']) {
      border-color: ${t.border};
      background: ${t.surface};
      color: ${t.textMuted};
      cursor: not-allowed;
    }
    ${host} :where([part~='countdown']) {
      margin: ${t.spaceXs} 0 0;
      color: ${t.textMuted};
    }
  `,
);
