import type { ApprovalStatus, ApprovalView, ErrorCode } from '@portalkit/protocol';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PortalkitElement, type FormError } from '../base/portalkit-element.js';
import type { ClientError } from '../client/client-error.js';
import { afterPaint } from '../controllers/after-paint.js';
import { CooldownController, pageClock, type Clock } from '../controllers/cooldown-controller.js';
import { TaskRunner } from '../controllers/task-runner.js';
import { errorMessage, wording } from '../i18n/error-message.js';
import { takeFromAddress } from '../parts/code-from-address.js';
import type { StepKit } from '../parts/step-form.js';
import { ApprovalWatch } from './approval-watch.js';
import { approveClient, type ApproveClient } from './pk-approve.client.js';
import { approveDe } from './pk-approve.de.js';
import { approveEn } from './pk-approve.en.js';
import {
  PkApprovalCompleteEvent,
  PkApprovalErrorEvent,
  PkApprovalStatusEvent,
} from './pk-approve.events.js';
import { approveStyles } from './pk-approve.styles.js';
import {
  busyText,
  inbox,
  loading,
  stateOf,
  viewOf,
  type Action,
  type ActiveView,
  type ApproveState,
  type ApproveStep,
  type ApproveView,
  type HandoffView,
  type OutcomeView,
  type PickView,
  type SummaryView,
} from './pk-approve.views.js';
import type { SummaryText } from './steps/changes.js';
import { handoffStep } from './steps/handoff.js';
import { inboxStep, outcomeStep } from './steps/outcome.js';
import { pickStep } from './steps/pick.js';
import { missingStep, summaryStep } from './steps/summary.js';

export type { ApproveState, ApproveStep };

/** Where approving needs other words than the general `error.<CODE>` terms. */
const approveWording = wording('approve.unavailable', {
  NOT_FOUND: 'approve.notFound',
  PASSKEY_UNKNOWN: 'approve.passkeyUnknown',
  PASSKEY_INVALID: 'approve.passkeyFailed',
  PASSKEY_FAILED: 'approve.passkeyFailed',
  PASSKEY_UNSUPPORTED: 'approve.passkeyUnsupported',
  PASSKEY_CANCELLED: 'approve.passkeyCancelled',
  // None of these is an answer of the approval routes; should one come, it is the service.
  CREDENTIALS_INVALID: 'approve.unavailable',
  CONFIRMATION_REQUIRED: 'approve.unavailable',
  APPROVAL_REQUIRED: 'approve.unavailable',
  REGISTRATION_REQUIRED: 'approve.unavailable',
  RESET_REQUIRED: 'approve.unavailable',
  CODE_INVALID: 'approve.unavailable',
  CODE_LOCKED: 'approve.unavailable',
  PASSWORD_REJECTED: 'approve.unavailable',
});

/** Seconds between two status requests where the event stream is not available. */
const pollSeconds = 3;

/**
 * @summary Approves one protected change with a passkey, bound to exactly what the member sees:
 * the summary of the change, then "Mit Passkey freigeben" here, "Auf meinem Smartphone
 * freigeben" (a QR code, a short link and a number to pick there) or "Ablehnen".
 *
 * Shows the transaction a protected form hands it (`approval`) or loads it (`approval-id`): its
 * title and each line from the old to the new value, in the element's language. The passkey
 * ceremony's challenge is derived from the transaction, so the signature approves nothing else.
 * Waiting for the phone, it shows the time left (announced when the wait starts and in its last
 * minute) and learns the outcome by server-sent events, or by asking every few seconds where
 * they fail. Then approved, denied, expired or cancelled, each saying what to do next. With
 * `mode="inbox"` it lists the signed-in member's pending approvals and opens each in place.
 * Opened on the phone from the handoff link (`#t=…`, removed from the address), it shows the
 * change and three numbers; the right one leads to the passkey prompt, a wrong one cancels the
 * transaction. Each new view's heading takes focus.
 *
 * @attr {'idle' | 'busy' | 'error' | 'waiting' | 'approved' | 'denied' | 'expired' | 'cancelled'} state -
 *   What the element shows (read only): `waiting` for the phone, a final status at the end.
 * @attr {'inbox' | 'summary' | 'handoff' | 'pick' | 'outcome'} step - The current view (read
 *   only).
 *
 * @fires {PkApprovalCompleteEvent} pk-approval-complete - The transaction is approved and the
 *   change made; `detail: { approval }`.
 * @fires {PkApprovalStatusEvent} pk-approval-status - The transaction's status as learned:
 *   `pending`, then its end; `detail: { status }`.
 * @fires {PkApprovalErrorEvent} pk-approval-error - An error is shown; `detail: { code }`.
 *
 * @csspart step - The current view (a form on the phone's pick).
 * @csspart form - The phone's `<form>` with the three numbers.
 * @csspart heading - The view's heading, which takes focus when the view appears.
 * @csspart title - The change's title in the inbox and at the end.
 * @csspart changes - The description list of what changes.
 * @csspart change - One line of it: its label, the old and the new value.
 * @csspart from - The old value.
 * @csspart to - The new value.
 * @csspart note - A remark set apart: passkeys are unsupported.
 * @csspart qr - The QR code that opens the transaction on the phone.
 * @csspart link - The short link to type on the phone.
 * @csspart number-box - The number to pick on the phone, with its label.
 * @csspart number - The number itself, large.
 * @csspart countdown - The time left to approve.
 * @csspart list - The inbox's list.
 * @csspart item - One pending approval in the inbox.
 * @csspart field - The numbers' fieldset.
 * @csspart label - The numbers' legend, each number's label, the number's label.
 * @csspart hint - The numbers' hint and the number's.
 * @csspart error - The numbers' error message.
 * @csspart choices - The three numbers.
 * @csspart choice - One number: its radio button and label.
 * @csspart radio - A number's radio button.
 * @csspart submit - "Mit Passkey freigeben", and "Weiter" on the phone.
 * @csspart secondary-action - "Auf meinem Smartphone freigeben", "Ablehnen", "Abbrechen",
 *   "Erneut versuchen", an inbox entry's button and "Zurück zu den offenen Freigaben".
 *
 * @cssproperty --pk-approve-max-width - Width of the element.
 * @cssproperty --pk-approve-qr-size - Width of the QR code.
 */
export class PkApprove extends PortalkitElement<ApproveClient, ApproveView> {
  static override properties = {
    approval: { attribute: false },
    approvalId: { attribute: 'approval-id' },
    mode: {},
    passkeySupported: { state: true },
  };

  /** The transaction to approve, as a protected form's answer gives it; its heading takes focus. */
  approval?: ApprovalView | undefined;

  /** The id of the transaction to load and approve, where no `approval` is given. */
  approvalId?: string | undefined;

  /** `inbox`: the signed-in member's pending approvals, each opened in place. */
  mode: 'single' | 'inbox' = 'single';

  /**
   * Where the time left and the status requests read the time.
   * @internal
   */
  clock: Clock = pageClock;

  protected view: ApproveView = loading('summary');
  private passkeySupported?: boolean;
  /** The handoff link's token on the phone, until the transaction is claimed. */
  #token?: string | undefined;
  /** Opened on the phone: the transaction cannot be handed off again. */
  #phone = false;
  /** Opened from the inbox: its end leads back there. */
  #fromInbox = false;
  #reported?: ApprovalStatus;
  #lastMinute = false;
  /** The number picked on the phone. */
  readonly #values: Record<string, string> = {};
  #addressRead = false;

  readonly #task = new TaskRunner();
  readonly #support = new TaskRunner();
  readonly #watch = new ApprovalWatch(this, {
    client: () => this.activeClient,
    clock: () => this.clock,
    pollMs: pollSeconds * 1000,
    update: (approval) => this.#learned(approval),
    failed: (error) => this.#refused(error),
  });
  readonly #countdown = new CooldownController(this, {
    clock: () => this.clock,
    started: (seconds) => (this.status = ['approve.waiting', Math.ceil(seconds / 60)]),
    // The server decides: its answer ends the wait (or the stream already did).
    ended: () => this.#watch.check(),
  });

  constructor() {
    super({
      client: approveClient,
      terms: { de: approveDe, en: approveEn },
      styles: [approveStyles],
    });
  }

  override get state(): ApproveState {
    return stateOf(this.view);
  }

  /** The current view. */
  get step(): ApproveStep {
    return this.view.is;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#addressRead) return;
    this.#addressRead = true;
    // Opened on the phone from the handoff link: the token is in the address's fragment.
    const token = takeFromAddress('t');
    if (token) {
      this.#token = token;
      this.#phone = true;
      this.view = loading('pick');
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#phone && changed.has('approval') && this.approval) {
      this.#fromInbox = false;
      this.#go(viewOf(this.approval));
    } else if (
      !this.#phone &&
      !this.approval &&
      (changed.has('approvalId') || changed.has('mode'))
    ) {
      this.#stop();
      this.view = this.mode === 'inbox' ? inbox() : loading('summary');
      if (this.hasUpdated) void this.updateComplete.then(() => this.#load());
    }
    super.willUpdate(changed);
    if (this.getAttribute('step') !== this.step) this.setAttribute('step', this.step);
    // The last minute is announced once; the time shown counts down every second.
    const left = this.#countdown.remaining;
    if (this.view.is === 'handoff' && left > 0 && left <= 60 && !this.#lastMinute) {
      this.#lastMinute = true;
      this.status = ['approve.lastMinute'];
    }
  }

  protected override updated(): void {
    const view = this.view;
    const status = 'approval' in view ? view.approval?.status : undefined;
    if (status && status !== this.#reported) {
      this.#reported = status;
      this.dispatchEvent(new PkApprovalStatusEvent({ status }));
    }
  }

  protected override clientAttached(client: ApproveClient): void {
    this.#support.run(() => afterPaint().then(() => client.passkeySupport()), {
      complete: (support) => (this.passkeySupported = support.available),
      error: () => (this.passkeySupported = false),
    });
    this.#load();
  }

  protected override clientDetached(client: ApproveClient): void {
    this.#task.abort();
    this.#support.abort();
    this.#stop();
    // A request left unanswered: the same view again, to press once more.
    const view = this.view;
    if (view.is === 'outcome' || view.phase !== 'busy' || view.by === 'load') return;
    if (view.by === 'passkey') client.cancelPasskey();
    this.view = { ...view, phase: 'idle', by: undefined };
  }

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    if (view.is === 'outcome') {
      const back = this.#fromInbox ? () => this.#back() : undefined;
      return outcomeStep(this.#kit(), view.approval.status, this.#text(view.approval), back);
    }
    const kit = this.#kit(view);
    switch (view.is) {
      case 'inbox':
        return inboxStep(
          kit,
          view.approvals?.map((approval) => ({
            id: approval.id,
            text: this.#text(approval),
          })),
          (id) => this.#open(id),
        );
      case 'summary':
        if (!view.approval) return missingStep(kit, () => this.#load());
        return summaryStep(kit, this.#text(view.approval), {
          by: view.phase === 'busy' ? view.by : undefined,
          passkey: this.passkeySupported !== false,
          phone: !this.#phone && this.mode !== 'inbox',
          onPasskey: () => this.#approveHere(view),
          onPhone: () => this.#handOff(view),
          onBack: this.#fromInbox ? () => this.#back() : undefined,
        });
      case 'handoff':
        return handoffStep(kit, view.handoff, { left: this.#countdown.remaining });
      case 'pick':
        if (!view.approval) return missingStep(kit, this.#token ? () => this.#load() : undefined);
        return pickStep(kit, this.#text(view.approval), view.choices);
    }
  }

  /** The summary in the element's language (German for a language the server does not write). */
  #text(approval: ApprovalView): SummaryText {
    return this.localize.lang === 'en' ? approval.summary.en : approval.summary.de;
  }

  /** What the view templates need. */
  #kit(view?: ActiveView): StepKit {
    const errors = view?.errors ?? [];
    return {
      term: this.localize.term.bind(this.localize),
      id: (name) => this.fieldId(name),
      values: this.#values,
      summary: errors.length > 0 ? this.summary(errors) : nothing,
      fieldError: (name) => this.fieldError(errors, name),
      busy: view?.phase === 'busy' ? busyText(view.by) : undefined,
      onInput: (event) => {
        const input = event.target as HTMLInputElement;
        if (input.name) this.#values[input.name] = input.value;
      },
      onSubmit: (form) => this.#pick(form),
      // "Ablehnen", and "Abbrechen" while waiting for the phone: each view of a transaction's.
      onSecondary: () => {
        if (view && view.is !== 'inbox') this.#deny(view);
      },
    };
  }

  /** Loads what the view waits for: the phone's transaction, the inbox, or one by its id. */
  #load(): void {
    const view = this.view;
    if (view.is === 'handoff' && view.phase === 'idle') return this.#wait(view);
    if (view.is === 'outcome' || ('approval' in view && view.approval)) return;
    if (view.is === 'pick') {
      const token = this.#token;
      if (!token) return;
      return this.#run(
        view,
        'load',
        (client, signal) => client.claimApproval({ token }, { signal }),
        ({ approval, choices }) => {
          this.#token = undefined;
          if (approval.status !== 'pending') return this.#go(viewOf(approval));
          this.#go({
            is: 'pick',
            phase: 'idle',
            errors: [],
            approval,
            choices,
          });
        },
        (error) => (error.code === 'NOT_FOUND' ? ['approve.linkInvalid'] : undefined),
      );
    }
    if (view.is === 'inbox') {
      return this.#run(
        view,
        'load',
        (client, signal) => client.listApprovals({ signal }),
        ({ approvals }) => {
          this.status = undefined;
          this.view = inbox(approvals);
        },
      );
    }
    const id = this.approvalId;
    if (!id) return;
    this.#run(
      view,
      'load',
      (client, signal) => client.approvalStatus({ id }, { signal }),
      ({ approval }) => this.#go(viewOf(approval)),
    );
  }

  /** "Mit Passkey freigeben": options, the passkey prompt and verification for this transaction. */
  #approveHere(view: SummaryView | PickView): void {
    if (this.state !== 'busy' && view.approval) this.#passkey(view.approval);
  }

  #passkey(approval: ApprovalView): void {
    const summary: SummaryView = { is: 'summary', phase: 'idle', errors: [], approval };
    this.#run(
      summary,
      'passkey',
      (client) => client.approveWithPasskey({ id: approval.id }),
      ({ approval }) => this.#learned(approval),
    );
  }

  /** "Auf meinem Smartphone freigeben": the QR code, the short link and the number. */
  #handOff(view: SummaryView): void {
    const approval = view.approval;
    if (this.state === 'busy' || !approval) return;
    this.#run(
      view,
      'handoff',
      (client, signal) => client.handOffApproval({ id: approval.id }, { signal }),
      (handoff) => {
        const waiting: HandoffView = {
          is: 'handoff',
          phase: 'idle',
          errors: [],
          approval,
          handoff,
        };
        this.#go(waiting);
        this.#wait(waiting);
      },
    );
  }

  /** Follows the transaction while the phone is to approve it, and counts the time down. */
  #wait(view: HandoffView): void {
    const left = Math.ceil((Date.parse(view.handoff.expiresAt) - this.clock.now()) / 1000);
    this.#lastMinute = left <= 60;
    this.#watch.start(view.approval.id);
    if (left > 0) this.#countdown.start(left);
    else this.#watch.check();
  }

  /** "Ablehnen", and "Abbrechen" while waiting for the phone: the transaction is denied. */
  #deny(view: SummaryView | HandoffView | PickView): void {
    const approval = view.approval;
    if (this.state === 'busy' || !approval) return;
    this.#run(
      view,
      'deny',
      (client, signal) => client.denyApproval({ id: approval.id }, { signal }),
      ({ approval }) => this.#learned(approval),
    );
  }

  /** On the phone: the number the other device shows. Right: the passkey prompt next. */
  #pick(form: HTMLFormElement): void {
    const view = this.view;
    if (view.is !== 'pick' || !view.approval || this.state === 'busy') return;
    const picked = new FormData(form).get('number');
    const number = typeof picked === 'string' ? picked : '';
    if (!view.choices.includes(number)) {
      const errors: FormError[] = [{ field: 'number', message: ['approve.pickEmpty'] }];
      return this.#fail({ ...view, errors }, 'VALIDATION_FAILED');
    }
    const { id } = view.approval;
    this.#run(
      view,
      'pick',
      (client, signal) => client.pickApprovalNumber({ id, number }, { signal }),
      ({ approval }) => {
        if (approval.status !== 'pending') return this.#learned(approval);
        void this.focusAfterUpdate('[part~=heading]');
        this.#passkey(approval);
      },
    );
  }

  #open(id: string): void {
    const view = this.view;
    const approval = view.is === 'inbox' ? view.approvals?.find((item) => item.id === id) : null;
    if (!approval || this.state === 'busy') return;
    this.#fromInbox = true;
    this.#go(viewOf(approval));
  }

  /** "Zurück zu den offenen Freigaben": the inbox again, loaded anew. */
  #back(): void {
    this.#fromInbox = false;
    this.#go(inbox());
    this.#load();
  }

  /** The server's word on the transaction: its end replaces whatever is shown. */
  #learned(approval: ApprovalView): void {
    if (approval.status === 'pending') {
      // Still pending after a request: the summary again (a phone's transaction stays there).
      if (this.view.is !== 'handoff') this.view = viewOf(approval);
      return;
    }
    this.#stop();
    this.#go(viewOf(approval) as OutcomeView);
    if (approval.status === 'approved') {
      this.dispatchEvent(new PkApprovalCompleteEvent({ approval }));
    }
  }

  /** The transaction cannot be followed any more (watching it): said where it was shown. */
  #refused(error: ClientError): void {
    const view = this.view;
    if (view.is === 'outcome') return;
    this.#countdown.stop();
    const errors = [{ message: errorMessage(error, approveWording) }];
    this.#fail({ ...view, errors }, error.code);
  }

  /**
   * Runs a request: busy (its text on the button and in the status region), then `complete`.
   * A closed passkey prompt is a calm status; a transaction that ended meanwhile shows its end;
   * else the error in the summary (`own`: other words for it).
   */
  #run<T>(
    view: ActiveView,
    by: Action,
    work: (client: ApproveClient, signal: AbortSignal) => Promise<T>,
    complete: (value: T) => void,
    own?: (error: ClientError) => FormError['message'] | undefined,
  ): void {
    const client = this.activeClient;
    this.status = [busyText(by)];
    this.view = { ...view, phase: 'busy', by, errors: [] } as ActiveView;
    this.#task.run((signal) => work(client, signal), {
      complete,
      error: (error) => {
        const idle = {
          ...view,
          phase: 'idle',
          by: undefined,
          errors: [],
        } as ActiveView;
        if (error.aborted || error.code === 'PASSKEY_CANCELLED') {
          this.view = idle;
          this.status = error.aborted ? undefined : ['approve.passkeyCancelled'];
          return;
        }
        const approval = 'approval' in view ? view.approval : undefined;
        if (error.code === 'APPROVAL_CLOSED' && approval) {
          return this.#run(
            idle,
            'load',
            (client, signal) => client.approvalStatus({ id: approval.id }, { signal }),
            ({ approval }) => this.#learned(approval),
          );
        }
        const message = own?.(error) ?? errorMessage(error, approveWording);
        this.#fail({ ...idle, errors: [{ message }] }, error.code);
      },
    });
  }

  /** Shows a view with its errors: summary focused, `pk-approval-error` fired. */
  #fail(view: ActiveView, code: ErrorCode): void {
    void this.showError(
      { ...view, phase: 'error', by: undefined } as ActiveView,
      new PkApprovalErrorEvent({ code }),
    );
  }

  /** Shows another view and moves focus to its heading (UX.md "Language, focus, layout"). */
  #go(view: ApproveView): void {
    this.#stop();
    this.status = undefined;
    this.view = view;
    void this.focusAfterUpdate('[part~=heading]');
  }

  /** Stops following a transaction and its time. */
  #stop(): void {
    this.#watch.stop();
    this.#countdown.stop();
  }
}
