import type { ApprovalView, ErrorCode, SessionView } from '@portalkit/protocol';
import { nothing, type TemplateResult } from 'lit';
import { StepElement } from '../base/step-element.js';
import { pageClock, type Clock } from '../controllers/cooldown-controller.js';
import type { Message } from '../i18n/messages.js';
import { approveStep, inlineApprove } from '../parts/inline-approve.js';
import { loadStep } from '../parts/load-step.js';
import { passwordDe, passwordEn } from '../parts/password-field.terms.js';
import {
  passwordRulesDe,
  passwordRulesEn,
  recentPasswordDe,
  recentPasswordEn,
} from '../parts/password-rules.terms.js';
import { resendCodeStyles } from '../parts/resend-code.js';
import { passwordFieldStyles, passwordRulesStyles } from '../theme/tokens.js';
import { EmailTask } from './email-task.js';
import { PasswordTask } from './password-task.js';
import { accountWording } from './pk-account.checks.js';
import { accountClient, type AccountClient } from './pk-account.client.js';
import { accountDe, newPasswordDe } from './pk-account.de.js';
import { accountEn, newPasswordEn } from './pk-account.en.js';
import {
  PkAccountErrorEvent,
  PkAccountStepEvent,
  PkRegistrationEndedEvent,
  type AccountStep,
} from './pk-account.events.js';
import { accountStyles } from './pk-account.styles.js';
import {
  busyText,
  emailView,
  endView,
  loadView,
  passwordView,
  sessionsView,
  taskOf,
  type AccountData,
  type AccountHost,
  type AccountState,
  type AccountView,
  type FormView,
  type Task,
} from './pk-account.views.js';
import { SessionsTask } from './sessions-task.js';
import { endDoneStep, endStep } from './steps/end.js';
import { doneStep, overviewStep } from './steps/overview.js';

export type { AccountState, AccountStep, Task };

/**
 * @summary The signed-in member's account settings: the e-mail address (confirmed with a code
 * to the new one), the password, the signed-in devices, and ending the registration (approved
 * with a passkey).
 *
 * Loads the account and its sessions, then shows an overview: a section per setting with its
 * heading, a short summary and a button that opens its task in place of the overview, one at a
 * time. Escape or "Abbrechen" returns to the overview, focus on the button that opened the task.
 * E-mail: the new address, "Code senden", the 6-digit code (one field, `one-time-code`, pasting
 * works, "Code erneut senden" after a visible wait), done. Password: the current one and a new
 * one with the policy's rules ticked as typed; every other session ends. Devices: each session
 * (device, how it signed in, since when, last active, this device marked) with "Abmelden" named
 * after its device, and "Alle anderen Geräte abmelden", which asks first (WCAG 3.3.4). Ending the
 * registration explains what happens, then `<pk-approve>` inline with the pending approval; once
 * approved, the member is signed out everywhere. Each form is checked on submit with an error
 * summary that takes focus; each step's heading takes focus when it appears.
 *
 * Built on the step elements' base (`StepElement`): each task's stages are steps with a form
 * (one request at a time, values kept, errors, focus), and the overview is one more step.
 *
 * @attr {'loading' | 'idle' | 'busy' | 'error' | 'success'} state - What the element shows
 *   (read only): `loading` the settings, a step's phase (`idle` on the overview and while
 *   `<pk-approve>` is shown), `success` once a task is done.
 * @attr {'overview' | 'email' | 'email-code' | 'email-done' | 'password' | 'password-done' | 'sessions' | 'end-others' | 'end' | 'end-approve' | 'end-done'} step -
 *   The current step (read only); absent while the settings load.
 * @attr {string} done-href - Where "Zur Startseite" leads once the registration is ended (the
 *   site's start); without it, no link is shown.
 * @attr {string} passkeys-href - Where the member adds a passkey (the page with
 *   `<pk-passkeys>`): ending the registration is approved with one, so a member without one is
 *   led there instead.
 * @attr {'modern' | 'classic'} password-policy - The server's password policy, whose rules the
 *   password task shows.
 *
 * @fires {PkEmailChangedEvent} pk-email-changed - The e-mail address is changed;
 *   `detail: { email }`.
 * @fires {PkPasswordChangedEvent} pk-password-changed - The password is changed and every other
 *   session ended; `detail: { session }`.
 * @fires {PkSessionEndedEvent} pk-session-ended - Another device, or every other one, is signed
 *   out; `detail: { ended }`.
 * @fires {PkRegistrationEndedEvent} pk-registration-ended - The registration is ended;
 *   `detail: { approval }`.
 * @fires {PkAccountStepEvent} pk-account-step - Another step is shown; `detail: { step }`.
 * @fires {PkAccountErrorEvent} pk-account-error - An error is shown, the inline approval's too;
 *   `detail: { code }`.
 *
 * @csspart step - The current step (a form on steps with fields).
 * @csspart overview - The overview of the settings.
 * @csspart section - One setting in the overview.
 * @csspart section-heading - A setting's heading.
 * @csspart summary - A setting's short summary.
 * @csspart action - The button that opens a setting's task.
 * @csspart form - A step's `<form>`.
 * @csspart heading - The step's heading, which takes focus when the step appears.
 * @csspart current - The current e-mail address beside the new one.
 * @csspart field - A label, hint, error and input group.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - A text or password input.
 * @csspart error - A field's error message.
 * @csspart toggle - The button that shows or hides a password.
 * @csspart rules - The new password's rules.
 * @csspart rule - One rule; `data-status` is `met`, `unmet`, `failed` or `server`.
 * @csspart countdown - The seconds until "Code erneut senden" is offered.
 * @csspart session-list - The signed-in devices.
 * @csspart session - One signed-in device.
 * @csspart session-device - A device's name.
 * @csspart current-device - "Dieses Gerät", beside the current one.
 * @csspart session-detail - A line about a session (how, since when, last active).
 * @csspart end-session - "Abmelden" for one other device.
 * @csspart note - "Sie sind nur auf diesem Gerät angemeldet."
 * @csspart consequences - What ending the registration means.
 * @csspart link - "Zur Startseite" after the registration is ended.
 * @csspart submit - The step's main button; "Alle anderen Geräte abmelden".
 * @csspart secondary-action - "Abbrechen", "Zurück zu den Einstellungen", "Code erneut senden",
 *   "Erneut versuchen".
 *
 * @cssproperty --pk-account-max-width - Width of the element.
 */
export class PkAccount extends StepElement<AccountClient, AccountView, FormView> {
  static override properties = {
    doneHref: { attribute: 'done-href' },
    passkeysHref: { attribute: 'passkeys-href' },
    passwordPolicy: { attribute: 'password-policy' },
  };

  /** Where "Zur Startseite" leads once the registration is ended. */
  doneHref?: string;

  /** Where the member adds a passkey, which ending the registration needs. */
  passkeysHref?: string;

  /** The server's password policy, whose rules the password task shows. */
  passwordPolicy: 'modern' | 'classic' = 'modern';

  /**
   * Where the "send again" wait reads the time.
   * @internal
   */
  clock: Clock = pageClock;

  protected view: AccountView = loadView();
  #account?: AccountData;
  #sessions: SessionView[] = [];

  /** What the tasks' modules may do with the element (`AccountHost`). */
  readonly #host: AccountHost = this.#hostFor();
  readonly #email = new EmailTask(this, this.#host, () => this.clock);
  readonly #password = new PasswordTask(this, this.#host, this.localize, () => this.passwordPolicy);
  readonly #devices = new SessionsTask(this.#host);

  constructor() {
    super({
      client: accountClient,
      terms: {
        de: {
          ...passwordDe,
          ...passwordRulesDe,
          ...recentPasswordDe,
          ...accountDe,
          ...newPasswordDe,
        },
        en: {
          ...passwordEn,
          ...passwordRulesEn,
          ...recentPasswordEn,
          ...accountEn,
          ...newPasswordEn,
        },
      },
      styles: [passwordFieldStyles, passwordRulesStyles, accountStyles, resendCodeStyles],
      stepEvent: PkAccountStepEvent,
      errorEvent: PkAccountErrorEvent,
      wording: accountWording,
      passkeyCancelled: 'account.unavailable',
      busyText,
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented && this.#closable()) {
        event.preventDefault();
        this.#close();
      }
    });
  }

  override get state(): AccountState {
    const view = this.view;
    switch (view.is) {
      case 'loading':
        return view.phase === 'busy' ? 'loading' : 'error';
      case 'overview':
      case 'end-approve':
        return 'idle';
      case 'email-done':
      case 'password-done':
      case 'end-done':
        return 'success';
      case 'sessions':
        return view.ended && view.phase === 'idle' ? 'success' : view.phase;
      default:
        return view.phase;
    }
  }

  override get step(): AccountStep | undefined {
    return super.step;
  }

  protected override clientAttached(): void {
    if (this.view.is === 'loading') this.#load();
  }

  protected override clientDetached(client: AccountClient): void {
    super.clientDetached(client);
    this.#devices.abort();
    // A request left unanswered: the same step again, to press once more.
    const view = this.view;
    if ('phase' in view && view.phase === 'busy' && view.is !== 'loading') {
      this.view = { ...view, phase: 'idle' } as FormView;
    }
  }

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    const account = this.#account;
    if (view.is === 'loading') {
      return loadStep(this.kit(view), 'account.loadFailed', () => this.#load());
    }
    if (!account) return nothing;
    const back = () => this.#close();
    switch (view.is) {
      case 'overview':
        return overviewStep(this.kit(), {
          account,
          sessions: this.#sessions,
          onOpen: (task) => this.#open(task),
        });
      case 'email':
        return this.#email.renderAddress(this.kit(view));
      case 'email-code':
        return this.#email.renderCode(this.kit(view), view);
      case 'email-done': {
        const texts = [
          this.localize.term('account.emailDone', view.email),
          this.t('account.emailDoneNotice'),
        ];
        return doneStep(this.kit(), 'account.emailDoneHeading', texts, back);
      }
      case 'password':
        return this.#password.render(this.kit(view, this.#password.derived(view)), view);
      case 'password-done': {
        const texts = [this.t('account.passwordDone'), this.t('account.passwordDoneNotice')];
        return doneStep(this.kit(), 'account.passwordDoneHeading', texts, back);
      }
      case 'sessions':
        return this.#devices.render(this.kit(view), view, this.localize.lang, back);
      case 'end-others':
        return this.#devices.renderEndOthers(this.kit(view));
      case 'end':
        return endStep(this.kit(view), account.passkeys, this.passkeysHref);
      case 'end-approve':
        return approveStep(this.kit(), {
          approve: inlineApprove({
            approval: view.approval,
            client: this.activeClient,
            complete: (approval) => this.#ended(approval),
            status: (status) => {
              if (this.view.is === 'end-approve') this.view = { ...this.view, status };
            },
            error: (code) => this.dispatchEvent(new PkAccountErrorEvent({ code })),
          }),
          again: this.#closable() ? back : undefined,
          againLabel: 'account.backToOverview',
        });
      case 'end-done':
        return endDoneStep(this.kit(), this.doneHref);
    }
  }

  protected override statusOnScreen(): boolean {
    return this.#email.waitShown;
  }

  /** "Code erneut senden" says itself that it runs; the main button keeps its words. */
  protected override busyLabel(view: FormView) {
    if (view.is === 'email-code' && view.resending) return undefined;
    return super.busyLabel(view);
  }

  protected submitStep(form: HTMLFormElement): void {
    const view = this.view;
    switch (view.is) {
      case 'email':
        return this.#email.submitAddress(form);
      case 'email-code':
        return this.#email.submitCode(form, view);
      case 'password':
        return this.#password.submit(form);
      case 'end-others':
        return this.#devices.endOthers();
      case 'end':
        return this.#onEnd();
    }
  }

  /** "Abbrechen": the overview again ("Alle anderen abmelden?" goes back to the devices). */
  protected secondaryStep(): void {
    if (this.state === 'busy') return;
    if (this.view.is === 'end-others') return this.#devices.backToList();
    this.#close();
  }

  /** Leaving a step ends its wait before "Code erneut senden", unannounced. */
  protected override go(view: AccountView): void {
    this.#email.cooldown.stop();
    super.go(view);
  }

  /** The element as the tasks' modules see it: `run`, `fail`, `go` and its data. */
  #hostFor(): AccountHost {
    const element = this;
    return {
      get values() {
        return element.values;
      },
      get account() {
        return element.#account;
      },
      set account(account) {
        element.#account = account;
      },
      get sessions() {
        return element.#sessions;
      },
      set sessions(sessions) {
        element.#sessions = sessions;
      },
      get status() {
        return element.status;
      },
      set status(status: Message | undefined) {
        element.status = status;
      },
      get view() {
        return element.view;
      },
      get client() {
        return element.activeClient;
      },
      get busy() {
        return element.state === 'busy';
      },
      run: (view, work, complete, refused, busy) =>
        element.run(view, work, complete, refused, busy),
      fail: (view: FormView, code: ErrorCode) => element.fail(view, code),
      go: (view) => element.go(view),
      show: (view) => void (element.view = view),
      read: (form) => element.read(form),
      focus: (selector) => void element.focusAfterUpdate(selector),
      dispatchEvent: (event) => element.dispatchEvent(event),
      requestUpdate: () => element.requestUpdate(),
    };
  }

  #load(): void {
    this.run(
      loadView(),
      (client, signal) => Promise.all([client.account({ signal }), client.sessions({ signal })]),
      ([{ account }, { sessions }]) => {
        this.#account = account;
        this.#sessions = sessions;
        // The overview appears in place of the loading text; focus stays where the member is.
        this.status = undefined;
        this.view = { is: 'overview' };
      },
    );
  }

  #open(task: Task): void {
    if (task === 'email') this.#email.open();
    if (task === 'sessions') this.#devices.refresh();
    const first = {
      email: emailView,
      password: passwordView,
      sessions: sessionsView,
      end: endView,
    };
    this.go(first[task]());
  }

  /** Escape or "Abbrechen" may leave a task unless its request runs or the approval is open. */
  #closable(): boolean {
    const view = this.view;
    if (view.is === 'end-approve') return view.status !== 'pending' && view.status !== 'approved';
    return taskOf(view) !== undefined && this.state !== 'busy';
  }

  /** Back to the settings, focus on the button that opened the task. */
  #close(): void {
    const task = taskOf(this.view);
    this.#email.cooldown.stop();
    this.#devices.abort();
    this.task.abort();
    delete this.values['code'];
    this.status = undefined;
    this.view = { is: 'overview' };
    if (task) void this.focusAfterUpdate(`[part~=action][data-task=${task}]`);
  }

  #onEnd(): void {
    this.run(
      endView(),
      (client, signal) => client.endRegistration({ signal }),
      ({ approval }) => this.go({ is: 'end-approve', approval, status: approval.status }),
    );
  }

  #ended(approval: ApprovalView): void {
    if (this.view.is !== 'end-approve') return;
    this.go({ is: 'end-done', approval });
    this.dispatchEvent(new PkRegistrationEndedEvent({ approval }));
  }
}
