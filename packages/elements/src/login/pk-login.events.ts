import type { ErrorCode, SignedIn, SignInMethod } from '@portalkit/protocol';

export interface PkLoginSuccessDetail {
  /** What the browser may know about the session: the member's display name and timeouts. */
  session: SignedIn;
  method: SignInMethod;
}

/** The member is signed in; the page navigates on or shows the signed-in area. */
export class PkLoginSuccessEvent extends CustomEvent<PkLoginSuccessDetail> {
  constructor(detail: PkLoginSuccessDetail) {
    super('pk-login-success', { detail, bubbles: true, composed: true });
  }
}

export interface PkLoginErrorDetail {
  /** `VALIDATION_FAILED` for the element's own checks, otherwise the client's code. */
  code: ErrorCode;
}

/** An error is shown (so a page can prefix its `<title>` with "Fehler: "). Never carries input. */
export class PkLoginErrorEvent extends CustomEvent<PkLoginErrorDetail> {
  constructor(detail: PkLoginErrorDetail) {
    super('pk-login-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-login-success': PkLoginSuccessEvent;
    'pk-login-error': PkLoginErrorEvent;
  }
}
