import type { ErrorCode } from '@portalkit/protocol';
import { nothing, type PropertyValues } from 'lit';
import type { ClientError } from '../client/client-error.js';
import { TaskRunner } from '../controllers/task-runner.js';
import { errorMessage, type ErrorWording } from '../i18n/error-message.js';
import type { Message, PlainKey } from '../i18n/messages.js';
import type { StepKit } from '../parts/step-form.js';
import { PortalkitElement, type ElementSetup, type FormError } from './portalkit-element.js';

/** A step with a form: idle, busy while its request runs, or showing errors. */
export type StepPhase = 'idle' | 'busy' | 'error';

/** What a step with a form shows: its name (`is`, the `step` attribute), phase and errors. */
export type StepForm<S extends string> = {
  is: S;
  phase: StepPhase;
  errors: FormError[];
};

/** The current step's name: what `view.is` says, once the element knows where to start. */
export type StepName<V extends { is: string }> = Exclude<V['is'], 'loading'>;

/** The `state` of an element in steps: its step's phase, `success` without a form, `loading`. */
export type StepState<V extends { is: string }> =
  StepPhase | 'success' | Extract<V['is'], 'loading'>;

/** What an element in steps adds to `ElementSetup`: its events, words and busy texts. */
export interface StepSetup<
  C,
  V extends { is: string },
  F extends StepForm<string>,
> extends ElementSetup<C> {
  /** The element's `pk-<flow>-step` event class. */
  stepEvent: new (detail: { step: StepName<V> }) => Event;
  /** The element's `pk-<flow>-error` event class. */
  errorEvent: new (detail: { code: ErrorCode }) => Event;
  /** The element's own words for some error codes (`wording(...)`). */
  wording: ErrorWording;
  /** The calm status after the member closed a passkey prompt. */
  passkeyCancelled: PlainKey;
  /** What a step says while its request runs, on its button and in the status region. */
  busyText: (view: F) => PlainKey;
}

/**
 * @summary What every element in steps shares (`<pk-register>`, `<pk-forgot-password>`): one form
 * per step validated on submit, the values entered kept across steps (never stored, never a
 * password), each step's request run one at a time, errors with a focused summary, and focus on
 * a new step's heading.
 *
 * An element states its steps: `view` (steps with a form are `StepForm`s), `renderView()` with
 * one `switch` calling its step templates with `kit(view)`, `submitStep(form)` for the main
 * button and `secondaryStep()` for the second one; its handlers call `run`, `fail` and `go`.
 *
 * @attr step - The current step (read only); absent while the element finds out where to start.
 */
export abstract class StepElement<
  C extends object,
  V extends { is: string },
  F extends V & StepForm<string>,
> extends PortalkitElement<C, V> {
  /** What the member entered, by field name: kept across steps, never stored. */
  protected readonly values: Record<string, string> = {};
  /** Whether the member typed anything since the element appeared. */
  protected edited = false;
  /** Runs the steps' requests, one at a time; `abort()` drops the running one's outcome. */
  protected readonly task = new TaskRunner();
  readonly #setup: StepSetup<C, V, F>;
  #shownStep?: StepName<V> | undefined;

  constructor(setup: StepSetup<C, V, F>) {
    super(setup);
    this.#setup = setup;
  }

  /** `success` on a step without a form, `loading` before the first step. */
  override get state(): StepState<V> {
    const view = this.view;
    if ('phase' in view) return (view as F).phase;
    return (view.is === 'loading' ? 'loading' : 'success') as StepState<V>;
  }

  /** The current step; `undefined` while the element finds out where to start. */
  get step(): StepName<V> | undefined {
    return this.view.is === 'loading' ? undefined : (this.view.is as StepName<V>);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const step = this.step;
    if (!step) this.removeAttribute('step');
    else if (this.getAttribute('step') !== step) this.setAttribute('step', step);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const step = this.step;
    if (step === this.#shownStep) return;
    this.#shownStep = step;
    if (step) this.dispatchEvent(new this.#setup.stepEvent({ step }));
  }

  protected override clientDetached(_client: C): void {
    this.task.abort();
  }

  /** The step's main button, unless its request runs (a second press is ignored, UX.md). */
  protected abstract submitStep(form: HTMLFormElement): void;

  /** The step's second button ("Zurück", "Später", "Anderen Weg wählen"). */
  protected abstract secondaryStep(): void;

  /** What the main button says while `view` is busy; the status region says `busyText`. */
  protected busyLabel(view: F): PlainKey | undefined {
    return this.#setup.busyText(view);
  }

  /** What the step templates need; `derived`: errors made at render, in the current language. */
  protected kit(view?: F, derived: FormError[] = []): StepKit {
    const errors = [...derived, ...(view?.errors ?? [])];
    return {
      term: this.localize.term.bind(this.localize),
      id: (name) => this.fieldId(name),
      values: this.values,
      summary: errors.length > 0 ? this.summary(errors) : nothing,
      fieldError: (name) => this.fieldError(errors, name),
      busy: view?.phase === 'busy' ? this.busyLabel(view) : undefined,
      onInput: (event) => {
        const input = event.target as HTMLInputElement;
        if (input.name && input.name !== 'password') this.values[input.name] = input.value;
        this.edited = true;
      },
      onSubmit: (form) => {
        if (this.state !== 'busy') this.submitStep(form);
      },
      onSecondary: () => this.secondaryStep(),
    };
  }

  /**
   * Runs a step's request: `busy` (default `view`) shown with its text on the button and in the
   * status region, then `complete`. A stopped request or a closed passkey prompt shows `view`
   * again (the latter with a calm status); a refusal shows the view `refused` gives for it, else
   * `view` with the general message.
   */
  protected run<T>(
    view: F,
    work: (client: C, signal: AbortSignal) => Promise<T>,
    complete: (value: T) => void,
    refused?: (error: ClientError) => F | undefined,
    busy: F = view,
  ): void {
    const client = this.activeClient;
    this.status = [this.#setup.busyText(busy)] as Message;
    this.view = { ...busy, phase: 'busy', errors: [] };
    this.task.run((signal) => work(client, signal), {
      complete,
      error: (error) => {
        if (error.aborted || error.code === 'PASSKEY_CANCELLED') {
          // Stopped by the page: nothing to tell. A closed passkey prompt is not an alarm: a
          // calm status, and the same button again.
          this.view = view;
          this.status = error.aborted ? undefined : ([this.#setup.passkeyCancelled] as Message);
          return;
        }
        const errors = [{ message: errorMessage(error, this.#setup.wording) }];
        this.fail(refused?.(error) ?? { ...view, errors }, error.code);
      },
    });
  }

  /** Shows a step with its errors: summary focused, the element's error event fired. */
  protected fail(view: F, code: ErrorCode): void {
    void this.showError({ ...view, phase: 'error' }, new this.#setup.errorEvent({ code }));
  }

  /** Shows another step and moves focus to its heading (UX.md "Language, focus, layout"). */
  protected go(view: V): void {
    this.status = undefined;
    this.view = view;
    void this.focusAfterUpdate('[part~=heading]');
  }

  /** Keeps the form's values (not a password) and reads them by name. */
  protected read(form: HTMLFormElement): (name: string) => string {
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && name !== 'password') this.values[name] = value;
    }
    return (name) => this.values[name] ?? '';
  }
}
