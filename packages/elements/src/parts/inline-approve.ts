import type { ApprovalStatus, ApprovalView, ErrorCode } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import type { PlainKey } from '../i18n/messages.js';
import type { StepKit } from './step-form.js';

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

/**
 * `<pk-approve>` inline: it has its own headings; "Änderung erneut eingeben" after its end. Only
 * the kit's `term` is used, so an element without steps (`<pk-passkeys>`) passes its own.
 */
export const approveStep = (
  kit: Pick<StepKit, 'term'>,
  options: ApproveStepOptions,
): TemplateResult =>
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
