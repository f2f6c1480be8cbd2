import type { ApprovalStatus, ApprovalView, ErrorCode } from '@portalkit/protocol';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { PlainKey } from '../i18n/messages.js';
import { perTag, tokens as t } from '../theme/tokens.js';
import { stepForm, stepHeading, type StepKit } from './step-form.js';

/** One line of a review: what it is, what is on file (`null`: nothing), what it becomes. */
export interface ReviewLine {
  label: PlainKey;
  from: string | null;
  to: string;
}

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

/**
 * The review before anything is sent (WCAG 3.3.4, BITV 9.3.3.4): a table of old beside new, then
 * "Senden und freigeben" and "Ändern", which goes back to the form with every value kept.
 */
export function reviewStep(kit: StepKit, title: PlainKey, lines: readonly ReviewLine[]) {
  const { term } = kit;
  return stepForm(kit, {
    heading: 'protectedForm.reviewHeading',
    body: html`<p>${term('protectedForm.reviewIntro')}</p>
      <table part="review">
        <caption>
          ${term(title)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${term('protectedForm.item')}</th>
            <th scope="col">${term('protectedForm.before')}</th>
            <th scope="col">${term('protectedForm.after')}</th>
          </tr>
        </thead>
        <tbody>
          ${lines.map(
            (line) =>
              html`<tr>
                <th scope="row">${term(line.label)}</th>
                <td part="from">${line.from ?? term('protectedForm.none')}</td>
                <td part="to">${line.to}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
    submit: 'protectedForm.send',
    secondary: 'protectedForm.edit',
  });
}

export interface InlineApproveOptions {
  approval: ApprovalView;
  /** The form's client, whose approval calls `<pk-approve>` uses. */
  client: unknown;
  /** Approved: the change is made (or the submission accepted) from what the server stored. */
  complete: (approval: ApprovalView) => void;
  /** The approval's status as `<pk-approve>` reports it. */
  status: (status: ApprovalStatus) => void;
  /** `<pk-approve>` shows an error: the form fires its own error event with the code. */
  error: (code: ErrorCode) => void;
}

/**
 * `<pk-approve>` with a pending approval and the form's client, its events handed to the form
 * (the protected forms, and `<pk-document-upload>` for categories that need an approval).
 */
export const inlineApprove = (options: InlineApproveOptions): TemplateResult =>
  html`<pk-approve
    .approval=${options.approval}
    .client=${options.client}
    @pk-approval-complete=${(event: CustomEvent<{ approval: ApprovalView }>) =>
      options.complete(event.detail.approval)}
    @pk-approval-status=${(event: CustomEvent<{ status: ApprovalStatus }>) =>
      options.status(event.detail.status)}
    @pk-approval-error=${(event: CustomEvent<{ code: ErrorCode }>) =>
      options.error(event.detail.code)}
  ></pk-approve>`;

export interface ApproveStepOptions {
  /** `<pk-approve>` with the pending approval, the client and listeners bound (`inlineApprove`). */
  approve: TemplateResult;
  /** The approval ended without the change (denied, expired, cancelled): offer to enter it again. */
  again?: (() => void) | undefined;
  /** The words of that offer; "Änderung erneut eingeben" by default. */
  againLabel?: PlainKey | undefined;
}

/** `<pk-approve>` inline: it has its own headings; "Änderung erneut eingeben" after its end. */
export const approveStep = (kit: StepKit, options: ApproveStepOptions): TemplateResult =>
  html`<div part="step">
    ${options.approve}
    ${
      options.again
        ? html`<button type="button" part="secondary-action" @click=${options.again}>
            ${kit.term(options.againLabel ?? 'protectedForm.again')}
          </button>`
        : nothing
    }
  </div>`;

/** The review table and the boxes of what is on file: shared by every protected form. */
export const protectedFormStyles = perTag(
  (host) => css`
    ${host} :where([part~='review']) {
      width: 100%;
      margin-block: ${t.spaceM};
      border-collapse: collapse;
    }
    ${host} :where([part~='review'] caption) {
      margin-bottom: ${t.spaceS};
      font-weight: 700;
      text-align: start;
    }
    ${host} :where([part~='review'] :is(th, td)) {
      padding: ${t.spaceS};
      border-bottom: 1px solid ${t.divider};
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    ${host} :where([part~='review'] td[part~='from']) {
      color: ${t.textMuted};
    }
    ${host} :where([part~='review'] td[part~='to']) {
      font-weight: 700;
    }
    ${host} :where([part~='current']) {
      margin-block: ${t.spaceM};
      padding: ${t.spaceS} ${t.spaceM};
      border-inline-start: 4px solid ${t.divider};
      background: ${t.surfaceMuted};
    }
    ${host} :where([part~='current'] :is(h3, p, dl, dd)) {
      margin: 0;
    }
    /* A label for what is on file, below the step's heading in rank and in size. */
    ${host} :where([part~='current'] h3) {
      font-size: ${t.fontSizeM};
    }
    ${host} :where([part~='current'] dt) {
      color: ${t.textMuted};
    }
    ${host} :where([part~='current'] dd + dt) {
      margin-top: ${t.spaceXs};
    }
    ${host} :where([part~='heading']) {
      margin-bottom: ${t.spaceM};
    }
    /* The heading takes focus so screen readers start the new step there; it is no control. */
    ${host} :where([part~='heading']:focus) {
      outline: none;
    }
    ${host} :where([part~='secondary-action']) {
      margin-top: ${t.spaceS};
    }
  `,
);
