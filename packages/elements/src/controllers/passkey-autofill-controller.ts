import type { ErrorCode, LoginResponse } from '@portalkit/protocol';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toClientError, type ClientError } from '../client/client-error.js';
import type { PasskeySupport } from '../client/portal-client.js';
import type { LoginClient } from '../login/pk-login.client.js';
import { afterPaint } from './after-paint.js';
import { TaskRunner } from './task-runner.js';

export interface PasskeyAutofillOptions {
  /** The element's client now (the ceremony always runs with the current one). */
  client: () => LoginClient;
  /**
   * Whether the autofill list may offer passkeys now: the form shows a field for it, and the
   * element is neither waiting for a passkey from its button nor signed in.
   */
  allowed: () => boolean;
  onSuccess: (response: LoginResponse) => void;
  /**
   * Failures that can only follow a passkey the member picked; aborted ones (superseded,
   * cancelled) and ones before any choice never arrive here.
   */
  onError: (error: ClientError) => void;
}

/** Errors of the autofill ceremony that can only follow a passkey the member picked. */
const shownErrors: readonly ErrorCode[] = [
  'PASSKEY_UNKNOWN',
  'PASSKEY_INVALID',
  'CHALLENGE_EXPIRED',
  'RATE_LIMITED',
];

const unsupported: PasskeySupport = { available: false, autofill: false };

/**
 * Keeps one background passkey ceremony with conditional mediation running, so the member's
 * passkeys are offered in the identifier field's autofill list (WebAuthn L3 § 5.1.4, "conditional").
 * It asks the browser what it supports when a client is attached and starts the ceremony once the
 * form is rendered. Any other ceremony aborts it through the client, and a failure ends it; the
 * host starts it again afterwards (`start()`).
 */
export class PasskeyAutofillController implements ReactiveController {
  /** What the browser supports; `undefined` until it answered for the current client. */
  support?: PasskeySupport;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: PasskeyAutofillOptions;
  readonly #supportCheck: TaskRunner;
  /** Id of the ceremony this controller still waits for; 0 when none. */
  #current = 0;
  #next = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PasskeyAutofillOptions) {
    this.#host = host;
    this.#options = options;
    this.#supportCheck = new TaskRunner();
    host.addController(this);
  }

  get running(): boolean {
    return this.#current !== 0;
  }

  /** A client became the element's: ask what the browser supports, then offer passkeys. */
  attach(client: LoginClient): void {
    // A passkey section shown for the client before goes until the new one answered. On the first
    // attach nothing is shown yet: no second render before the form is first painted (issue 25).
    if (this.support) {
      this.support = undefined;
      this.#host.requestUpdate();
    }
    this.#supportCheck.run(
      // Asked once the form's first frame is painted, which on a slow CPU it would delay.
      // Nothing shows the passkey path before the answer anyway.
      () =>
        afterPaint()
          .then(() => client.passkeySupport())
          .catch(() => unsupported),
      {
        complete: async (support) => {
          this.support = support;
          this.#host.requestUpdate();
          await this.#host.updateComplete;
          this.start();
        },
      },
    );
  }

  /** The element stopped using a client: stop waiting for its ceremony and abort it. */
  detach(client: LoginClient): void {
    this.#supportCheck.abort();
    this.release();
    client.cancelPasskey();
  }

  /** Starts the ceremony when the browser supports it, the host allows it and none is running. */
  start(): void {
    if (this.running || !this.support?.autofill || !this.#host.isConnected) return;
    if (!this.#options.allowed()) return;
    const id = (this.#current = ++this.#next);
    this.#options
      .client()
      .loginWithPasskey({ autofill: true })
      .then(
        (response) => {
          // A passkey picked from the list logs the member in even if the host moved on: the
          // server has started the session.
          if (this.#current === id) this.#current = 0;
          this.#options.onSuccess(response);
        },
        (reason: unknown) => {
          if (this.#current !== id) return;
          this.#current = 0;
          const error = toClientError(reason);
          if (error.aborted || !shownErrors.includes(error.code)) return;
          this.#options.onError(error);
        },
      );
  }

  /** Stops the running ceremony, if any. */
  stop(): void {
    if (!this.running) return;
    this.release();
    this.#options.client().cancelPasskey();
  }

  /** Stops waiting for the running ceremony (the client aborts it when the next one starts). */
  release(): void {
    this.#current = 0;
  }

  hostDisconnected(): void {
    this.release();
  }
}
