import type { ApprovalStatus, ApprovalView, ErrorCode } from '@portalkit/protocol';

export interface PkApprovalCompleteDetail {
  /** The transaction, approved: the server has executed the change from its stored payload. */
  approval: ApprovalView;
}

/** The member approved the transaction, here or on the phone; the change is made. */
export class PkApprovalCompleteEvent extends CustomEvent<PkApprovalCompleteDetail> {
  constructor(detail: PkApprovalCompleteDetail) {
    super('pk-approval-complete', { detail, bubbles: true, composed: true });
  }
}

export interface PkApprovalStatusDetail {
  status: ApprovalStatus;
}

/**
 * The transaction's status as the element learned it: `pending` when it is shown, then its end
 * (`approved`, `denied`, `expired`, `cancelled`), so a page can name it in its `<title>`.
 */
export class PkApprovalStatusEvent extends CustomEvent<PkApprovalStatusDetail> {
  constructor(detail: PkApprovalStatusDetail) {
    super('pk-approval-status', { detail, bubbles: true, composed: true });
  }
}

export interface PkApprovalErrorDetail {
  /** `VALIDATION_FAILED` for the element's own check (no number picked), else the client's code. */
  code: ErrorCode;
}

/** An error is shown (so a page can prefix its `<title>` with "Fehler: "). */
export class PkApprovalErrorEvent extends CustomEvent<PkApprovalErrorDetail> {
  constructor(detail: PkApprovalErrorDetail) {
    super('pk-approval-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-approval-complete': PkApprovalCompleteEvent;
    'pk-approval-status': PkApprovalStatusEvent;
    'pk-approval-error': PkApprovalErrorEvent;
  }
}
