import { html, type TemplateResult } from 'lit';
import type { PlainKey } from '../i18n/messages.js';
import { stepHeading, type StepKit } from './step-form.js';

/**
 * While what is on file loads: its words (also in the status region). When it cannot be loaded:
 * the error summary, a heading that says what is missing, and "Erneut versuchen".
 */
export function loadStep(kit: StepKit, failed: PlainKey, onRetry: () => void): TemplateResult {
  if (kit.busy) {
    return html`<div part="step" aria-busy="true">
      <p>${kit.term(kit.busy)}</p>
    </div>`;
  }
  return html`<div part="step">
    ${kit.summary} ${stepHeading(kit, failed)}
    <button type="button" part="secondary-action" @click=${onRetry}>
      ${kit.term('common.retry')}
    </button>
  </div>`;
}
