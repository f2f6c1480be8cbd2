import type {
  AddPasskeyResponse,
  ErrorCode,
  LoginResponse,
  PasskeyList,
  PasskeyView,
  PasswordLoginRequest,
  SessionState,
  SignedIn,
} from '@portalkit/protocol';
import { ClientError } from '../client/client-error.js';
import type { PasskeySupport, PortalClient } from '../client/portal-client.js';

/**
 * What a fake method does: resolve with a value, reject with a `ClientError` code, or `'hang'`
 * (stay pending, to show a busy state). `delay` waits that many milliseconds first.
 */
export type Outcome<T> =
  | { value: T; delay?: number }
  | { error: ErrorCode; retryAfter?: number; fields?: Record<string, string>; delay?: number }
  | 'hang';

export interface FakeClientOptions {
  signInWithPassword: Outcome<LoginResponse>;
  /** The button ceremony (`signInWithPasskey()`). */
  signInWithPasskey: Outcome<LoginResponse>;
  /**
   * The background ceremony (`signInWithPasskey({ autofill: true })`); hangs by default, like a
   * browser waiting for the member to pick a passkey.
   */
  passkeyAutofill: Outcome<LoginResponse>;
  passkeySupport: PasskeySupport;
  session: Outcome<SessionState>;
  signOut: Outcome<void>;
  listPasskeys: Outcome<PasskeyList>;
  addPasskey: Outcome<AddPasskeyResponse>;
}

export type FakeMethod = keyof PortalClient;

export interface FakeCall {
  method: FakeMethod;
  args: unknown[];
}

export interface FakeCeremony {
  kind: 'autofill' | 'button' | 'add';
  /** `aborted`: superseded by another ceremony or `cancelPasskey()`, as the real client does. */
  outcome: 'pending' | 'resolved' | 'rejected' | 'aborted';
}

export const signedIn: SignedIn = {
  signedIn: true,
  member: { displayName: 'Erika Mustermann' },
  method: 'password',
  idleExpiresIn: 900,
  absoluteExpiresIn: 43200,
};

export const samplePasskeys: PasskeyView[] = [
  {
    id: 'pk-1',
    name: 'iCloud-Schlüsselbund',
    createdAt: '2026-11-26T09:30:00Z',
    lastUsedAt: '2026-11-27T18:05:00Z',
    backedUp: true,
  },
  {
    id: 'pk-2',
    name: 'YubiKey 5 NFC',
    createdAt: '2026-10-02T14:00:00Z',
    lastUsedAt: null,
    backedUp: false,
  },
];

export const addedPasskey: PasskeyView = {
  id: 'pk-3',
  name: 'Google Passwortmanager',
  createdAt: '2026-11-28T10:00:00Z',
  lastUsedAt: null,
  backedUp: true,
};

const defaults: FakeClientOptions = {
  signInWithPassword: { value: { session: signedIn } },
  signInWithPasskey: { value: { session: { ...signedIn, method: 'passkey' } } },
  passkeyAutofill: 'hang',
  passkeySupport: { available: true, autofill: true },
  session: { value: signedIn },
  signOut: { value: undefined },
  listPasskeys: { value: { passkeys: samplePasskeys } },
  addPasskey: { value: { passkey: addedPasskey } },
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A `PortalClient` without a server, for element tests and stories. Each method is configured to
 * resolve, reject with a code, or hang; every call is recorded. Passkey ceremonies behave like the
 * real client's: starting one, or `cancelPasskey()`, aborts the running one (`aborted: true`).
 */
export class FakeClient implements PortalClient {
  readonly options: FakeClientOptions;
  readonly calls: FakeCall[] = [];
  readonly ceremonies: FakeCeremony[] = [];
  #abortRunning?: () => void;

  constructor(options: Partial<FakeClientOptions> = {}) {
    this.options = { ...defaults, ...options };
  }

  /** Changes what methods do from now on. */
  set(options: Partial<FakeClientOptions>): this {
    Object.assign(this.options, options);
    return this;
  }

  callsTo(method: FakeMethod): FakeCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  signInWithPassword(input: PasswordLoginRequest, opts?: { signal?: AbortSignal }) {
    this.#record('signInWithPassword', input, opts);
    return this.#settle(this.options.signInWithPassword, opts?.signal, 'NETWORK');
  }

  signInWithPasskey(opts?: { autofill?: boolean }) {
    this.#record('signInWithPasskey', opts);
    const autofill = opts?.autofill ?? false;
    return this.#ceremony(
      autofill ? 'autofill' : 'button',
      autofill ? this.options.passkeyAutofill : this.options.signInWithPasskey,
    );
  }

  cancelPasskey(): void {
    this.#record('cancelPasskey');
    this.#abortRunning?.();
  }

  async passkeySupport(): Promise<PasskeySupport> {
    this.#record('passkeySupport');
    return { ...this.options.passkeySupport };
  }

  session() {
    this.#record('session');
    return this.#settle(this.options.session);
  }

  signOut() {
    this.#record('signOut');
    return this.#settle(this.options.signOut);
  }

  listPasskeys() {
    this.#record('listPasskeys');
    return this.#settle(this.options.listPasskeys);
  }

  addPasskey(opts?: { name?: string }) {
    this.#record('addPasskey', opts);
    return this.#ceremony('add', this.options.addPasskey);
  }

  #record(method: FakeMethod, ...args: unknown[]): void {
    this.calls.push({ method, args: args.filter((arg) => arg !== undefined) });
  }

  #ceremony<T>(kind: FakeCeremony['kind'], outcome: Outcome<T>): Promise<T> {
    this.#abortRunning?.();
    const ceremony: FakeCeremony = { kind, outcome: 'pending' };
    this.ceremonies.push(ceremony);
    const controller = new AbortController();
    this.#abortRunning = () => {
      this.#abortRunning = undefined;
      if (ceremony.outcome === 'pending') ceremony.outcome = 'aborted';
      controller.abort();
    };
    return this.#settle(outcome, controller.signal, 'PASSKEY_CANCELLED').then(
      (value) => {
        if (ceremony.outcome === 'pending') ceremony.outcome = 'resolved';
        return value;
      },
      (error: unknown) => {
        if (ceremony.outcome === 'pending') ceremony.outcome = 'rejected';
        throw error;
      },
    );
  }

  async #settle<T>(outcome: Outcome<T>, signal?: AbortSignal, abortCode?: ErrorCode): Promise<T> {
    const aborted = () => new ClientError(abortCode ?? 'NETWORK', { aborted: true });
    const settled = new Promise<T>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(aborted()), { once: true });
      if (outcome === 'hang') return;
      void wait(outcome.delay ?? 0).then(() => {
        if (signal?.aborted) return;
        if ('value' in outcome) resolve(structuredClone(outcome.value));
        else reject(new ClientError(outcome.error, outcome));
      });
    });
    return settled;
  }
}
