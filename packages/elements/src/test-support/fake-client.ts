import type { ErrorCode, SignedIn } from '@portalkit/protocol';
import { ClientError } from '../client/client-error.js';
import type { PasskeyCeremonies, PasskeySupport } from '../client/portal-client.js';

/**
 * What a fake method does: resolve with a value, reject with a `ClientError` code, or `'hang'`
 * (stay pending, to show a busy state). `delay` waits that many milliseconds first.
 */
export type Outcome<T> =
  | { value: T; delay?: number }
  | { error: ErrorCode; retryAfter?: number; fields?: Record<string, string>; delay?: number }
  | 'hang';

/** What every fake client can be told: what the browser supports for passkeys. */
export interface CeremonyOptions {
  passkeySupport: PasskeySupport;
}

export const supportsPasskeys: PasskeySupport = { available: true, autofill: true };

/** The names of a fake's methods, for `callsTo`. */
export type FakeMethod<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never;
}[keyof T] &
  string;

export interface FakeCall {
  method: string;
  args: unknown[];
}

export interface FakeCeremony {
  /**
   * `autofill` and `button`: logging in; `add`: adding a passkey; `reset`: proving possession;
   * `approve`: approving a transaction.
   */
  kind: 'autofill' | 'button' | 'add' | 'reset' | 'approve';
  /** `aborted`: superseded by another ceremony or `cancelPasskey()`, as the real client does. */
  outcome: 'pending' | 'resolved' | 'rejected' | 'aborted';
}

export const signedIn: SignedIn = {
  signedIn: true,
  member: { displayName: 'Erika Mustermann' },
  method: 'password',
  idleExpiresIn: 900,
  absoluteExpiresIn: 43200,
  idleTimeout: 900,
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A client without a server, for element tests and stories; each element folder has its own
 * (`FakeLoginClient`, `FakePasskeysClient`) with one option per method. Each method is configured
 * to resolve, reject with a code, or hang; every call is recorded. Passkey ceremonies behave like
 * the real client's: starting one, or `cancelPasskey()`, aborts the running one (`aborted: true`).
 */
export class FakeClient<O extends CeremonyOptions = CeremonyOptions> implements PasskeyCeremonies {
  readonly options: O;
  readonly calls: FakeCall[] = [];
  readonly ceremonies: FakeCeremony[] = [];
  #abortRunning?: () => void;

  constructor(defaults: O, options: Partial<O> = {}) {
    this.options = { ...defaults, ...options };
  }

  /** Changes what methods do from now on. */
  set(options: Partial<O>): this {
    Object.assign(this.options, options);
    return this;
  }

  callsTo(method: FakeMethod<this>): FakeCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  cancelPasskey(): void {
    this.record('cancelPasskey');
    this.#abortRunning?.();
  }

  async passkeySupport(): Promise<PasskeySupport> {
    this.record('passkeySupport');
    return { ...this.options.passkeySupport };
  }

  protected record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args: args.filter((arg) => arg !== undefined) });
  }

  /** A passkey ceremony: aborts the running one, and is aborted by the next or by a cancel. */
  protected ceremony<T>(kind: FakeCeremony['kind'], outcome: Outcome<T>): Promise<T> {
    this.#abortRunning?.();
    const ceremony: FakeCeremony = { kind, outcome: 'pending' };
    this.ceremonies.push(ceremony);
    const controller = new AbortController();
    this.#abortRunning = () => {
      this.#abortRunning = undefined;
      if (ceremony.outcome === 'pending') ceremony.outcome = 'aborted';
      controller.abort();
    };
    return this.settle(outcome, controller.signal, 'PASSKEY_CANCELLED').then(
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

  protected async settle<T>(
    outcome: Outcome<T>,
    signal?: AbortSignal,
    abortCode?: ErrorCode,
  ): Promise<T> {
    const aborted = () => new ClientError(abortCode ?? 'NETWORK', { aborted: true });
    return new Promise<T>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(aborted()), { once: true });
      if (outcome === 'hang') return;
      void wait(outcome.delay ?? 0).then(() => {
        if (signal?.aborted) return;
        if ('value' in outcome) resolve(structuredClone(outcome.value));
        else reject(new ClientError(outcome.error, outcome));
      });
    });
  }
}
