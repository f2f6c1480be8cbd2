import type { ApprovalPending, ApprovalStatus, ApprovalView } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import type { ApproveClient } from '../approve/pk-approve.client.js';
import type { ClientError } from '../client/client-error.js';
import { notSignedInFormCodes, wording, type ErrorWording } from '../i18n/error-message.js';
import type { PlainKey } from '../i18n/messages.js';
import {
  approveStep,
  inlineApprove,
  loadStep,
  protectedFormStyles,
  reviewStep,
  type ReviewLine,
} from '../parts/protected-form.js';
import { protectedFormDe, protectedFormEn } from '../parts/protected-form.terms.js';
import type { StepKit } from '../parts/step-form.js';
import type { FormError } from './portalkit-element.js';
import { StepElement, type StepForm, type StepSetup } from './step-element.js';

/** The steps of every protected form: `step` attribute and `pk-<flow>-step` event. */
export type ProtectedStep = 'form' | 'review' | 'approve' | 'done';

/**
 * What a protected form shows (`state`): `loading` what is on file, then the form's and the
 * review's phases (`idle` while `<pk-approve>` is shown), `success` once the change is made.
 */
export type ProtectedState = 'loading' | 'idle' | 'busy' | 'error' | 'success';

/** What is on file is loading (`busy`) or could not be loaded (`error`, with a retry). */
export type LoadView = StepForm<'loading'>;
/** `marked`: inputs marked invalid beyond the fields the errors name (the parts of a date). */
export type FormView = StepForm<'form'> & { marked?: readonly string[] };
export type ReviewView = StepForm<'review'>;
/** `status`: the approval's status as `<pk-approve>` reported it. */
export type ApproveView = {
  is: 'approve';
  approval: ApprovalView;
  status: ApprovalStatus;
};
export type DoneView = { is: 'done'; approval: ApprovalView };

export type ProtectedFormView = LoadView | FormView | ReviewView;
export type ProtectedView = ProtectedFormView | ApproveView | DoneView;

export const formView = (): FormView => ({
  is: 'form',
  phase: 'idle',
  errors: [],
});
const loadView = (): LoadView => ({ is: 'loading', phase: 'busy', errors: [] });
const reviewView = (): ReviewView => ({
  is: 'review',
  phase: 'idle',
  errors: [],
});

/** What a form's check of its fields gives: the request, or one error per field and cause. */
export interface Checked<I> {
  input?: I | undefined;
  errors: FormError[];
  marked?: readonly string[];
}

/** What a protected form brings besides its fields: its events, words and wording of errors. */
export interface ProtectedSetup<C> extends Omit<
  StepSetup<C, ProtectedView, ProtectedFormView>,
  'busyText' | 'passkeyCancelled' | 'wording'
> {
  /** The heading of the view shown when what is on file cannot be loaded. */
  loadFailed: PlainKey;
  /** The review table's caption: `Neue Anschrift`. */
  reviewTitle: PlainKey;
  /** The element's `pk-<flow>-complete` event class, once the approved change is made. */
  completeEvent: new (detail: { approval: ApprovalView }) => Event;
  /** Other words than the general ones for some codes. */
  wording?: ErrorWording;
}

/**
 * @summary What every protected form shares (`<pk-address-change>`, `<pk-bank-details>`): what is
 * on file loaded first, the form validated on submit, a review of old beside new with "Ändern"
 * back to the form (values kept), the change sent and answered with a pending approval,
 * `<pk-approve>` inline with that approval (given the form's client, whose approval calls it
 * uses), and the form's done step once it is approved.
 *
 * A form states its fields (`renderForm`, `check`), its review lines, its done step, its words
 * and its two client calls (`load`, `send`); the steps, errors, focus and events are here. The
 * change is made by the server from what it stored when it was sent, once the member approved
 * exactly that (issue 20), so the form never sends it twice.
 *
 * @attr step - The current step (read only): `form`, `review`, `approve`, `done`; absent while
 *   what is on file loads.
 */
export abstract class ProtectedForm<C extends ApproveClient, Current, Input> extends StepElement<
  C,
  ProtectedView,
  ProtectedFormView
> {
  protected view: ProtectedView = loadView();
  /** What is on file, once loaded (`null`: nothing). */
  protected current?: Current;
  /** The change as last checked and sent. */
  protected input?: Input;
  readonly #setup: ProtectedSetup<C>;

  constructor(setup: ProtectedSetup<C>) {
    const own = setup.wording ?? {};
    super({
      ...setup,
      terms: {
        de: { ...protectedFormDe, ...setup.terms.de },
        en: { ...protectedFormEn, ...setup.terms.en },
      },
      styles: [protectedFormStyles, ...setup.styles],
      wording: wording('protectedForm.unavailable', {
        ...Object.fromEntries(
          notSignedInFormCodes.map((code) => [code, 'protectedForm.unavailable']),
        ),
        ...own,
      }),
      passkeyCancelled: 'protectedForm.unavailable',
      busyText: (view) =>
        view.is === 'loading' ? 'protectedForm.loadBusy' : 'protectedForm.sendBusy',
    });
    this.#setup = setup;
  }

  override get state(): ProtectedState {
    const view = this.view;
    if (view.is === 'approve') return 'idle';
    if (view.is === 'done') return 'success';
    return view.is === 'loading' && view.phase === 'busy' ? 'loading' : view.phase;
  }

  override get step(): ProtectedStep | undefined {
    return this.view.is === 'loading' ? undefined : this.view.is;
  }

  /** What is on file, as the server has it (`null`: nothing). */
  protected abstract load(client: C, signal: AbortSignal): Promise<Current>;
  /** Sends the change; the answer is the approval it waits for. */
  protected abstract send(client: C, input: Input, signal: AbortSignal): Promise<ApprovalPending>;
  /** Checks what the member entered (`values`), on submit. */
  protected abstract check(values: Readonly<Record<string, string>>): Checked<Input>;
  /** The form: what is on file, then the fields. */
  protected abstract renderForm(kit: StepKit, view: FormView, current: Current): unknown;
  /** What changes, from what to what, in the review. */
  protected abstract reviewLines(current: Current, input: Input): ReviewLine[];
  /** The change is made: what it is now, and what the member hears of it. */
  protected abstract renderDone(kit: StepKit, input: Input): unknown;

  protected override clientAttached(): void {
    if (this.view.is === 'loading') this.#load();
  }

  protected override clientDetached(client: C): void {
    super.clientDetached(client);
    // A request left unanswered: the same step again, to press once more.
    const view = this.view;
    if ('phase' in view && view.phase === 'busy' && view.is !== 'loading') {
      this.view = { ...view, phase: 'idle' };
    }
  }

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    const current = this.current;
    const input = this.input;
    switch (view.is) {
      case 'loading':
        return loadStep(this.kit(view), this.#setup.loadFailed, () => this.#load());
      case 'form':
        return current === undefined
          ? nothing
          : html`${this.renderForm(this.kit(view), view, current)}`;
      case 'review':
        return current === undefined || input === undefined
          ? nothing
          : reviewStep(this.kit(view), this.#setup.reviewTitle, this.reviewLines(current, input));
      case 'approve':
        return approveStep(this.kit(), {
          approve: inlineApprove({
            approval: view.approval,
            client: this.activeClient,
            complete: (approval) => this.#approved(approval),
            status: (status) => this.#approvalStatus(status),
            error: (code) => this.dispatchEvent(new this.#setup.errorEvent({ code })),
          }),
          again:
            view.status === 'pending' || view.status === 'approved'
              ? undefined
              : () => this.go(formView()),
        });
      case 'done':
        return input === undefined
          ? nothing
          : html`<div part="step">${this.renderDone(this.kit(), input)}</div>`;
    }
  }

  protected submitStep(form: HTMLFormElement): void {
    const view = this.view;
    if (view.is === 'form') this.#check(form);
    else if (view.is === 'review') this.#send();
  }

  /** "Ändern" on the review: the form again, every value kept. */
  protected secondaryStep(): void {
    if (this.state !== 'busy' && this.view.is === 'review') this.go(formView());
  }

  #load(): void {
    this.run(
      loadView(),
      (client, signal) => this.load(client, signal),
      (current) => {
        this.current = current;
        // The first step appears in place of the loading text; focus stays where the member is.
        this.status = undefined;
        this.view = formView();
      },
    );
  }

  #check(form: HTMLFormElement): void {
    this.read(form);
    const { input, errors, marked } = this.check(this.values);
    if (!input) return this.fail({ ...formView(), errors, marked }, 'VALIDATION_FAILED');
    this.input = input;
    this.go(reviewView());
  }

  #send(): void {
    const input = this.input;
    if (input === undefined) return this.go(formView());
    this.run(
      reviewView(),
      (client, signal) => this.send(client, input, signal),
      ({ approval }) => this.go({ is: 'approve', approval, status: approval.status }),
      (error) => this.#refused(error),
    );
  }

  /** The server found a field invalid: the form again, the field named. */
  #refused(error: ClientError): FormView | undefined {
    if (error.code !== 'VALIDATION_FAILED') return undefined;
    return {
      ...formView(),
      errors: [{ message: ['error.VALIDATION_FAILED'] }],
    };
  }

  #approvalStatus(status: ApprovalStatus): void {
    const view = this.view;
    if (view.is === 'approve') this.view = { ...view, status };
  }

  #approved(approval: ApprovalView): void {
    if (this.view.is !== 'approve') return;
    this.go({ is: 'done', approval });
    this.dispatchEvent(new this.#setup.completeEvent({ approval }));
  }
}
