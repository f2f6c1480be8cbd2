import type { SessionView } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../../i18n/format.js';
import { stepForm, stepHeading, type StepKit } from '../../parts/step-form.js';
import type { SessionsView } from '../pk-account.views.js';

export interface SessionsStepOptions {
  sessions: readonly SessionView[];
  /** The element's language, for dates and times. */
  lang: string;
  onEnd: (session: SessionView) => void;
  onEndOthers: () => void;
  onBack: () => void;
}

/** A date and time as members read it: `01.12.2026, 21:30`, `1 Dec 2026, 21:30`. */
export function formatWhen(lang: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDateTime(lang, date, 'medium');
}

function sessionItem(
  kit: StepKit,
  session: SessionView,
  view: SessionsView,
  options: SessionsStepOptions,
): TemplateResult {
  const when = (iso: string) => formatWhen(options.lang, iso);
  const ending = view.phase === 'busy' && view.ending === session.id;
  const device = kit.term('account.device', session.browser, session.system);
  return html`<li part="session">
    <span part="session-device"
      >${device}${
        session.current
          ? html` <span part="current-device">${kit.term('account.thisDevice')}</span>`
          : nothing
      }</span
    >
    <span part="session-detail">${kit.term(`account.method.${session.method}`)}</span>
    <span part="session-detail">${kit.term('account.signedInSince', when(session.createdAt))}</span>
    <span part="session-detail">${kit.term('account.lastSeen', when(session.lastSeenAt))}</span>
    ${
      session.current
        ? nothing
        : html`<button type="button" part="end-session" @click=${() => options.onEnd(session)}>
            ${kit.term(ending ? 'account.endSessionBusy' : 'account.endSession')}<span
              class="pk-visually-hidden"
              >: ${device}</span
            >
          </button>`
    }
  </li>`;
}

/**
 * The member's sessions, this device marked: device, how it signed in, since when, last active;
 * "Abmelden" for each other one, named after its device, and "Alle anderen Geräte abmelden",
 * which asks first. What was signed out is said in the status region.
 */
export function sessionsStep(
  kit: StepKit,
  view: SessionsView,
  options: SessionsStepOptions,
): TemplateResult {
  const others = options.sessions.some((session) => !session.current);
  const endingAll = view.phase === 'busy' && !view.ending;
  return html`<div part="step" aria-busy=${view.phase === 'busy' ? 'true' : nothing}>
    ${kit.summary} ${stepHeading(kit, 'account.sessionsHeading')}
    <p>${kit.term('account.sessionsIntro')}</p>
    <ul part="session-list" aria-label=${kit.term('account.sessionsLabel')}>
      ${options.sessions.map((session) => sessionItem(kit, session, view, options))}
    </ul>
    ${
      others
        ? html`<button type="button" part="submit" @click=${options.onEndOthers}>
            ${kit.term(endingAll ? 'account.endSessionBusy' : 'account.endOthers')}
          </button>`
        : html`<p part="note">${kit.term('account.onlyThisDevice')}</p>`
    }
    <button type="button" part="secondary-action" @click=${options.onBack}>
      ${kit.term('account.backToOverview')}
    </button>
  </div>`;
}

/** "Alle anderen Geräte abmelden?": how many, what it means, yes or cancel (WCAG 3.3.4). */
export const endOthersStep = (kit: StepKit, others: number): TemplateResult =>
  stepForm(kit, {
    heading: 'account.endOthersHeading',
    body: html`<p>${kit.term('account.endOthersText', others)}</p>`,
    submit: 'account.endOthersSubmit',
    secondary: 'account.cancel',
  });
