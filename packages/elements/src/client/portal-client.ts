import type {
  AddPasskeyResponse,
  LoginResponse,
  PasskeyList,
  PasswordLoginRequest,
  SessionState,
} from '@portalkit/protocol';

export interface PasskeySupport {
  /** WebAuthn is there (secure context, `PublicKeyCredential`): the passkey path can be offered. */
  available: boolean;
  /** Conditional mediation: passkeys can be offered in the identifier field's autofill list. */
  autofill: boolean;
}

export interface SignInWithPasskeyOptions {
  /** Conditional mediation on the field with `autocomplete="username webauthn"`. */
  autofill?: boolean;
}

/** What every element with a passkey ceremony needs. */
export interface PasskeyCeremonies {
  /** Aborts the running passkey ceremony, if any (it rejects with `aborted: true`). */
  cancelPasskey(): void;
  passkeySupport(): Promise<PasskeySupport>;
}

/** What `<pk-login>` needs. */
export interface LoginClient extends PasskeyCeremonies {
  signInWithPassword(
    input: PasswordLoginRequest,
    opts?: { signal?: AbortSignal },
  ): Promise<LoginResponse>;
  /**
   * Options, `navigator.credentials.get` and verification in one call. Starting any passkey
   * ceremony aborts the running one; the aborted call rejects with code `PASSKEY_CANCELLED` and
   * `aborted: true`.
   */
  signInWithPasskey(opts?: SignInWithPasskeyOptions): Promise<LoginResponse>;
}

/** What `<pk-passkeys>` needs. */
export interface PasskeysClient extends PasskeyCeremonies {
  listPasskeys(): Promise<PasskeyList>;
  /** Options, `navigator.credentials.create` and verification for the signed-in member. */
  addPasskey(opts?: { name?: string }): Promise<AddPasskeyResponse>;
}

export interface SessionClient {
  session(): Promise<SessionState>;
  signOut(): Promise<void>;
}

/**
 * The one object through which the elements talk to the server. Every method rejects with a
 * `ClientError`; elements map its `code` to text. Each element uses only its flow's part, so a
 * client given to one element may implement just that part; stories and tests inject a fake with
 * the whole shape.
 */
export interface PortalClient extends LoginClient, PasskeysClient, SessionClient {}
