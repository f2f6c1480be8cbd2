import type { ConfirmSessionRequest, LoginResponse, SessionState } from '@portalkit/protocol';

export interface PasskeySupport {
  /** WebAuthn is there (secure context, `PublicKeyCredential`): the passkey path can be offered. */
  available: boolean;
  /** Conditional mediation: passkeys can be offered in the identifier field's autofill list. */
  autofill: boolean;
}

/** What every element with a passkey ceremony needs. */
export interface PasskeyCeremonies {
  /** Aborts the running passkey ceremony, if any (it rejects with `aborted: true`). */
  cancelPasskey(): void;
  passkeySupport(): Promise<PasskeySupport>;
}

/** The member's session, whichever element is on the page. */
export interface SessionClient {
  session(): Promise<SessionState>;
  logout(): Promise<void>;
  /**
   * Proves again with the password that the signed-in member is at the keyboard, before an action
   * that needs a recent sign-in (adding a passkey answers `CONFIRMATION_REQUIRED` without it).
   */
  confirmSession(input: ConfirmSessionRequest): Promise<LoginResponse>;
}

/**
 * The one object through which the elements talk to the server. Every method rejects with a
 * `ClientError`; elements map its `code` to text. Each element folder adds its flow's part by
 * declaration merging (`interface PortalClient extends LoginClient {}`), and each element uses
 * only that part, so a client given to one element may implement just it.
 */
export interface PortalClient extends SessionClient {}
