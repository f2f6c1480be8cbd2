/**
 * Everything Portalkit keeps, behind one interface so the memory store (tests), PGlite (embedded)
 * and PostgreSQL (several server instances) are interchangeable. All times are milliseconds since
 * the epoch from the portal's clock; the store never reads the system clock itself.
 *
 * Secrets are never stored in the clear: sessions and challenges are keyed by their SHA-256,
 * throttle keys are hashes of identifier and client address, passwords are argon2id hashes.
 */
export interface AccountRecord {
  id: string;
  kvnr: string;
  /** Lower-cased. */
  email: string;
  displayName: string;
  locale: 'de' | 'en';
  /** argon2id PHC string; null for an account without a password. */
  passwordHash: string | null;
  /** Random WebAuthn user handle (user.id), so no KVNR ever reaches an authenticator. */
  webauthnUserId: Uint8Array<ArrayBuffer>;
  createdAt: number;
}

export interface CredentialRecord {
  /** Credential id, base64url. */
  id: string;
  accountId: string;
  /** COSE public key. */
  publicKey: Uint8Array<ArrayBuffer>;
  counter: number;
  transports: string[];
  deviceType: 'singleDevice' | 'multiDevice';
  backedUp: boolean;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
}

export interface SessionRecord {
  /** SHA-256 (base64url) of the id in the cookie. */
  idHash: string;
  accountId: string;
  method: 'password' | 'passkey';
  createdAt: number;
  lastSeenAt: number;
}

export type ChallengePurpose = 'login' | 'register';

export interface ChallengeRecord {
  /** SHA-256 (base64url) of the challenge. */
  challengeHash: string;
  purpose: ChallengePurpose;
  /** The account a registration challenge was issued to; null for sign-in. */
  accountId: string | null;
  expiresAt: number;
}

export interface ThrottleRecord {
  key: string;
  /** Failures since `windowStart`. */
  count: number;
  windowStart: number;
}

export type AuditEventName =
  | 'login.password.success'
  | 'login.password.failure'
  | 'login.passkey.success'
  | 'login.passkey.failure'
  | 'login.locked'
  | 'passkey.added'
  | 'logout';

export interface AuditEvent {
  event: AuditEventName;
  accountId?: string | null;
  at: number;
}

/** What a new session replaces and records, written together with it. */
export interface SessionStart {
  session: SessionRecord;
  /** The session the request came with: deleted, so every sign-in rotates the id. */
  replacesSessionHash?: string | null;
  /** Throttle counters a successful sign-in resets. */
  clearThrottleKeys?: string[];
  audit?: AuditEvent;
}

/** What verifying a sign-in assertion needs of a credential and its account, nothing more. */
export type LoginCredential = Pick<CredentialRecord, 'id' | 'accountId' | 'publicKey' | 'counter'>;
export type LoginAccount = Pick<AccountRecord, 'id' | 'displayName' | 'webauthnUserId'>;

export interface LoginChallengeResult {
  /** The challenge existed, was for sign-in and had not expired; it is gone now either way. */
  challengeValid: boolean;
  credential: LoginCredential | null;
  account: LoginAccount | null;
  /** The client's throttle counter, if it has failures on record. */
  throttle: ThrottleRecord | null;
}

export interface CredentialUse {
  credentialId: string;
  counter: number;
  backedUp: boolean;
  usedAt: number;
}

/**
 * Rows at or before these times have expired and are of no use to anyone (each compared with
 * `<=`). The portal computes them from its timeouts; the store only deletes.
 */
export interface SweepCutoffs {
  /** Sessions whose last activity is this old have passed the idle timeout. */
  sessionLastSeenAt: number;
  /** Sessions started this long ago have passed the absolute timeout. */
  sessionCreatedAt: number;
  /** Challenges whose expiry time has come. */
  challengeExpiresAt: number;
  /** Throttle windows that started this long ago have ended. */
  throttleWindowStart: number;
}

/** How many rows a sweep deleted. */
export interface SweepResult {
  sessions: number;
  challenges: number;
  throttle: number;
}

export interface Store {
  findAccountById(id: string): Promise<AccountRecord | null>;
  findAccountByKvnr(kvnr: string): Promise<AccountRecord | null>;
  findAccountByEmail(email: string): Promise<AccountRecord | null>;
  /** False (and nothing written) when the id, KVNR, e-mail or user handle is taken. */
  createAccount(account: AccountRecord): Promise<boolean>;

  /** False (and nothing written) when the credential id is already stored. */
  addCredential(credential: CredentialRecord): Promise<boolean>;
  findCredential(id: string): Promise<CredentialRecord | null>;
  listCredentials(accountId: string): Promise<CredentialRecord[]>;

  createChallenge(challenge: ChallengeRecord, now: number): Promise<void>;
  /** One-time: deletes the challenge; true only if it matched purpose and account and was live. */
  consumeChallenge(query: {
    challengeHash: string;
    purpose: ChallengePurpose;
    accountId: string | null;
    now: number;
  }): Promise<boolean>;
  /**
   * The read side of a passkey sign-in in one round trip: consumes the sign-in challenge, reads
   * the credential with its account, and the client's throttle counter.
   */
  consumeLoginChallenge(query: {
    challengeHash: string;
    credentialId: string;
    throttleKey: string | null;
    now: number;
  }): Promise<LoginChallengeResult>;
  /**
   * The write side of a passkey sign-in in one round trip: stores the new counter only if it
   * still moves forward (two assertions racing with one counter value look like a clone) and
   * only then starts the session. False when the counter check failed.
   */
  completePasskeySignIn(use: CredentialUse, start: SessionStart): Promise<boolean>;

  createSession(start: SessionStart): Promise<void>;
  getSession(idHash: string): Promise<{ session: SessionRecord; account: AccountRecord } | null>;
  touchSession(idHash: string, lastSeenAt: number): Promise<void>;
  deleteSession(idHash: string): Promise<void>;

  readThrottle(keys: string[]): Promise<ThrottleRecord[]>;
  /** Counts one failure; a window older than `windowMs` starts over at 1. */
  recordFailure(key: string, now: number, windowMs: number): Promise<ThrottleRecord>;
  clearThrottle(keys: string[]): Promise<void>;

  /**
   * Deletes expired sessions, challenges and throttle counters: a member who closes the tab never
   * signs out, and what that leaves behind (who was signed in when) must not stay for ever.
   */
  sweep(cutoffs: SweepCutoffs): Promise<SweepResult>;

  audit(event: AuditEvent): Promise<void>;
  /** Newest first. */
  listAudit(query?: { accountId?: string; limit?: number }): Promise<Required<AuditEvent>[]>;

  addPasswordHistory(accountId: string, passwordHash: string, at: number): Promise<void>;
  /** Newest first. */
  listPasswordHistory(accountId: string, limit: number): Promise<string[]>;

  close(): Promise<void>;
}
