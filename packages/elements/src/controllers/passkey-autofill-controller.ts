import type { LoginResponse } from '@portalkit/protocol';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toClientError, type ClientError } from '../client/client-error.js';
import type { LoginClient } from '../client/portal-client.js';

export interface PasskeyAutofillOptions {
  onSuccess: (response: LoginResponse) => void;
  /** Failures of the running ceremony; aborted ones (superseded, cancelled) never arrive here. */
  onError: (error: ClientError) => void;
}

/**
 * Keeps one background passkey ceremony with conditional mediation running, so the member's
 * passkeys are offered in the identifier field's autofill list (WebAuthn L3 § 5.1.4, "conditional").
 * Any other ceremony aborts it through the client; the host starts it again afterwards.
 */
export class PasskeyAutofillController implements ReactiveController {
  readonly #options: PasskeyAutofillOptions;
  /** Id of the ceremony this controller still waits for; 0 when none. */
  #current = 0;
  #next = 0;

  constructor(host: ReactiveControllerHost, options: PasskeyAutofillOptions) {
    this.#options = options;
    host.addController(this);
  }

  get running(): boolean {
    return this.#current !== 0;
  }

  start(client: LoginClient): void {
    if (this.#current) return;
    const id = (this.#current = ++this.#next);
    client.signInWithPasskey({ autofill: true }).then(
      (response) => {
        // A passkey picked from the list signs the member in even if the host moved on.
        if (this.#current === id) this.#current = 0;
        this.#options.onSuccess(response);
      },
      (reason: unknown) => {
        if (this.#current !== id) return;
        this.#current = 0;
        const error = toClientError(reason);
        if (!error.aborted) this.#options.onError(error);
      },
    );
  }

  /** Stops waiting for the running ceremony (the client aborts it when the next one starts). */
  release(): void {
    this.#current = 0;
  }

  hostDisconnected(): void {
    this.release();
  }
}
