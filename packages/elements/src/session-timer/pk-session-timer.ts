import type { ErrorCode, SessionState } from '@portalkit/protocol';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { PortalkitElement } from '../base/portalkit-element.js';
import type { ClientError } from '../client/client-error.js';
import { afterPaint } from '../controllers/after-paint.js';
import { pageClock, type Clock } from '../controllers/cooldown-controller.js';
import { TaskRunner } from '../controllers/task-runner.js';
import { errorMessage, wording } from '../i18n/error-message.js';
import { formatTime } from '../i18n/format.js';
import type { Message } from '../i18n/messages.js';
import { sessionTimerClient, type SessionTimerClient } from './pk-session-timer.client.js';
import { sessionTimerDe } from './pk-session-timer.de.js';
import { sessionTimerEn } from './pk-session-timer.en.js';
import {
  PkSessionErrorEvent,
  PkSessionExpiredEvent,
  PkSessionExtendedEvent,
  type SessionEndReason,
  type SessionTimes,
} from './pk-session-timer.events.js';
import { sessionTimerStyles } from './pk-session-timer.styles.js';
import { signedOutMessage, warningContent, type WarningMode } from './pk-session-timer.views.js';
import { SessionDeadlines } from './session-deadlines.js';
import { SessionTabs, type TabMessage } from './session-tabs.js';

export type SessionTimerState = 'idle' | 'warning' | 'busy' | 'error' | 'signed-out';

/** The warning as it opened: what it says, and its heading's minutes. */
interface Warning {
  mode: WarningMode;
  minutes: number;
}

/** What `<pk-session-timer>` shows; `state` is derived from it. */
type SessionTimerView =
  | { is: 'quiet' }
  | ({ is: 'warning' } & Warning)
  | ({ is: 'extending' } & Warning)
  | ({ is: 'signingOut' } & Warning)
  | ({ is: 'extendFailed'; error: Message; code: ErrorCode } & Warning)
  | { is: 'signedOut'; reason: SessionEndReason };

const states: Record<SessionTimerView['is'], SessionTimerState> = {
  quiet: 'idle',
  warning: 'warning',
  extending: 'busy',
  signingOut: 'busy',
  extendFailed: 'error',
  signedOut: 'signed-out',
};

/** Which request the warning's buttons say is running. */
const busyWith: Partial<Record<SessionTimerView['is'], 'extend' | 'signOut'>> = {
  extending: 'extend',
  signingOut: 'signOut',
};

const extendWording = wording('sessionTimer.extendFailed', {});
const sessionGone: readonly ErrorCode[] = ['SESSION_EXPIRED', 'SESSION_REQUIRED'];
/** UX.md "Time limits": at least 2 minutes' warning. */
const minimumWarning = 120;
/** A later deadline by more than this after a new reading: someone extended the session. */
const moved = 5_000;
/** The longest wait between two checks, so a sleeping computer is noticed soon after it wakes. */
const longestWait = 60_000;

/**
 * @summary Warns before the idle sign-out and lets the member stay signed in (WCAG 2.2.1), in
 * every open tab of the site.
 *
 * Reads the session's times (`GET /session`, which does not extend it) after the page is first
 * painted and shows nothing while there is time. `warn-before` seconds before the idle sign-out
 * it reads them again (another request may have extended the session) and otherwise opens a modal
 * `<dialog>`: "Sie werden in 2 Minuten abgemeldet", the time left, "Angemeldet bleiben" (one
 * `POST /session/extend`) and "Jetzt abmelden". Focus moves to "Angemeldet bleiben"; screen
 * readers hear the dialog's heading, the time left and why once, then the time left can be read
 * in steps of 15 seconds (the visible countdown is hidden from them). Escape counts as
 * "Angemeldet bleiben": the member is there, and a key must never sign them out. When the
 * session's absolute limit comes first, the warning says when it ends and that it cannot be
 * extended, with "OK" and "Jetzt abmelden". When the time is up it signs out (`POST /logout`),
 * says why, offers to sign in again and moves focus there. Tabs agree through a
 * `BroadcastChannel`: staying signed in closes the warning in all, signing out signs out all.
 * Times are kept as deadlines and checked on every tick and when the tab becomes visible again,
 * as browsers slow down timers in background tabs.
 *
 * @attr {'idle' | 'warning' | 'busy' | 'error' | 'signed-out'} state - What the element shows
 *   (read only): `idle` while there is time (nothing visible), `warning` with the dialog open,
 *   `busy` while extending or signing out, `error` when extending failed, `signed-out` after.
 * @attr warn-before - Seconds before the idle sign-out that the warning opens; at least 120.
 * @attr login-href - Where "Erneut anmelden" leads; the current page by default.
 * @attr channel - The `BroadcastChannel` the tabs agree on (`portalkit-session`); give each
 *   portal on one origin its own.
 *
 * @fires {PkSessionExtendedEvent} pk-session-extended - The member stayed signed in, here or in
 *   another tab; `detail: { idleExpiresIn, absoluteExpiresIn }` (seconds).
 * @fires {PkSessionExpiredEvent} pk-session-expired - The member is signed out, here or in another
 *   tab; `detail: { reason: 'idle' | 'absolute' | 'signed-out' }`. A page may navigate.
 * @fires {PkSessionErrorEvent} pk-session-error - Extending failed; `detail: { code }`.
 *
 * @csspart dialog - The warning (a modal `<dialog>`).
 * @csspart heading - The warning's heading; the signed-out message's heading.
 * @csspart countdown - The time left: a label and the minutes and seconds.
 * @csspart countdown-time - The visible minutes and seconds (hidden from screen readers).
 * @csspart intro - Why the warning comes, or when the session ends.
 * @csspart dialog-status - The warning's polite live region (a failed extension).
 * @csspart error - The failed extension's message.
 * @csspart actions - The warning's buttons.
 * @csspart submit - "Angemeldet bleiben" (or "OK", or "Erneut versuchen").
 * @csspart secondary-action - "Jetzt abmelden".
 * @csspart signed-out - The message after the sign-out, which takes focus.
 * @csspart reason - Why the member was signed out.
 * @csspart login-link - "Erneut anmelden".
 *
 * @cssproperty --pk-session-timer-max-width - Width of the warning.
 * @cssproperty --pk-session-timer-backdrop - The colour over the page behind the warning.
 */
export class PkSessionTimer extends PortalkitElement<SessionTimerClient, SessionTimerView> {
  static override properties = {
    warnBefore: { attribute: 'warn-before', type: Number },
    loginHref: { attribute: 'login-href' },
    channel: {},
    left: { state: true },
  };

  /** Seconds before the idle sign-out that the warning opens; at least 120. */
  warnBefore = minimumWarning;

  /** Where "Erneut anmelden" leads; the current page when not set. */
  loginHref?: string;

  /** The `BroadcastChannel` the tabs of the site agree on. */
  channel = 'portalkit-session';

  /**
   * Where the timer reads the time and sets its timers.
   * @internal
   */
  clock: Clock = pageClock;

  protected view: SessionTimerView = { is: 'quiet' };
  /** Milliseconds left until the sign-out, while the warning is open. */
  private left = 0;
  readonly #deadlines = new SessionDeadlines();
  /** The session's times are known: a signed-in member is timed. */
  #timed = false;
  /** The absolute limit's warning was seen: it does not open again. */
  #acknowledged = false;
  /** The session is being read again before a warning or the sign-out. */
  #reading = false;
  #timer?: unknown;
  #timerClock?: Clock;
  #returnFocus?: HTMLElement;
  readonly #read = new TaskRunner();
  readonly #action = new TaskRunner();
  readonly #onVisible = () => this.#check();
  readonly #tabs = new SessionTabs(this, {
    channel: () => this.channel,
    heard: (message) => this.#heard(message),
  });

  constructor() {
    super({
      client: sessionTimerClient,
      terms: { de: sessionTimerDe, en: sessionTimerEn },
      styles: [sessionTimerStyles],
    });
  }

  override get state(): SessionTimerState {
    return states[this.view.is];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.#clearTimer();
    this.#read.abort();
    this.#action.abort();
  }

  protected override clientAttached(client: SessionTimerClient): void {
    if (this.view.is === 'signedOut') return;
    const first = async () => (await afterPaint(), client.session());
    this.#read.run(first, {
      complete: (session) => this.#started(session),
      // Nothing to warn about yet: the member hears nothing; try again in a minute.
      error: () => this.#wait(longestWait),
    });
  }

  protected override clientDetached(): void {
    this.#read.abort();
    this.#action.abort();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('channel') && changed.get('channel') !== undefined) this.#tabs.reopen();
    const dialog = this.querySelector<HTMLDialogElement>('dialog[part~=dialog]');
    if (!dialog) return;
    const wanted = this.#warning() !== undefined;
    if (wanted && !dialog.open) {
      const active = document.activeElement;
      const returnTo = active instanceof HTMLElement && active !== document.body;
      this.#returnFocus = returnTo ? active : undefined;
      dialog.showModal();
      this.querySelector<HTMLElement>('[part~=submit]')?.focus();
    } else if (!wanted && dialog.open) {
      dialog.close();
    }
  }

  protected renderView(): TemplateResult {
    const view = this.view;
    const warning = this.#warning();
    const id = (name: string) => this.fieldId(name);
    const term = this.localize.term.bind(this.localize);
    return html`<dialog
        part="dialog"
        aria-labelledby=${id('heading')}
        aria-describedby="${id('countdown')} ${id('intro')}"
        aria-busy=${busyWith[view.is] ? 'true' : 'false'}
        @cancel=${this.#onCancel}
        @close=${this.#onClose}
      >
        ${warning
          ? warningContent({
              term,
              id,
              ...warning,
              idleMinutes: this.#deadlines.idleMinutes,
              left: this.left,
              endTime: this.#endTime(),
              busy: busyWith[view.is],
              error: view.is === 'extendFailed' ? this.text(view.error) : undefined,
              onPrimary: () => this.#onPrimary(),
              onSignOut: () => this.#onSignOut(),
            })
          : ''}
      </dialog>
      ${view.is === 'signedOut'
        ? signedOutMessage({
            term,
            id,
            reason: view.reason,
            idleMinutes: this.#deadlines.idleMinutes,
            loginHref: this.loginHref ?? location.href,
          })
        : ''}`;
  }

  // ——— the session's times ———

  #started(session: SessionState): void {
    // Not signed in: there is nothing to time on this page.
    if (!session.signedIn) return;
    this.#apply(session);
    this.#check();
  }

  #apply(session: SessionTimes): void {
    this.#deadlines.set(session, this.clock.now());
    this.#timed = true;
  }

  #endTime(): string {
    return formatTime(this.localize.lang, new Date(this.#deadlines.absolute));
  }

  #warning(): Warning | undefined {
    const view = this.view;
    return view.is === 'quiet' || view.is === 'signedOut' ? undefined : view;
  }

  /**
   * Compares the time with the deadlines and does what is due: the warning, the sign-out, or the
   * next check. Counts no ticks: a background tab's timers run late, the deadlines do not move.
   */
  #check(): void {
    const deadlines = this.#deadlines;
    if (!this.#timed || this.view.is === 'signedOut' || this.#reading) return;
    const now = this.clock.now();
    const left = deadlines.idle - now;
    if (left <= 0) return this.#reread('expire');
    if (this.#warning()) {
      this.left = left;
      // The next whole second, so the countdown changes on time.
      return this.#wait(left % 1000 || 1000);
    }
    const warnAt = deadlines.idle - Math.max(minimumWarning, this.warnBefore || 0) * 1000;
    if (deadlines.final && this.#acknowledged) return this.#wait(Math.min(left, longestWait));
    if (now >= warnAt) return this.#reread('warn');
    this.#wait(Math.min(warnAt - now, longestWait));
  }

  /**
   * Reads the session again before warning or signing out: a request in another tab, or one this
   * page made, may have extended it.
   */
  #reread(purpose: 'warn' | 'expire'): void {
    const before = this.#deadlines.idle;
    const client = this.activeClient;
    this.#reading = true;
    this.#clearTimer();
    const done = (session: SessionState | undefined) => {
      this.#reading = false;
      if (session && !session.signedIn) {
        // Before the warning, it ended elsewhere (another device, a changed password).
        const reason = purpose === 'expire' ? this.#deadlines.reason : 'signed-out';
        return this.#end(reason, { tell: true });
      }
      if (session) this.#apply(session);
      if (this.#deadlines.idle > before + moved) {
        // Extended elsewhere: no warning, or not any more.
        this.#closeWarning();
        return this.#check();
      }
      if (purpose === 'expire') return this.#end(this.#deadlines.reason, { tell: true });
      this.#open();
    };
    this.#read.run(() => client.session(), {
      complete: done,
      // Unreachable: warn, or sign out, by the times known.
      error: () => done(undefined),
    });
  }

  #open(): void {
    const deadlines = this.#deadlines;
    this.left = deadlines.idle - this.clock.now();
    const minutes = Math.max(1, Math.round(this.left / 60_000));
    this.view = { is: 'warning', mode: deadlines.final ? 'absolute' : 'idle', minutes };
    this.#check();
  }

  #closeWarning(): void {
    if (!this.#warning()) return;
    this.view = { is: 'quiet' };
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target) {
      void this.updateComplete.then(() => target.isConnected && target.focus());
    }
  }

  #wait(ms: number): void {
    this.#clearTimer();
    this.#timerClock = this.clock;
    this.#timer = this.clock.setTimeout(() => {
      this.#timer = undefined;
      if (this.#timed) this.#check();
      else this.clientAttached(this.activeClient);
    }, ms);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) this.#timerClock?.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  // ——— the member's choices ———

  #onPrimary(): void {
    const view = this.view;
    if (view.is === 'extending' || view.is === 'signingOut') return;
    if (view.is === 'warning' && view.mode === 'absolute' && this.#deadlines.final) {
      this.#acknowledged = true;
      this.#closeWarning();
      return this.#check();
    }
    this.#extend();
  }

  #extend(): void {
    const warning = this.#warning()!;
    const client = this.activeClient;
    this.#read.abort();
    this.#reading = false;
    this.view = { is: 'extending', mode: warning.mode, minutes: warning.minutes };
    this.#action.run(() => client.extendSession(), {
      complete: ({ session }) => {
        this.#apply(session);
        this.#tabs.tell({ type: 'extended', ...times(session) });
        this.#extended(session);
      },
      error: (error) => this.#extendFailed(error, warning),
    });
  }

  /** Extended here or in another tab: the warning closes, the times start again. */
  #extended(session: SessionTimes): void {
    const shown = this.#warning() !== undefined;
    this.#closeWarning();
    if (shown) this.status = ['sessionTimer.extended'];
    this.dispatchEvent(new PkSessionExtendedEvent(times(session)));
    this.#check();
  }

  #extendFailed(error: ClientError, warning: Warning): void {
    if (sessionGone.includes(error.code)) {
      const expired = this.clock.now() >= this.#deadlines.idle;
      return this.#end(expired ? this.#deadlines.reason : 'signed-out', { tell: true });
    }
    const { mode, minutes } = warning;
    const message = errorMessage(error, extendWording);
    this.view = { is: 'extendFailed', mode, minutes, error: message, code: error.code };
    this.dispatchEvent(new PkSessionErrorEvent({ code: error.code }));
  }

  #onSignOut(): void {
    const warning = this.#warning();
    if (!warning || this.view.is === 'signingOut') return;
    const client = this.activeClient;
    this.#read.abort();
    this.view = { is: 'signingOut', mode: warning.mode, minutes: warning.minutes };
    const signedOut = () => this.#end('signed-out', { tell: true, logout: false });
    this.#action.run(() => client.logout(), { complete: signedOut, error: signedOut });
  }

  /**
   * Signs the member out from the page's own "Abmelden": `/logout` (a failure changes nothing:
   * the session is over or ends by itself), then every tab of the site is told; each shows the
   * reason and fires `pk-session-expired` with `signed-out`, as after "Jetzt abmelden".
   */
  async signOut(): Promise<void> {
    if (this.view.is === 'signedOut') return;
    await this.activeClient.logout().catch(() => undefined);
    this.#end('signed-out', { tell: true, logout: false });
  }

  /** Escape: the member is there, so it counts as the primary button, never as signing out. */
  #onCancel(event: Event): void {
    event.preventDefault();
    this.#onPrimary();
  }

  /** The browser closed the dialog itself (Escape pressed twice): it stays until answered. */
  #onClose(event: Event): void {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (!this.#warning() || dialog.open || !this.isConnected) return;
    dialog.showModal();
    this.querySelector<HTMLElement>('[part~=submit]')?.focus();
    this.#onPrimary();
  }

  /**
   * Signs out: `/logout` (its failure changes nothing: the session is over or ends by itself),
   * the other tabs told, the reason shown and focused, the event fired.
   */
  #end(reason: SessionEndReason, { tell = false, logout = true } = {}): void {
    if (this.view.is === 'signedOut') return;
    const client = this.activeClient;
    this.#clearTimer();
    this.#read.abort();
    this.#action.abort();
    this.#reading = false;
    if (logout) void client.logout().catch(() => undefined);
    if (tell) this.#tabs.tell({ type: 'signed-out', reason });
    this.#returnFocus = undefined;
    this.status = undefined;
    this.view = { is: 'signedOut', reason };
    this.dispatchEvent(new PkSessionExpiredEvent({ reason }));
    void this.focusAfterUpdate('[part~=signed-out]');
  }

  // ——— the other tabs ———

  #heard(message: TabMessage): void {
    if (this.view.is === 'signedOut') return;
    if (message.type === 'signed-out') return this.#end(message.reason, { logout: false });
    // Signing out here goes on: the member chose it in this tab.
    if (this.view.is === 'signingOut') return;
    this.#read.abort();
    this.#action.abort();
    this.#reading = false;
    const session = times(message);
    this.#apply(session);
    this.#extended(session);
  }
}

/** The two times of a session, as the events and the other tabs get them. */
const times = ({ idleExpiresIn, absoluteExpiresIn, idleTimeout }: SessionTimes): SessionTimes => ({
  idleExpiresIn,
  absoluteExpiresIn,
  idleTimeout,
});
