import type { ErrorCode, SignedIn } from '@portalkit/protocol';

/** The steps of `<pk-forgot-password>`; `letter` is the answer to a letter request. */
export type ForgotPasswordStep = 'identify' | 'method' | 'code' | 'letter' | 'password' | 'done';

export interface PkPasswordResetDetail {
  /** The member's new session (display name and timeouts): they are signed in. */
  session: SignedIn;
}

/**
 * The new password is set, every other session of the account is ended, and the member is signed
 * in; the page shows the signed-in area.
 */
export class PkPasswordResetEvent extends CustomEvent<PkPasswordResetDetail> {
  constructor(detail: PkPasswordResetDetail) {
    super('pk-password-reset', { detail, bubbles: true, composed: true });
  }
}

export interface PkForgotPasswordStepDetail {
  step: ForgotPasswordStep;
}

/** Another step is shown (so a page can name it in its `<title>`). Never carries input. */
export class PkForgotPasswordStepEvent extends CustomEvent<PkForgotPasswordStepDetail> {
  constructor(detail: PkForgotPasswordStepDetail) {
    super('pk-forgot-password-step', { detail, bubbles: true, composed: true });
  }
}

export interface PkForgotPasswordErrorDetail {
  /** `VALIDATION_FAILED` for the element's own checks, otherwise the client's code. */
  code: ErrorCode;
}

/** An error is shown (so a page can prefix its `<title>` with "Fehler: "). Never carries input. */
export class PkForgotPasswordErrorEvent extends CustomEvent<PkForgotPasswordErrorDetail> {
  constructor(detail: PkForgotPasswordErrorDetail) {
    super('pk-forgot-password-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-password-reset': PkPasswordResetEvent;
    'pk-forgot-password-step': PkForgotPasswordStepEvent;
    'pk-forgot-password-error': PkForgotPasswordErrorEvent;
  }
}
