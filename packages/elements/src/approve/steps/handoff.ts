import type { ApprovalHandoff } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { paragraph, type StepKit } from '../../parts/step-form.js';
import { heading } from './changes.js';
import { qrCode } from '../qr.js';
import { actionButton } from './summary.js';

export interface HandoffStepOptions {
  /** Whole seconds until the transaction expires. */
  left: number;
}

/** How often the screen-reader text of the time left may change (UX.md "Time limits"). */
const spokenStep = 15;

/**
 * Waiting for the phone: the QR code and the short link that open the transaction there, the
 * number the phone asks for, the time left (visible each second; for screen readers in steps of
 * 15 seconds, and announced when the wait starts and in its last minute) and "Abbrechen" (the
 * kit's second action: the transaction is denied).
 */
export function handoffStep(
  kit: StepKit,
  handoff: ApprovalHandoff,
  { left }: HandoffStepOptions,
): TemplateResult {
  const spoken = Math.ceil(left / spokenStep) * spokenStep;
  return html`<div part="step" aria-busy=${kit.busy ? 'true' : nothing}>
    ${kit.summary} ${heading(kit, kit.term('approve.handoffHeading'))}
    ${paragraph(kit, 'approve.handoffScan')} ${qrCode(handoff.qr, kit.term('approve.qrLabel'))}
    <p>
      ${kit.term('approve.handoffLink')}
      <span part="link">${handoff.shortLink}</span>
    </p>
    <dl part="number-box">
      <dt part="label">${kit.term('approve.numberLabel')}</dt>
      <dd part="number">${handoff.number}</dd>
    </dl>
    <p part="hint">${kit.term('approve.numberHint')}</p>
    <p part="countdown">
      <span aria-hidden="true">${kit.term('approve.timeLeft', left)}</span>
      <span class="pk-visually-hidden">${kit.term('approve.timeLeftSpoken', spoken)}</span>
    </p>
    ${actionButton(kit, 'secondary-action', 'approve.cancel', kit.onSecondary, !!kit.busy)}
  </div>`;
}
