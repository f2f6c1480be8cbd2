import type { ApprovalSummary } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import type { StepKit } from '../../parts/step-form.js';

/** The summary in the language the element is shown in. */
export type SummaryText = ApprovalSummary['de'];

/** A view's heading, which takes focus when the view appears. */
export const heading = (kit: StepKit, text: string): TemplateResult =>
  html`<h2 part="heading" id=${kit.id('heading')} tabindex="-1">${text}</h2>`;

/** The transaction's heading, which takes focus when it appears: `Bitte freigeben: Neue Anschrift`. */
export const approvalHeading = (kit: StepKit, text: SummaryText): TemplateResult =>
  heading(kit, kit.term('approve.heading', text.title));

/**
 * What changes, as a description list: each line's label, then the old value, an arrow and the
 * new one. Screen readers hear "bisher: … neu: …" instead of the arrow.
 */
export const changes = (kit: StepKit, text: SummaryText): TemplateResult =>
  html`<dl part="changes">
    ${text.lines.map(
      (line) =>
        html`<div part="change">
          <dt>${line.label}</dt>
          <dd>
            ${
              line.from === null
                ? nothing
                : html`<span class="pk-visually-hidden">${kit.term('approve.from')}</span>
                    <span part="from">${line.from}</span>
                    <span aria-hidden="true">→</span>`
            }
            <span class="pk-visually-hidden">${kit.term('approve.to')}</span>
            <span part="to">${line.to}</span>
          </dd>
        </div>`,
    )}
  </dl>`;
