import type { ApprovalView, ErrorCode, SignedIn } from '@portalkit/protocol';

/** The steps of `<pk-account>`: the overview, and each task's. */
export type AccountStep =
  | 'overview'
  | 'email'
  | 'email-code'
  | 'email-done'
  | 'password'
  | 'password-done'
  | 'sessions'
  | 'end-others'
  | 'end'
  | 'end-approve'
  | 'end-done';

const init = <D>(detail: D) => ({ detail, bubbles: true, composed: true });

export interface PkEmailChangedDetail {
  /** The new address, confirmed with the code sent to it. */
  email: string;
}

/** The e-mail address is changed; a notice went to the previous one. */
export class PkEmailChangedEvent extends CustomEvent<PkEmailChangedDetail> {
  constructor(detail: PkEmailChangedDetail) {
    super('pk-email-changed', init(detail));
  }
}

export interface PkPasswordChangedDetail {
  /** This browser's session, under a new id; every other session has ended. */
  session: SignedIn;
}

/** The password is changed; every other session has ended and a notice went out. */
export class PkPasswordChangedEvent extends CustomEvent<PkPasswordChangedDetail> {
  constructor(detail: PkPasswordChangedDetail) {
    super('pk-password-changed', init(detail));
  }
}

export interface PkSessionEndedDetail {
  /**
   * The session signed out, with its browser and system where known (`Firefox`, `Windows`), or
   * `others`: every session but this one.
   */
  ended: { id: string; browser?: string; system?: string } | 'others';
}

/** Another device is signed out, or all other devices are. */
export class PkSessionEndedEvent extends CustomEvent<PkSessionEndedDetail> {
  constructor(detail: PkSessionEndedDetail) {
    super('pk-session-ended', init(detail));
  }
}

export interface PkRegistrationEndedDetail {
  /** The approved transaction (kind `end-registration`): the server has ended the registration. */
  approval: ApprovalView;
}

/** The registration is ended: the member is signed out everywhere and can only register anew. */
export class PkRegistrationEndedEvent extends CustomEvent<PkRegistrationEndedDetail> {
  constructor(detail: PkRegistrationEndedDetail) {
    super('pk-registration-ended', init(detail));
  }
}

export interface PkAccountStepDetail {
  step: AccountStep;
}

/** Another step is shown (so a page can name it in its `<title>`). Never carries input. */
export class PkAccountStepEvent extends CustomEvent<PkAccountStepDetail> {
  constructor(detail: PkAccountStepDetail) {
    super('pk-account-step', init(detail));
  }
}

export interface PkAccountErrorDetail {
  /** `VALIDATION_FAILED` for the element's own checks, otherwise the client's code. */
  code: ErrorCode;
}

/** An error is shown (so a page can prefix its `<title>` with "Fehler: "). Never carries input. */
export class PkAccountErrorEvent extends CustomEvent<PkAccountErrorDetail> {
  constructor(detail: PkAccountErrorDetail) {
    super('pk-account-error', init(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-email-changed': PkEmailChangedEvent;
    'pk-password-changed': PkPasswordChangedEvent;
    'pk-session-ended': PkSessionEndedEvent;
    'pk-registration-ended': PkRegistrationEndedEvent;
    'pk-account-step': PkAccountStepEvent;
    'pk-account-error': PkAccountErrorEvent;
  }
}
