import type { ErrorCode } from '@portalkit/protocol';

/**
 * Why the session ended: `idle` (no activity for the idle time), `absolute` (the longest time a
 * session may last), `signed-out` (the member signed out here or in another tab, or the session
 * was ended elsewhere).
 */
export type SessionEndReason = 'idle' | 'absolute' | 'signed-out';

export interface PkSessionExpiredDetail {
  reason: SessionEndReason;
}

/**
 * The member is signed out, in this tab or another: the element shows why and offers to sign in
 * again; a page may navigate instead.
 */
export class PkSessionExpiredEvent extends CustomEvent<PkSessionExpiredDetail> {
  constructor(detail: PkSessionExpiredDetail) {
    super('pk-session-expired', { detail, bubbles: true, composed: true });
  }
}

/** A session's two times, as the server gives them (`GET /session`). */
export interface SessionTimes {
  /** Seconds until the idle sign-out, from now. */
  idleExpiresIn: number;
  /** Seconds until the session ends whatever the member does. */
  absoluteExpiresIn: number;
  /** The idle timeout: seconds without activity after which the session ends. */
  idleTimeout: number;
}

export type PkSessionExtendedDetail = SessionTimes;

/** The member chose to stay signed in, in this tab or another: the idle time starts again. */
export class PkSessionExtendedEvent extends CustomEvent<PkSessionExtendedDetail> {
  constructor(detail: PkSessionExtendedDetail) {
    super('pk-session-extended', { detail, bubbles: true, composed: true });
  }
}

export interface PkSessionErrorDetail {
  code: ErrorCode;
}

/** Extending failed; the warning shows the error and offers to try again. */
export class PkSessionErrorEvent extends CustomEvent<PkSessionErrorDetail> {
  constructor(detail: PkSessionErrorDetail) {
    super('pk-session-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-session-expired': PkSessionExpiredEvent;
    'pk-session-extended': PkSessionExtendedEvent;
    'pk-session-error': PkSessionErrorEvent;
  }
}
