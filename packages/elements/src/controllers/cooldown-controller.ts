import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a wait reads the time and sets its timers: the page's own, or a test's fake clock. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const pageClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface CooldownControllerOptions {
  /** Read when a wait starts. */
  clock: () => Clock;
  /** The wait began (`seconds` long): said once in the status region, not every second. */
  started: (seconds: number) => void;
  /** The wait is over: the action may be offered again. */
  ended: () => void;
}

/**
 * A wait before an action may be repeated ("Code erneut senden" after 60 s): the seconds left,
 * re-rendered every second for the visible countdown, and one announcement at its start and its
 * end (UX.md "Time limits": screen readers are not told every second).
 */
export class CooldownController implements ReactiveController {
  /** Whole seconds left; 0 when there is no wait. */
  remaining = 0;
  readonly #host: ReactiveControllerHost;
  readonly #options: CooldownControllerOptions;
  #clock?: Clock;
  #timer?: unknown;
  #endsAt = 0;

  constructor(host: ReactiveControllerHost, options: CooldownControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  start(seconds: number): void {
    this.stop();
    if (seconds <= 0) return;
    const clock = (this.#clock = this.#options.clock());
    this.#endsAt = clock.now() + seconds * 1000;
    this.remaining = Math.ceil(seconds);
    this.#options.started(this.remaining);
    this.#schedule();
  }

  /** Ends the wait without announcing it (the step was left). */
  stop(): void {
    if (this.#clock && this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.remaining = 0;
  }

  hostDisconnected(): void {
    this.stop();
  }

  #schedule(): void {
    const clock = this.#clock!;
    const left = this.#endsAt - clock.now();
    // The next whole second, so the number shown changes on time even if a timer runs late.
    this.#timer = clock.setTimeout(() => this.#tick(), left % 1000 || 1000);
  }

  #tick(): void {
    const left = this.#endsAt - this.#clock!.now();
    this.remaining = Math.max(0, Math.ceil(left / 1000));
    this.#host.requestUpdate();
    if (this.remaining > 0) return this.#schedule();
    this.#timer = undefined;
    this.#options.ended();
  }
}
