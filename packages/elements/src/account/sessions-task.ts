import type { SessionView } from '@portalkit/protocol';
import type { TemplateResult } from 'lit';
import { TaskRunner } from '../controllers/task-runner.js';
import type { StepKit } from '../parts/step-form.js';
import { PkSessionEndedEvent } from './pk-account.events.js';
import {
  endOthersView,
  sessionsView,
  type AccountHost,
  type SessionsView,
} from './pk-account.views.js';
import { endOthersStep, sessionsStep } from './steps/sessions.js';

/**
 * The signed-in devices: the list as the server has it (loaded again when shown), one other
 * device signed out by its "Abmelden", or all others after "Alle anderen Geräte abmelden?" was
 * answered; each time the list the server answers and what was signed out, announced.
 */
export class SessionsTask {
  readonly #host: AccountHost;
  /** Loads the list beside a task's own request. */
  readonly #refresh = new TaskRunner();

  constructor(host: AccountHost) {
    this.#host = host;
  }

  /** How many sessions other than this one there are. */
  get others(): number {
    return this.#host.sessions.filter((session) => !session.current).length;
  }

  /** The list as the server has it now; the one shown bridges until it arrives. */
  refresh(): void {
    const host = this.#host;
    const client = host.client;
    this.#refresh.run((signal) => client.sessions({ signal }), {
      complete: ({ sessions }) => {
        host.sessions = sessions;
        host.requestUpdate();
      },
    });
  }

  abort(): void {
    this.#refresh.abort();
  }

  render(kit: StepKit, view: SessionsView, lang: string, onBack: () => void): TemplateResult {
    return sessionsStep(kit, view, {
      sessions: this.#host.sessions,
      lang,
      onEnd: (session) => this.#end(session),
      onEndOthers: () => !this.#host.busy && this.#host.go(endOthersView()),
      onBack,
    });
  }

  renderEndOthers(kit: StepKit): TemplateResult {
    return endOthersStep(kit, this.others);
  }

  /** "Abbrechen" on the question: the list again, focus on the button that asked it. */
  backToList(): void {
    this.#host.status = undefined;
    this.#host.show(sessionsView());
    this.#host.focus('[part~=submit]');
  }

  endOthers(): void {
    const host = this.#host;
    host.run(
      endOthersView(),
      (client, signal) => client.endOtherSessions({ signal }),
      ({ sessions }) => {
        host.sessions = sessions;
        host.go(sessionsView('others'));
        host.status = ['account.othersEnded'];
        host.dispatchEvent(new PkSessionEndedEvent({ ended: 'others' }));
      },
    );
  }

  #end(session: SessionView): void {
    const host = this.#host;
    if (host.busy || host.view.is !== 'sessions') return;
    const { id, browser, system } = session;
    host.run(
      sessionsView(),
      (client, signal) => client.endSession({ id }, { signal }),
      ({ sessions }) => {
        host.sessions = sessions;
        host.go(sessionsView({ id }));
        host.status = ['account.sessionEnded', browser, system];
        host.dispatchEvent(new PkSessionEndedEvent({ ended: { id, browser, system } }));
      },
      (error) => {
        if (error.code !== 'NOT_FOUND') return undefined;
        // Gone already (signed out there, or timed out): the list as it is now.
        host.sessions = host.sessions.filter((one) => one.id !== id);
        this.refresh();
        return { ...sessionsView(), errors: [{ message: ['account.sessionGone'] }] };
      },
      { ...sessionsView(), ending: id },
    );
  }
}
