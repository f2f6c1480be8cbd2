import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { PlainKey } from '../../i18n/messages.js';
import { describedBy, field } from '../../parts/field.js';

/** What every step's template needs from `<pk-register>`. */
export interface StepKit {
  localize: LocalizeController;
  /** An id unique on the page for one of the element's controls. */
  id: (name: string) => string;
  /** What the member entered so far, by field name (kept across steps, never stored). */
  values: Record<string, string>;
  /** The error summary when the step shows errors. */
  summary: TemplateResult | typeof nothing;
  /** The error shown above a field, if it has one. */
  fieldError: (name: string) => string | undefined;
  busy: boolean;
  /** Keeps what the member types in `values`. */
  onInput: (event: Event) => void;
}

export interface StepFormOptions {
  /** 1 to 5, for "Schritt 2 von 5". */
  number: number;
  heading: PlainKey;
  body: TemplateResult | TemplateResult[];
  /** The submit button's text, and its text while busy. */
  submit: PlainKey;
  busyText?: PlainKey;
  onSubmit: (form: HTMLFormElement) => void;
  /** A second button: "Zurück", "Später". */
  secondary?: { label: PlainKey; onClick: () => void };
}

export const stepCount = 5;

/** The step's heading, which takes focus when the step appears, with "Schritt 2 von 5" in it. */
export function stepHeading(kit: StepKit, number: number, heading: PlainKey): TemplateResult {
  const { localize } = kit;
  return html`<h2 part="heading" id=${kit.id('heading')} tabindex="-1">
    <span part="progress">${localize.term('register.progress', number, stepCount)}</span>
    ${localize.term(heading)}
  </h2>`;
}

/**
 * One step as a form (validated on submit only): error summary, heading, the step's content, the
 * submit button and an optional second button. A second submit while busy is left to the handler.
 */
export function stepForm(kit: StepKit, options: StepFormOptions): TemplateResult {
  const term = (key: PlainKey) => kit.localize.term(key);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    options.onSubmit(event.currentTarget as HTMLFormElement);
  };
  return html`<form
    part="step form"
    method="post"
    action=""
    novalidate
    aria-labelledby=${kit.id('heading')}
    aria-busy=${kit.busy ? 'true' : nothing}
    @submit=${submit}
    @input=${kit.onInput}
  >
    ${kit.summary} ${stepHeading(kit, options.number, options.heading)} ${options.body}
    <button type="submit" part="submit">
      ${term(kit.busy && options.busyText ? options.busyText : options.submit)}
    </button>
    ${
      options.secondary
        ? html`<button type="button" part="secondary-action" @click=${options.secondary.onClick}>
            ${term(options.secondary.label)}
          </button>`
        : nothing
    }
  </form>`;
}

export interface TextInputOptions {
  name: string;
  label: PlainKey;
  hint?: PlainKey;
  type?: 'text' | 'email';
  autocomplete?: string;
  inputmode?: 'numeric' | 'email';
  autocapitalize?: 'characters' | 'none';
}

/** A labelled text field that keeps what was entered, with its hint and error above it. */
export function textInput(kit: StepKit, options: TextInputOptions): TemplateResult {
  const { name } = options;
  const id = kit.id(name);
  const hint = options.hint && kit.localize.term(options.hint);
  const error = kit.fieldError(name);
  return field({
    id,
    label: kit.localize.term(options.label),
    hint,
    error,
    errorPrefix: kit.localize.term('common.errorPrefix'),
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
      aria-describedby=${describedBy(id, { hint, error }) || nothing}
      .value=${kit.values[name] ?? ''}
    />`,
  });
}

/** The KVNR, asked for in steps 1 and 2 (the same value, kept between them). */
export const kvnrInput = (kit: StepKit): TemplateResult =>
  textInput(kit, {
    name: 'kvnr',
    label: 'register.kvnrLabel',
    hint: 'register.kvnrHint',
    autocapitalize: 'characters',
  });

/** A paragraph of the step's text. */
export const paragraph = (kit: StepKit, key: PlainKey): TemplateResult =>
  html`<p>${kit.localize.term(key)}</p>`;
