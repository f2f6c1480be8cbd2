import type { LoginResponse, SessionState, SignedIn } from '@portalkit/protocol';
import { pageClock, type Clock } from '../controllers/cooldown-controller.js';
import {
  FakeClient,
  signedIn,
  supportsPasskeys,
  type CeremonyOptions,
  type Outcome,
} from '../test-support/fake-client.js';
import type { SessionTimerClient } from './pk-session-timer.client.js';

export interface FakeSessionTimerOptions extends CeremonyOptions {
  /** Where the fake server reads the time: a test's fake clock, or the page's. */
  clock: Clock;
  /** The server's idle timeout in seconds: extending starts it again. */
  idleTimeout: number;
  /** Seconds left until the idle sign-out when the fake is first asked. */
  idleLeft: number;
  /** Seconds left until the session ends whatever the member does, when first asked. */
  absoluteLeft: number;
  /** Instead of the modelled session: an error, or `'hang'`. */
  session?: Outcome<SessionState> | undefined;
  /** Instead of the modelled extension: an error, or `'hang'`. */
  extendSession?: Outcome<LoginResponse> | undefined;
  logout: Outcome<{ signedIn: false }>;
}

const defaults: FakeSessionTimerOptions = {
  passkeySupport: supportsPasskeys,
  clock: pageClock,
  idleTimeout: 900,
  idleLeft: 900,
  absoluteLeft: 43200,
  logout: { value: { signedIn: false } },
};

/**
 * `<pk-session-timer>`'s client without a server (see `FakeClient`). It models one session as the
 * server keeps it: `GET /session` answers the seconds left from the fake's clock, extending
 * starts the idle time again (never past the absolute limit), signing out ends it. Tabs that
 * share one fake share one session.
 */
export class FakeSessionTimerClient extends FakeClient<FakeSessionTimerOptions>
  implements SessionTimerClient
{
  #session?: { idleEndsAt: number; absoluteEndsAt: number; ended: boolean };

  constructor(options: Partial<FakeSessionTimerOptions> = {}) {
    super(defaults, options);
  }

  session(): Promise<SessionState> {
    this.record('session');
    return this.settle(this.options.session ?? { value: this.#view() });
  }

  extendSession(): Promise<LoginResponse> {
    this.record('extendSession');
    const outcome = this.options.extendSession;
    if (outcome) return this.settle(outcome);
    const session = this.#model();
    if (!session.ended) {
      session.idleEndsAt = Math.min(
        this.options.clock.now() + this.options.idleTimeout * 1000,
        session.absoluteEndsAt,
      );
    }
    const view = this.#view();
    if (!view.signedIn) return this.settle({ error: 'SESSION_EXPIRED' });
    return this.settle({ value: { session: view } });
  }

  async logout(): Promise<void> {
    this.record('logout');
    await this.settle(this.options.logout);
    this.#model().ended = true;
  }

  #model() {
    const now = this.options.clock.now();
    return (this.#session ??= {
      idleEndsAt: now + this.options.idleLeft * 1000,
      absoluteEndsAt: now + this.options.absoluteLeft * 1000,
      ended: false,
    });
  }

  #view(): SignedIn | { signedIn: false } {
    const session = this.#model();
    const now = this.options.clock.now();
    const left = (at: number) => Math.max(0, Math.floor((at - now) / 1000));
    const idleEndsAt = Math.min(session.idleEndsAt, session.absoluteEndsAt);
    if (session.ended || now >= idleEndsAt) return { signedIn: false };
    return {
      ...signedIn,
      idleExpiresIn: left(idleEndsAt),
      absoluteExpiresIn: left(session.absoluteEndsAt),
      idleTimeout: this.options.idleTimeout,
    };
  }
}
