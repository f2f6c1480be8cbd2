import type { ErrorCode, SignedIn } from '@portalkit/protocol';

/** The steps of `<pk-register>`, in order; `letter` is the first step's answer. */
export type RegisterStep = 'identify' | 'letter' | 'activate' | 'password' | 'passkey' | 'done';

export interface PkRegisterCompleteDetail {
  /** The new member's session (display name and timeouts): they are signed in. */
  session: SignedIn;
  /** Whether this device was bound with a passkey, or the member chose "Später". */
  passkeyAdded: boolean;
}

/** The account exists and the member is signed in; the page shows the signed-in area. */
export class PkRegisterCompleteEvent extends CustomEvent<PkRegisterCompleteDetail> {
  constructor(detail: PkRegisterCompleteDetail) {
    super('pk-register-complete', { detail, bubbles: true, composed: true });
  }
}

export interface PkRegisterStepDetail {
  step: RegisterStep;
}

/** Another step is shown (so a page can name it in its `<title>`). Never carries input. */
export class PkRegisterStepEvent extends CustomEvent<PkRegisterStepDetail> {
  constructor(detail: PkRegisterStepDetail) {
    super('pk-register-step', { detail, bubbles: true, composed: true });
  }
}

export interface PkRegisterErrorDetail {
  /** `VALIDATION_FAILED` for the element's own checks, otherwise the client's code. */
  code: ErrorCode;
}

/** An error is shown (so a page can prefix its `<title>` with "Fehler: "). Never carries input. */
export class PkRegisterErrorEvent extends CustomEvent<PkRegisterErrorDetail> {
  constructor(detail: PkRegisterErrorDetail) {
    super('pk-register-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-register-complete': PkRegisterCompleteEvent;
    'pk-register-step': PkRegisterStepEvent;
    'pk-register-error': PkRegisterErrorEvent;
  }
}
