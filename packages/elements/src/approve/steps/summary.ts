import { html, nothing, type TemplateResult } from 'lit';
import type { PlainKey } from '../../i18n/messages.js';
import { paragraph, type StepKit } from '../../parts/step-form.js';
import type { Action } from '../pk-approve.views.js';
import { approvalHeading, changes, heading, type SummaryText } from './changes.js';

export interface SummaryStepOptions {
  /** What is running: its button says so. */
  by?: Action | undefined;
  /** This browser has passkeys: "Mit Passkey freigeben" is offered. */
  passkey: boolean;
  /** "Auf meinem Smartphone freigeben" is offered (not on the phone, not in the inbox). */
  phone: boolean;
  onPasskey: () => void;
  onPhone: () => void;
  /** "Zurück zu den offenen Freigaben", in the inbox. */
  onBack?: (() => void) | undefined;
}

/** A button that says what it does while its request runs (UX.md "Status and busy"). */
export const actionButton = (
  kit: StepKit,
  part: 'submit' | 'secondary-action',
  label: PlainKey,
  onClick: () => void,
  busy?: boolean,
): TemplateResult =>
  html`<button type="button" part=${part} @click=${onClick}>
    ${kit.term(busy && kit.busy ? kit.busy : label)}
  </button>`;

/**
 * One transaction: what changes, from what to what, and the ways on: approve with a passkey here,
 * on the phone, or deny (the kit's second action).
 */
export function summaryStep(
  kit: StepKit,
  text: SummaryText,
  options: SummaryStepOptions,
): TemplateResult {
  const { by } = options;
  return html`<div part="step" aria-busy=${kit.busy ? 'true' : nothing}>
    ${kit.summary} ${approvalHeading(kit, text)} ${paragraph(kit, 'approve.intro')}
    ${changes(kit, text)}
    ${
      options.passkey
        ? html`${paragraph(kit, 'approve.passkeyHint')}
          ${actionButton(kit, 'submit', 'approve.passkey', options.onPasskey, by === 'passkey')}`
        : paragraph(kit, 'approve.passkeyUnsupported', true)
    }
    ${
      options.phone
        ? actionButton(kit, 'secondary-action', 'approve.phone', options.onPhone, by === 'handoff')
        : nothing
    }
    ${actionButton(kit, 'secondary-action', 'approve.deny', kit.onSecondary, by === 'deny')}
    ${
      options.onBack
        ? actionButton(kit, 'secondary-action', 'approve.backToInbox', options.onBack)
        : nothing
    }
  </div>`;
}

/** A transaction not (yet) there: loading it, or why it cannot be shown, with a retry. */
export function missingStep(kit: StepKit, onRetry?: () => void): TemplateResult {
  if (kit.busy) {
    return html`<div part="step" aria-busy="true">
      <p>${kit.term(kit.busy)}</p>
    </div>`;
  }
  return html`<div part="step">
    ${kit.summary} ${heading(kit, kit.term('approve.failedHeading'))}
    ${
      onRetry
        ? html`<button type="button" part="secondary-action" @click=${onRetry}>
            ${kit.term('common.retry')}
          </button>`
        : nothing
    }
  </div>`;
}
