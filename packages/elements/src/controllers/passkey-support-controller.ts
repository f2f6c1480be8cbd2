import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PasskeyCeremonies } from '../client/portal-client.js';
import { afterPaint } from './after-paint.js';
import { TaskRunner } from './task-runner.js';

/**
 * Whether this browser can use passkeys, asked once the element's first content is painted (the
 * question loads nothing the first step needs), so a later step offers the passkey or says why
 * it does not (UX.md "Passkeys": an unsupported browser hides the path, it does not fail).
 */
export class PasskeySupportController implements ReactiveController {
  /** `undefined` until known; `false` also when the question failed. */
  available?: boolean;
  readonly #host: ReactiveControllerHost;
  readonly #task = new TaskRunner();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Asks the element's client (call it from `clientAttached`); an earlier question is dropped. */
  ask(client: Pick<PasskeyCeremonies, 'passkeySupport'>): void {
    this.#task.run(() => afterPaint().then(() => client.passkeySupport()), {
      complete: (support) => this.#set(support.available),
      error: () => this.#set(false),
    });
  }

  hostDisconnected(): void {
    this.#task.abort();
  }

  #set(available: boolean): void {
    this.available = available;
    this.#host.requestUpdate();
  }
}
