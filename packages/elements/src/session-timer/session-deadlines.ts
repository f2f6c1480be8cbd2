import type { SessionEndReason, SessionTimes } from './pk-session-timer.events.js';

/**
 * When the session ends: unless extended (`idle`) and whatever happens (`absolute`), as times of
 * the element's clock, set from the server's seconds when they arrive. Kept as times, not counted
 * down, so a background tab whose timers ran late still knows where it is.
 */
export class SessionDeadlines {
  idle = 0;
  absolute = 0;
  /** The server's idle timeout, in seconds. */
  #idleSeconds = 0;

  /** The server's answer, received at `now`. */
  set({ idleExpiresIn, absoluteExpiresIn, idleTimeout }: SessionTimes, now: number): void {
    this.idle = now + Math.min(idleExpiresIn, absoluteExpiresIn) * 1000;
    this.absolute = now + absoluteExpiresIn * 1000;
    this.#idleSeconds = idleTimeout;
  }

  /** The idle time after which the session ends, in whole minutes ("15 Minuten"). */
  get idleMinutes(): number {
    return Math.max(1, Math.round(this.#idleSeconds / 60));
  }

  /** Extending cannot move the sign-out: the absolute limit comes with the idle deadline. */
  get final(): boolean {
    return this.absolute - this.idle < 1000;
  }

  /** Why the session ends when its idle deadline has passed. */
  get reason(): SessionEndReason {
    return this.final ? 'absolute' : 'idle';
  }
}
