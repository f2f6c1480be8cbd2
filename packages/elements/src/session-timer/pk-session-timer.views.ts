import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { SessionEndReason } from './pk-session-timer.events.js';

/** What the warning says: idle (can be extended) or the absolute limit (cannot). */
export type WarningMode = 'idle' | 'absolute';

export interface WarningOptions {
  term: LocalizeController['term'];
  id: (name: string) => string;
  mode: WarningMode;
  /** The heading's minutes, fixed when the warning opened. */
  minutes: number;
  /** The idle time after which the session ends, in minutes. */
  idleMinutes: number;
  /** Milliseconds left. */
  left: number;
  /** When the session ends, as the language writes a time of day. */
  endTime: string;
  /** `extend` or `signOut` while that request runs. */
  busy?: 'extend' | 'signOut' | undefined;
  /** The error of a failed extension, in words. */
  error?: string | undefined;
  onPrimary: () => void;
  onSignOut: () => void;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `01:58`: the visible countdown. */
export function clockText(left: number): string {
  const seconds = Math.max(0, Math.ceil(left / 1000));
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/**
 * The time left for screen readers, in steps of 15 seconds (UX.md "Time limits": updated at most
 * every 15 seconds, while the visible countdown is hidden from them).
 */
export function spokenLeft(term: LocalizeController['term'], left: number): string {
  const step = Math.ceil(Math.max(0, left) / 15_000) * 15;
  return term('sessionTimer.remaining', Math.floor(step / 60), step % 60);
}

/**
 * The warning's content. The dialog is named by its heading and described by the time left and
 * the explanation, which screen readers read once when focus moves into it; the visible countdown
 * is hidden from them, and the time they can read changes every 15 seconds without being announced.
 */
export function warningContent(o: WarningOptions): TemplateResult {
  const { term, id } = o;
  const absolute = o.mode === 'absolute';
  const primary = absolute ? 'sessionTimer.ok' : 'sessionTimer.stay';
  return html`<h2 part="heading" id=${id('heading')}>
      ${absolute ? term('sessionTimer.absoluteHeading') : term('sessionTimer.heading', o.minutes)}
    </h2>
    <p part="countdown" id=${id('countdown')}>
      ${term('sessionTimer.remainingLabel')}
      <span part="countdown-time" aria-hidden="true">${clockText(o.left)}</span>
      <span class="pk-visually-hidden">${spokenLeft(term, o.left)}</span>
    </p>
    <p part="intro" id=${id('intro')}>
      ${absolute
        ? term('sessionTimer.absoluteText', o.endTime)
        : term('sessionTimer.intro', o.idleMinutes)}
    </p>
    <div role="status" part="dialog-status">
      ${o.error ? html`<p part="error">${o.error}</p>` : nothing}
    </div>
    <div part="actions">
      <button type="button" part="submit" @click=${o.onPrimary}>
        ${term(o.busy === 'extend' ? 'sessionTimer.stayBusy' : o.error ? 'common.retry' : primary)}
      </button>
      <button type="button" part="secondary-action" @click=${o.onSignOut}>
        ${term(o.busy === 'signOut' ? 'sessionTimer.signOutBusy' : 'sessionTimer.signOut')}
      </button>
    </div>`;
}

export interface SignedOutOptions {
  term: LocalizeController['term'];
  id: (name: string) => string;
  reason: SessionEndReason;
  idleMinutes: number;
  loginHref: string;
}

/** Why the member was signed out, with a link to sign in again; takes focus when it appears. */
export function signedOutMessage(o: SignedOutOptions): TemplateResult {
  const { term } = o;
  const reason =
    o.reason === 'idle'
      ? term('sessionTimer.reasonIdle', o.idleMinutes)
      : o.reason === 'absolute'
        ? term('sessionTimer.reasonAbsolute')
        : term('sessionTimer.reasonSignedOut');
  // A named group, so the heading and the reason are both read when focus moves to it.
  return html`<div
    part="signed-out"
    role="group"
    tabindex="-1"
    aria-labelledby=${o.id('signed-out')}
    aria-describedby=${o.id('reason')}
  >
    <h2 part="heading" id=${o.id('signed-out')}>${term('sessionTimer.signedOutHeading')}</h2>
    <p part="reason" id=${o.id('reason')}>${reason}</p>
    <a part="login-link" href=${o.loginHref}>${term('sessionTimer.signInAgain')}</a>
  </div>`;
}
