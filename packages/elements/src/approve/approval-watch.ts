import type { ApprovalView } from '@portalkit/protocol';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClientError } from '../client/client-error.js';
import type { Clock } from '../controllers/cooldown-controller.js';
import { TaskRunner } from '../controllers/task-runner.js';
import type { ApproveClient } from './pk-approve.client.js';

export interface ApprovalWatchOptions {
  client: () => ApproveClient;
  clock: () => Clock;
  /** Milliseconds between two status requests when there is no event stream. */
  pollMs: number;
  /** The transaction as the server sees it now (pending ones too). */
  update: (approval: ApprovalView) => void;
  /** Its status cannot be learned any more (`NOT_FOUND`, the session ended). */
  failed: (error: ClientError) => void;
}

/** Failures after which asking again may succeed: the connection, the server, a limit. */
const passing = ['NETWORK', 'RESPONSE_INVALID', 'INTERNAL', 'RATE_LIMITED'];

/**
 * Follows a transaction until it ends: by server-sent events, and where they fail or the browser
 * has none, by asking for its status every few seconds (issue 20). Stops at its end.
 */
export class ApprovalWatch implements ReactiveController {
  readonly #options: ApprovalWatchOptions;
  readonly #task = new TaskRunner();
  #id?: string | undefined;
  #close?: (() => void) | undefined;
  #polling = false;
  #clock?: Clock;
  #timer?: unknown;

  constructor(host: ReactiveControllerHost, options: ApprovalWatchOptions) {
    this.#options = options;
    host.addController(this);
  }

  start(id: string): void {
    this.stop();
    this.#id = id;
    this.#clock = this.#options.clock();
    this.#close = this.#options.client().approvalEvents(id, {
      approval: (approval) => this.#seen(approval),
      failed: () => {
        this.#close = undefined;
        this.#polling = true;
        this.#schedule();
      },
    });
  }

  /** Asks for the status now (the time shown ran out), whether or not the stream is open. */
  check(): void {
    if (this.#id === undefined) return;
    this.#clearTimer();
    this.#ask();
  }

  stop(): void {
    this.#close?.();
    this.#close = undefined;
    this.#clearTimer();
    this.#task.abort();
    this.#id = undefined;
    this.#polling = false;
  }

  hostDisconnected(): void {
    this.stop();
  }

  #seen(approval: ApprovalView): void {
    if (approval.id !== this.#id) return;
    if (approval.status !== 'pending') this.stop();
    this.#options.update(approval);
  }

  #schedule(): void {
    this.#clearTimer();
    this.#timer = this.#clock!.setTimeout(() => {
      this.#timer = undefined;
      this.#ask();
    }, this.#options.pollMs);
  }

  #ask(): void {
    const id = this.#id;
    if (id === undefined) return;
    this.#task.run((signal) => this.#options.client().approvalStatus({ id }, { signal }), {
      complete: ({ approval }) => {
        this.#seen(approval);
        if (this.#id !== undefined && this.#polling) this.#schedule();
      },
      error: (error) => {
        if (error.aborted) return;
        if (passing.includes(error.code)) return this.#schedule();
        this.stop();
        this.#options.failed(error);
      },
    });
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) this.#clock?.clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
