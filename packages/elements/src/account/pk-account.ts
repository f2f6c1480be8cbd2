import type { AccountView as Account, ApprovalView, SessionView } from '@portalkit/protocol';
import { nothing, type TemplateResult } from 'lit';
import type { FormError } from '../base/portalkit-element.js';
import { StepElement } from '../base/step-element.js';
import { CooldownController, pageClock, type Clock } from '../controllers/cooldown-controller.js';
import { NewPasswordController } from '../controllers/new-password-controller.js';
import { PasswordFieldController } from '../controllers/password-field-controller.js';
import { TaskRunner } from '../controllers/task-runner.js';
import { approveStep, inlineApprove } from '../parts/inline-approve.js';
import { loadStep } from '../parts/load-step.js';
import { resendCodeStyles } from '../parts/resend-code.js';
import { passwordDe, passwordEn } from '../parts/password-field.terms.js';
import {
  passwordRulesDe,
  passwordRulesEn,
  recentPasswordDe,
  recentPasswordEn,
} from '../parts/password-rules.terms.js';
import type { StepKit } from '../parts/step-form.js';
import { passwordFieldStyles, passwordRulesStyles } from '../theme/tokens.js';
import {
  accountWording,
  checkCode,
  checkEmail,
  codeRefused,
  currentWrong,
  emailRefused,
} from './pk-account.checks.js';
import { accountClient, type AccountClient } from './pk-account.client.js';
import { accountDe, newPasswordDe } from './pk-account.de.js';
import { accountEn, newPasswordEn } from './pk-account.en.js';
import {
  PkAccountErrorEvent,
  PkAccountStepEvent,
  PkEmailChangedEvent,
  PkPasswordChangedEvent,
  PkRegistrationEndedEvent,
  PkSessionEndedEvent,
  type AccountStep,
} from './pk-account.events.js';
import { accountStyles } from './pk-account.styles.js';
import {
  busyText,
  emailView,
  endOthersView,
  endView,
  loadView,
  passwordView,
  sessionsView,
  taskOf,
  type AccountState,
  type AccountView,
  type CodeView,
  type FormView,
  type Task,
} from './pk-account.views.js';
import { codeStep, emailStep } from './steps/email.js';
import { endDoneStep, endStep } from './steps/end.js';
import { doneStep, overviewStep } from './steps/overview.js';
import { passwordStep } from './steps/password.js';
import { endOthersStep, sessionsStep } from './steps/sessions.js';

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
 * @csspart secondary-action - "Abbrechen", "Zurück zur Übersicht", "Code erneut senden",
 *   "Erneut versuchen".
 *
 * @cssproperty --pk-account-max-width - Width of the element.
 */
export class PkAccount extends StepElement<AccountClient, AccountView, FormView> {
  static override properties = {
    doneHref: { attribute: 'done-href' },
    passwordPolicy: { attribute: 'password-policy' },
  };

  /** Where "Zur Startseite" leads once the registration is ended. */
  doneHref?: string;

  /** The server's password policy, whose rules the password task shows. */
  passwordPolicy: 'modern' | 'classic' = 'modern';

  /**
   * Where the "send again" wait reads the time.
   * @internal
   */
  clock: Clock = pageClock;

  protected view: AccountView = loadView();
  #account?: Account['account'];
  #sessions: SessionView[] = [];
  /** Refreshes the list when the devices are shown, beside a task's own request. */
  readonly #refresh = new TaskRunner();

  readonly #current = new PasswordFieldController(this, {
    localize: this.localize,
    announce: (message) => (this.status = message),
  });
  readonly #password = new NewPasswordController(this, {
    localize: this.localize,
    policy: () => this.passwordPolicy,
    context: () => ({
      email: this.#account?.email,
      username: this.#account?.email,
      name: this.#account?.displayName,
    }),
    announce: (message) => (this.status = message),
    replaced: true,
    shown: () => this.view.is === 'password',
  });
  readonly #cooldown = new CooldownController(this, {
    clock: () => this.clock,
    started: (seconds) => (this.status = ['account.resendWait', seconds]),
    ended: () => (this.status = ['account.resendReady']),
  });

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
    this.#refresh.abort();
    // A request left unanswered: the same step again, to press once more.
    const view = this.view;
    if ('phase' in view && view.phase === 'busy' && view.is !== 'loading') {
      this.view = { ...view, phase: 'idle' } as FormView;
    }
  }

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    const account = this.#account;
    if (view.is === 'loading')
      return loadStep(this.kit(view), 'account.loadFailed', () => this.#load());
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
        return emailStep(this.kit(view), account.email);
      case 'email-code':
        return codeStep(this.kit(view), view, {
          wait: this.#cooldown.remaining,
          onResend: () => this.#resend(view),
        });
      case 'email-done':
        return doneStep(
          this.kit(),
          'account.emailDoneHeading',
          [this.localize.term('account.emailDone', view.email), this.t('account.emailDoneNotice')],
          back,
        );
      case 'password':
        return this.#renderPassword(view);
      case 'password-done':
        return doneStep(
          this.kit(),
          'account.passwordDoneHeading',
          [this.t('account.passwordDone'), this.t('account.passwordDoneNotice')],
          back,
        );
      case 'sessions':
        return sessionsStep(this.kit(view), view, {
          sessions: this.#sessions,
          lang: this.localize.lang,
          onEnd: (session) => this.#endSession(session),
          onEndOthers: () => this.state !== 'busy' && this.go(endOthersView()),
          onBack: back,
        });
      case 'end-others':
        return endOthersStep(this.kit(view), this.#others());
      case 'end':
        return endStep(this.kit(view), account.passkeys);
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

  #renderPassword(view: Extract<FormView, { is: 'password' }>): TemplateResult {
    const kit = this.kit(view, this.#password.errors(view.failed, 'password'));
    // The current password is never kept in `values`, as the new one is not.
    const own: StepKit = {
      ...kit,
      onInput: (event) => {
        if ((event.target as HTMLInputElement).name !== 'current') kit.onInput(event);
      },
    };
    return passwordStep(own, {
      current: this.#current.render({
        id: kit.id('current'),
        name: 'current',
        autocomplete: 'current-password',
        error: kit.fieldError('current'),
        label: this.t('account.currentLabel'),
        showLabel: this.t('account.currentShow'),
        hideLabel: this.t('account.currentHide'),
      }),
      password: this.#password.field(kit, view.failed, this.#account?.email),
    });
  }

  /** The wait's start is on screen beside "Code erneut senden": the status region only says it. */
  protected override statusOnScreen(): boolean {
    return this.#cooldown.remaining > 0 && this.status?.[0] === 'account.resendWait';
  }

  /** "Code erneut senden" and a device's "Abmelden" say themselves that they run. */
  protected override busyLabel(view: FormView) {
    if (view.is === 'email-code' && view.resending) return undefined;
    return super.busyLabel(view);
  }

  protected submitStep(form: HTMLFormElement): void {
    const view = this.view;
    switch (view.is) {
      case 'email':
        return this.#onEmail(form);
      case 'email-code':
        return this.#onCode(form, view);
      case 'password':
        return this.#onPassword(form);
      case 'end-others':
        return this.#endOthers();
      case 'end':
        return this.#onEnd();
    }
  }

  /** "Abbrechen": the overview again ("Alle anderen abmelden?" goes back to the devices). */
  protected secondaryStep(): void {
    if (this.state === 'busy') return;
    if (this.view.is === 'end-others') {
      this.status = undefined;
      this.view = sessionsView();
      return void this.focusAfterUpdate('[part~=submit]');
    }
    this.#close();
  }

  /** Leaving a step ends its wait before "Code erneut senden", unannounced. */
  protected override go(view: AccountView): void {
    this.#cooldown.stop();
    super.go(view);
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

  #others(): number {
    return this.#sessions.filter((session) => !session.current).length;
  }

  /** The list as the server has it now; the one shown bridges until it arrives. */
  #refreshSessions(): void {
    const client = this.activeClient;
    this.#refresh.run((signal) => client.sessions({ signal }), {
      complete: ({ sessions }) => {
        this.#sessions = sessions;
        this.requestUpdate();
      },
    });
  }

  #open(task: Task): void {
    if (task === 'email') this.values['email'] = '';
    if (task === 'sessions') this.#refreshSessions();
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

  /** Back to the overview, focus on the button that opened the task. */
  #close(): void {
    const task = taskOf(this.view);
    this.#cooldown.stop();
    this.#refresh.abort();
    this.task.abort();
    delete this.values['code'];
    this.status = undefined;
    this.view = { is: 'overview' };
    if (task) void this.focusAfterUpdate(`[part~=action][data-task=${task}]`);
  }

  #onEmail(form: HTMLFormElement): void {
    const current = this.#account?.email ?? '';
    const checked = checkEmail(this.read(form)('email'), current);
    if (checked.errors)
      return this.fail({ ...emailView(), errors: checked.errors }, 'VALIDATION_FAILED');
    const { email } = checked;
    this.run(
      emailView(),
      (client, signal) => client.requestEmailCode({ email }, { signal }),
      (sent) => {
        delete this.values['code'];
        this.go({
          is: 'email-code',
          phase: 'idle',
          errors: [],
          email: sent.email,
          expiresIn: sent.expiresIn,
        });
        this.#cooldown.start(sent.resendIn);
      },
      (error) => {
        const errors = emailRefused(error);
        return errors && { ...emailView(), errors };
      },
    );
  }

  #onCode(form: HTMLFormElement, view: CodeView): void {
    const checked = checkCode(this.read(form)('code'));
    const idle: CodeView = {
      ...view,
      phase: 'idle',
      errors: [],
      resending: false,
    };
    if ('errors' in checked)
      return this.fail({ ...idle, errors: checked.errors }, 'VALIDATION_FAILED');
    this.run(
      idle,
      (client, signal) => client.verifyEmailCode({ code: checked.code }, { signal }),
      ({ account }) => {
        this.#account = account;
        delete this.values['code'];
        this.go({ is: 'email-done', email: account.email });
        this.status = ['account.emailDone', account.email];
        this.dispatchEvent(new PkEmailChangedEvent({ email: account.email }));
      },
      (error) => {
        if (error.code === 'CODE_INVALID') {
          return {
            ...idle,
            errors: [{ field: 'code', message: ['error.CODE_INVALID'] }],
          };
        }
        // The code is void: a new one, to the address entered again. An address another
        // account took meanwhile: another address.
        const taken = emailRefused(error);
        if (error.code === 'CODE_LOCKED' || taken) {
          delete this.values['code'];
          this.#cooldown.stop();
          const errors = taken ?? [{ message: ['error.CODE_LOCKED'] }];
          return { ...emailView(), errors } as FormView;
        }
        const errors = codeRefused(error);
        return errors && { ...idle, errors };
      },
    );
  }

  /** "Code erneut senden": to the same address, once the wait is over. */
  #resend(view: CodeView): void {
    // Pressed during the wait (it stays focusable, `aria-disabled`): nothing happens.
    if (this.state === 'busy' || this.#cooldown.remaining > 0) return;
    const idle: CodeView = {
      ...view,
      phase: 'idle',
      errors: [],
      resending: false,
    };
    this.run(
      idle,
      (client, signal) => client.requestEmailCode({ email: view.email }, { signal }),
      (sent) => {
        this.view = { ...idle, resent: true, expiresIn: sent.expiresIn };
        this.#cooldown.start(sent.resendIn);
      },
      undefined,
      { ...idle, resending: true },
    );
  }

  #onPassword(form: HTMLFormElement): void {
    const currentInput = form.elements.namedItem('current') as HTMLInputElement;
    const current = currentInput.value;
    this.#current.hide();
    const { password, problem } = this.#password.submitted(form);
    const view = passwordView();
    const errors: FormError[] = current
      ? []
      : [{ field: 'current', message: ['account.current.empty'] }];
    if (errors.length > 0 || problem) {
      const failed = problem && 'failed' in problem ? problem.failed : [];
      const more = problem && 'errors' in problem ? problem.errors : [];
      return this.fail({ ...view, failed, errors: [...errors, ...more] }, 'VALIDATION_FAILED');
    }
    this.run(
      view,
      (client, signal) => client.changePassword({ current, password }, { signal }),
      ({ session }) => {
        this.go({ is: 'password-done' });
        this.status = ['account.passwordDone'];
        this.dispatchEvent(new PkPasswordChangedEvent({ session }));
        // Every other session ended with the change: the overview's count follows.
        this.#sessions = this.#sessions.filter((one) => one.current);
      },
      (error) => {
        // A wrong password is typed again, as after a failed sign-in; so after too many.
        if (currentWrong(error) || error.code === 'RATE_LIMITED') currentInput.value = '';
        if (currentWrong(error)) {
          return {
            ...view,
            errors: [{ field: 'current', message: ['account.current.wrong'] }],
          };
        }
        const failed = this.#password.refused(error);
        return failed && { ...view, failed };
      },
    );
  }

  #endSession(session: SessionView): void {
    if (this.state === 'busy' || this.view.is !== 'sessions') return;
    const { id, device } = session;
    this.run(
      sessionsView(),
      (client, signal) => client.endSession({ id }, { signal }),
      ({ sessions }) => {
        this.#sessions = sessions;
        this.go(sessionsView({ device }));
        this.status = ['account.sessionEnded', device];
        this.dispatchEvent(new PkSessionEndedEvent({ ended: { id, device } }));
      },
      (error) => {
        if (error.code !== 'NOT_FOUND') return undefined;
        // Gone already (signed out there, or timed out): the list as it is now.
        this.#sessions = this.#sessions.filter((one) => one.id !== id);
        this.#refreshSessions();
        return {
          ...sessionsView(),
          errors: [{ message: ['account.sessionGone'] }],
        };
      },
      { ...sessionsView(), ending: id },
    );
  }

  #endOthers(): void {
    this.run(
      endOthersView(),
      (client, signal) => client.endOtherSessions({ signal }),
      ({ sessions }) => {
        this.#sessions = sessions;
        this.go(sessionsView('others'));
        this.status = ['account.othersEnded'];
        this.dispatchEvent(new PkSessionEndedEvent({ ended: 'others' }));
      },
    );
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
