import { html, nothing, type TemplateResult } from 'lit';
import type { FormError } from '../base/portalkit-element.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { Message, PlainKey } from '../i18n/messages.js';
import { describedBy, field } from './field.js';

/**
 * What every step's template needs from an element in steps (`<pk-register>`,
 * `<pk-forgot-password>`): one form per step, validated on submit, its heading taking focus.
 */
export interface StepKit {
  /** A term in the element's language. */
  term: LocalizeController['term'];
  /** An id unique on the page for one of the element's controls. */
  id: (name: string) => string;
  /** What the member entered so far, by field name (kept across steps, never stored). */
  values: Record<string, string>;
  /** The error summary when the step shows errors. */
  summary: TemplateResult | typeof nothing;
  /** The error shown above a field, if it has one. */
  fieldError: (name: string) => string | undefined;
  /** While the step's request runs, what it says it does (on its button and in the status). */
  busy?: PlainKey | undefined;
  /** Keeps what the member types in `values`. */
  onInput: (event: Event) => void;
  /** The step's main button: the element knows from its step what it does. */
  onSubmit: (form: HTMLFormElement) => void;
  /** The step's second button ("Zurück", "Später", "Anderen Weg wählen"). */
  onSecondary: () => void;
}

export interface StepFormOptions {
  heading: PlainKey;
  /** Where the step is in a fixed order ("Schritt 2 von 5"), shown in the heading. */
  progress?: TemplateResult | undefined;
  body: unknown;
  submit: PlainKey;
  /** The second button's text, if the step has one. */
  secondary?: PlainKey | undefined;
  /** More ways on, after the buttons (links, a countdown). */
  more?: unknown;
}

/** The step's heading, which takes focus when the step appears, with its progress in it. */
export const stepHeading = (
  kit: StepKit,
  heading: PlainKey,
  progress?: TemplateResult,
): TemplateResult =>
  html`<h2 part="heading" id=${kit.id('heading')} tabindex="-1">
    ${progress ?? nothing} ${kit.term(heading)}
  </h2>`;

/**
 * One step as a form (validated on submit only): error summary, heading, the step's content, the
 * submit button and an optional second button. A second submit while busy is left to the handler.
 */
export function stepForm(kit: StepKit, options: StepFormOptions): TemplateResult {
  const { term, busy } = kit;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    kit.onSubmit(event.currentTarget as HTMLFormElement);
  };
  return html`<form
    part="step form"
    method="post"
    action=""
    novalidate
    aria-labelledby=${kit.id('heading')}
    aria-busy=${busy ? 'true' : nothing}
    @submit=${submit}
    @input=${kit.onInput}
  >
    ${kit.summary} ${stepHeading(kit, options.heading, options.progress)} ${options.body}
    <button type="submit" part="submit">${term(busy ?? options.submit)}</button>
    ${
      options.secondary
        ? html`<button type="button" part="secondary-action" @click=${kit.onSecondary}>
            ${term(options.secondary)}
          </button>`
        : nothing
    }
    ${options.more ?? nothing}
  </form>`;
}

export interface TextInputOptions {
  label: PlainKey;
  hint?: PlainKey | undefined;
  type?: 'text' | 'email';
  autocomplete?: string;
  inputmode?: 'numeric';
  autocapitalize?: 'characters' | 'none';
}

/** A labelled text field that keeps what was entered, with its hint and error above it. */
export function textInput(kit: StepKit, name: string, options: TextInputOptions): TemplateResult {
  const id = kit.id(name);
  const hint = options.hint && kit.term(options.hint);
  const error = kit.fieldError(name);
  return field({
    id,
    label: kit.term(options.label),
    hint,
    error,
    errorPrefix: kit.term('common.errorPrefix'),
    control: html`<input
      part="input"
      id=${id}
      name=${name}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete ?? nothing}
      inputmode=${options.inputmode ?? nothing}
      autocapitalize=${options.autocapitalize ?? nothing}
      spellcheck="false"
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy(id, { hint, error })}
      .value=${kit.values[name] ?? ''}
    />`,
  });
}

/** A paragraph of the step's text; `note` for a remark set apart (the code from the letter). */
export const paragraph = (kit: StepKit, key: PlainKey, note?: boolean): TemplateResult =>
  html`<p part=${note ? 'note' : nothing}>${kit.term(key)}</p>`;

export type Parsed<P extends string> = { ok: true; value: string } | { ok: false; problem: P };

/**
 * Checks fields on submit, in the order given: their values by name when every one is valid,
 * else one error per invalid field naming its cause (`message`, UX.md "Errors").
 */
export function checkFields<F extends string, P extends string>(
  results: { [K in F]?: Parsed<P> },
  message: (field: F, problem: P) => Message,
): { values?: Record<F, string>; errors: FormError[] } {
  const values = {} as Record<F, string>;
  const errors: FormError[] = [];
  for (const [field, result] of Object.entries(results) as [F, Parsed<P>][]) {
    if (result.ok) values[field] = result.value;
    else errors.push({ field, message: message(field, result.problem) });
  }
  return errors.length > 0 ? { errors } : { values, errors };
}
