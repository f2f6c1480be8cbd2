import type { AccountView, SessionView } from '@portalkit/protocol';
import { html, type TemplateResult } from 'lit';
import type { PlainKey } from '../../i18n/messages.js';
import type { StepKit } from '../../parts/step-form.js';
import type { Task } from '../pk-account.views.js';

export interface OverviewOptions {
  account: AccountView['account'];
  sessions: readonly SessionView[];
  onOpen: (task: Task) => void;
}

/**
 * One section: its heading, a short summary and the button that opens its task. The button's
 * name ends with the section's heading, hidden on screen ("Ändern: E-Mail-Adresse"), so two
 * "Ändern" differ when a screen reader lists the buttons; the visible words start it (2.5.3).
 */
function section(
  kit: StepKit,
  task: Task,
  heading: PlainKey,
  summary: string,
  action: PlainKey,
  onOpen: (task: Task) => void,
): TemplateResult {
  const headingId = kit.id(`${task}-heading`);
  const named = action === 'account.change';
  return html`<section part="section" aria-labelledby=${headingId}>
    <h2 part="section-heading" id=${headingId}>${kit.term(heading)}</h2>
    <p part="summary">${summary}</p>
    <button type="button" part="action" data-task=${task} @click=${() => onOpen(task)}>
      ${kit.term(action)}${
        named ? html`<span class="pk-visually-hidden">: ${kit.term(heading)}</span>` : ''
      }
    </button>
  </section>`;
}

/** The account's settings, each a section whose button opens its task in place of the overview. */
export function overviewStep(kit: StepKit, options: OverviewOptions): TemplateResult {
  const { account, sessions, onOpen } = options;
  const others = sessions.filter((session) => !session.current).length;
  return html`<div part="step overview">
    ${section(
      kit,
      'email',
      'account.emailHeading',
      kit.term('account.emailSummary', account.email),
      'account.change',
      onOpen,
    )}
    ${section(
      kit,
      'password',
      'account.passwordHeading',
      kit.term('account.passwordSummary'),
      'account.change',
      onOpen,
    )}
    ${section(
      kit,
      'sessions',
      'account.sessionsHeading',
      kit.term('account.sessionsSummary', others),
      'account.sessionsShow',
      onOpen,
    )}
    ${section(
      kit,
      'end',
      'account.endHeading',
      kit.term('account.endSummary'),
      'account.endSubmit',
      onOpen,
    )}
  </div>`;
}

/** A task's last step: its heading (focused), what happened, and the way back. */
export function doneStep(
  kit: StepKit,
  heading: PlainKey,
  texts: readonly string[],
  onBack: () => void,
): TemplateResult {
  return html`<div part="step">
    <h2 part="heading" id=${kit.id('heading')} tabindex="-1">${kit.term(heading)}</h2>
    ${texts.map((text) => html`<p>${text}</p>`)}
    <button type="button" part="secondary-action" @click=${onBack}>
      ${kit.term('account.backToOverview')}
    </button>
  </div>`;
}
