import { html, nothing, type TemplateResult } from 'lit';
import { paragraph, stepForm, stepHeading, type StepKit } from '../../parts/step-form.js';

/**
 * What ending the registration means, before anything is sent (WCAG 3.3.4): passkeys and
 * sessions removed, the data deleted but for the audit log, a letter, no way back but to register
 * anew; then "Registrierung aufheben", which asks for the approval.
 */
export function endStep(
  kit: StepKit,
  passkeys: number,
  passkeysHref: string | undefined,
): TemplateResult {
  const consequences = html`${paragraph(kit, 'account.endIntro')}
    <ul part="consequences">
      <li>${kit.term('account.endPasskeys', passkeys)}</li>
      <li>${kit.term('account.endData')}</li>
      <li>${kit.term('account.endLetter')}</li>
      <li>${kit.term('account.endNoWayBack')}</li>
    </ul>`;
  // The approval needs a passkey: without one there is nothing to send yet, only the way there.
  if (passkeys === 0) {
    return html`<div part="step">
      ${stepHeading(kit, 'account.endHeading')} ${consequences}
      ${paragraph(kit, 'account.endNeedsPasskey')}
      ${passkeysHref
        ? html`<p><a part="link" href=${passkeysHref}>${kit.term('account.endAddPasskey')}</a></p>`
        : nothing}
      <button type="button" part="secondary-action" @click=${kit.onSecondary}>
        ${kit.term('account.cancel')}
      </button>
    </div>`;
  }
  return stepForm(kit, {
    heading: 'account.endHeading',
    body: html`${consequences} ${paragraph(kit, 'account.endApproval')}`,
    submit: 'account.endSubmit',
    secondary: 'account.cancel',
  });
}

/** Ended: signed out everywhere, a letter on its way, and the site's start if it gave one. */
export const endDoneStep = (kit: StepKit, doneHref: string | undefined): TemplateResult =>
  html`<div part="step">
    ${stepHeading(kit, 'account.endDoneHeading')} ${paragraph(kit, 'account.endDoneText')}
    ${paragraph(kit, 'account.endDoneLetter')}
    ${doneHref ? html`<p><a part="link" href=${doneHref}>${kit.term('account.endDoneLink')}</a></p>` : nothing}
  </div>`;
