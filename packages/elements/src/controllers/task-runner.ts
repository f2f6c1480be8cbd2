import { toClientError, type ClientError } from '../client/client-error.js';

/** What happens with a run's outcome, as long as it is the latest run. */
export interface TaskCallbacks<T> {
  complete: (value: T) => void;
  /** Without it, a failure is dropped (work whose failure changes nothing for the member). */
  error?: (error: ClientError) => void;
}

/**
 * Runs an element's async work one run at a time: starting a run aborts the one before (through
 * its `AbortSignal`) and drops its outcome, and so does `abort()` (a new client, the element
 * leaving the page). Only the latest run's outcome reaches the element, so no handler compares
 * clients or counters to ignore a stale answer. An element keeps one per kind of work that may
 * overlap (the browser's passkey support next to a sign-in).
 */
export class TaskRunner {
  #current?: AbortController;

  run<T>(work: (signal: AbortSignal) => Promise<T>, callbacks: TaskCallbacks<T>): void {
    this.abort();
    const run = (this.#current = new AbortController());
    const settle = (report: () => void) => {
      if (this.#current !== run) return;
      this.#current = undefined;
      report();
    };
    work(run.signal).then(
      (value) => settle(() => callbacks.complete(value)),
      (reason: unknown) => settle(() => callbacks.error?.(toClientError(reason))),
    );
  }

  /** Aborts the running work, if any; its outcome is dropped. */
  abort(): void {
    this.#current?.abort();
    this.#current = undefined;
  }
}
