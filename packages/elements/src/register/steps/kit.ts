import { html, nothing, type TemplateResult } from 'lit';
import type { FormError } from '../../base/portalkit-element.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { PlainKey } from '../../i18n/messages.js';
import { describedBy, field } from '../../parts/field.js';
import type { FieldProblemKey, FieldProblems } from '../pk-register.terms.js';

/** What every step's template needs from `<pk-register>`. */
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
  /** The step's second button ("Zurück", "Später", "Ohne Passkey weiter"). */
  onSecondary: () => void;
}

export interface StepFormOptions {
  /** 1 to 5, for "Schritt 2 von 5". */
  number: number;
  heading: PlainKey;
  body: unknown;
  submit: PlainKey;
  /** The second button's text, if the step has one. */
  secondary?: PlainKey;
}

/** The step's heading, which takes focus when the step appears, with "Schritt 2 von 5" in it. */
export const stepHeading = (kit: StepKit, number: number, heading: PlainKey): TemplateResult =>
  html`<h2 part="heading" id=${kit.id('heading')} tabindex="-1">
    <span part="progress">${kit.term('register.progress', number, 5)}</span>
    ${kit.term(heading)}
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
    ${kit.summary} ${stepHeading(kit, options.number, options.heading)} ${options.body}
    <button type="submit" part="submit">${term(busy ?? options.submit)}</button>
    ${
      options.secondary
        ? html`<button type="button" part="secondary-action" @click=${kit.onSecondary}>
            ${term(options.secondary)}
          </button>`
        : nothing
    }
  </form>`;
}

/** The fields of the steps, whose label and hint are `register.<name>Label` and `…Hint`. */
export type FieldName = 'kvnr' | 'postcode' | 'email' | 'cardNumber' | 'code';

export interface TextInputOptions {
  type?: 'text' | 'email';
  autocomplete?: string;
  inputmode?: 'numeric';
  autocapitalize?: 'characters' | 'none';
}

/** A labelled text field that keeps what was entered, with its hint and error above it. */
export function textInput(
  kit: StepKit,
  name: FieldName,
  options: TextInputOptions = {},
): TemplateResult {
  const id = kit.id(name);
  const hint = kit.term(`register.${name}Hint`);
  const error = kit.fieldError(name);
  return field({
    id,
    label: kit.term(`register.${name}Label`),
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

/** The KVNR, asked for in steps 1 and 2 (the same value, kept between them). */
export const kvnrInput = (kit: StepKit): TemplateResult =>
  textInput(kit, 'kvnr', { autocapitalize: 'characters' });

/** A paragraph of the step's text; `note` for a remark set apart (the code from the letter). */
export const paragraph = (kit: StepKit, key: PlainKey, note?: boolean): TemplateResult =>
  html`<p part=${note ? 'note' : nothing}>${kit.term(key)}</p>`;

type Parsed<P extends string> = { ok: true; value: string } | { ok: false; problem: P };

/**
 * Checks fields on submit, in the order given: their values by name when every one is valid,
 * else one error per invalid field naming its cause (`register.<field>.<cause>`, UX.md "Errors").
 */
export function checkFields<F extends keyof FieldProblems>(results: {
  [K in F]?: Parsed<FieldProblems[K]>;
}): { values?: Record<F, string>; errors: FormError[] } {
  const values = {} as Record<F, string>;
  const errors: FormError[] = [];
  for (const [field, result] of Object.entries(results) as [F, Parsed<FieldProblems[F]>][]) {
    if (result.ok) values[field] = result.value;
    else
      errors.push({ field, message: [`register.${field}.${result.problem}` as FieldProblemKey] });
  }
  return errors.length > 0 ? { errors } : { values, errors };
}
