import type { ApprovalView, ErrorCode } from '@portalkit/protocol';
import type { ProtectedStep } from '../base/protected-form.js';

/** The steps of `<pk-address-change>`. */
export type AddressChangeStep = ProtectedStep;

export interface PkAddressChangeCompleteDetail {
  /** The approved transaction: the server has changed the address from its stored payload. */
  approval: ApprovalView;
}

/** The new address is approved and saved; letters to the old and the new address confirm it. */
export class PkAddressChangeCompleteEvent extends CustomEvent<PkAddressChangeCompleteDetail> {
  constructor(detail: PkAddressChangeCompleteDetail) {
    super('pk-address-change-complete', {
      detail,
      bubbles: true,
      composed: true,
    });
  }
}

export interface PkAddressChangeStepDetail {
  step: AddressChangeStep;
}

/** Another step is shown (so a page can name it in its `<title>`). Never carries input. */
export class PkAddressChangeStepEvent extends CustomEvent<PkAddressChangeStepDetail> {
  constructor(detail: PkAddressChangeStepDetail) {
    super('pk-address-change-step', { detail, bubbles: true, composed: true });
  }
}

export interface PkAddressChangeErrorDetail {
  /** `VALIDATION_FAILED` for the element's own checks, otherwise the client's code. */
  code: ErrorCode;
}

/** An error is shown (so a page can prefix its `<title>` with "Fehler: "). Never carries input. */
export class PkAddressChangeErrorEvent extends CustomEvent<PkAddressChangeErrorDetail> {
  constructor(detail: PkAddressChangeErrorDetail) {
    super('pk-address-change-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-address-change-complete': PkAddressChangeCompleteEvent;
    'pk-address-change-step': PkAddressChangeStepEvent;
    'pk-address-change-error': PkAddressChangeErrorEvent;
  }
}
