import { html, nothing, type TemplateResult } from 'lit';
import { paragraph, type StepKit } from '../../parts/step-form.js';
import type { FinalStatus } from '../pk-approve.views.js';
import { changes, heading, type SummaryText } from './changes.js';
import { actionButton } from './summary.js';

/** Inbox entries and finished transactions name their change in a heading below the step's. */
const changeTitle = (text: SummaryText) => html`<h3 part="title">${text.title}</h3>`;

/**
 * The transaction's end, in clear words with what to do next: approved (the change is made),
 * denied, expired or cancelled (it is not; enter it again if wanted), then what it was about.
 */
export const outcomeStep = (
  kit: StepKit,
  status: FinalStatus,
  text: SummaryText,
  onBack?: () => void,
): TemplateResult =>
  html`<div part="step">
    ${heading(kit, kit.term(`approve.${status}Heading`))} ${paragraph(kit, `approve.${status}Text`)}
    ${changeTitle(text)} ${changes(kit, text)}
    ${onBack ? actionButton(kit, 'secondary-action', 'approve.backToInbox', onBack) : nothing}
  </div>`;

export interface InboxEntry {
  id: string;
  text: SummaryText;
}

/** The signed-in member's pending approvals, each opened in place by its button. */
export function inboxStep(
  kit: StepKit,
  entries: readonly InboxEntry[] | undefined,
  onOpen: (id: string) => void,
): TemplateResult {
  return html`<div part="step" aria-busy=${kit.busy ? 'true' : nothing}>
    ${kit.summary} ${heading(kit, kit.term('approve.inboxHeading'))}
    ${
      entries === undefined
        ? kit.busy
          ? paragraph(kit, kit.busy)
          : nothing
        : entries.length === 0
          ? paragraph(kit, 'approve.inboxEmpty')
          : html`${paragraph(kit, 'approve.inboxIntro')}
              <ul part="list">
                ${entries.map(
                  (entry) =>
                    html`<li part="item">
                      ${changeTitle(entry.text)} ${changes(kit, entry.text)}
                      <button
                        type="button"
                        part="secondary-action"
                        @click=${() => onOpen(entry.id)}
                      >
                        ${kit.term('approve.open', entry.text.title)}
                      </button>
                    </li>`,
                )}
              </ul>`
    }
  </div>`;
}
