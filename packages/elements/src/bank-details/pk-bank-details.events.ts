import type { ApprovalView, ErrorCode } from '@portalkit/protocol';
import type { ProtectedStep } from '../base/protected-form.js';

/** The steps of `<pk-bank-details>`. */
export type BankDetailsStep = ProtectedStep;

export interface PkBankDetailsCompleteDetail {
  /** The approved transaction: the server has changed the bank details from its stored payload. */
  approval: ApprovalView;
}

/** The new bank details are approved and saved; an e-mail and a letter confirm them. */
export class PkBankDetailsCompleteEvent extends CustomEvent<PkBankDetailsCompleteDetail> {
  constructor(detail: PkBankDetailsCompleteDetail) {
    super('pk-bank-details-complete', {
      detail,
      bubbles: true,
      composed: true,
    });
  }
}

export interface PkBankDetailsStepDetail {
  step: BankDetailsStep;
}

/** Another step is shown (so a page can name it in its `<title>`). Never carries input. */
export class PkBankDetailsStepEvent extends CustomEvent<PkBankDetailsStepDetail> {
  constructor(detail: PkBankDetailsStepDetail) {
    super('pk-bank-details-step', { detail, bubbles: true, composed: true });
  }
}

export interface PkBankDetailsErrorDetail {
  /** `VALIDATION_FAILED` for the element's own checks, otherwise the client's code. */
  code: ErrorCode;
}

/** An error is shown (so a page can prefix its `<title>` with "Fehler: "). Never carries input. */
export class PkBankDetailsErrorEvent extends CustomEvent<PkBankDetailsErrorDetail> {
  constructor(detail: PkBankDetailsErrorDetail) {
    super('pk-bank-details-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-bank-details-complete': PkBankDetailsCompleteEvent;
    'pk-bank-details-step': PkBankDetailsStepEvent;
    'pk-bank-details-error': PkBankDetailsErrorEvent;
  }
}
