import { html, type TemplateResult } from 'lit';
import type { FormError } from '../../base/portalkit-element.js';
import type { PlainKey } from '../../i18n/messages.js';
import {
  checkFields as check,
  stepForm as form,
  stepHeading as heading,
  textInput as input,
  type Parsed,
  type StepKit,
  type TextInputOptions,
} from '../../parts/step-form.js';
import type { FieldProblemKey, FieldProblems } from '../pk-register.terms.js';

// The shared step templates (parts/step-form.ts) in registration's words: "Schritt 2 von 5" in
// each heading, each field's label, hint and errors under `register.<field>…`.
export { paragraph, type StepKit } from '../../parts/step-form.js';

export interface StepFormOptions {
  /** 1 to 5, for "Schritt 2 von 5". */
  number: number;
  heading: PlainKey;
  body: unknown;
  submit: PlainKey;
  /** The second button's text, if the step has one. */
  secondary?: PlainKey;
}

const progress = (kit: StepKit, number: number) =>
  html`<span part="progress">${kit.term('register.progress', number, 5)}</span>`;

/** The step's heading, which takes focus when the step appears, with "Schritt 2 von 5" in it. */
export const stepHeading = (kit: StepKit, number: number, key: PlainKey): TemplateResult =>
  heading(kit, key, progress(kit, number));

/** One step of registration as a form (parts/step-form.ts), numbered. */
export const stepForm = (kit: StepKit, { number, ...options }: StepFormOptions): TemplateResult =>
  form(kit, { ...options, progress: progress(kit, number) });

/** The fields of the steps, whose label and hint are `register.<name>Label` and `…Hint`. */
export type FieldName = 'kvnr' | 'postcode' | 'email' | 'cardNumber' | 'code';

/** A labelled text field that keeps what was entered, with its hint and error above it. */
export const textInput = (
  kit: StepKit,
  name: FieldName,
  options: Omit<TextInputOptions, 'label' | 'hint'> = {},
): TemplateResult =>
  input(kit, name, { ...options, label: `register.${name}Label`, hint: `register.${name}Hint` });

/** The KVNR, asked for in steps 1 and 2 (the same value, kept between them). */
export const kvnrInput = (kit: StepKit): TemplateResult =>
  textInput(kit, 'kvnr', { autocapitalize: 'characters' });

/**
 * Checks fields on submit, in the order given: their values by name when every one is valid,
 * else one error per invalid field naming its cause (`register.<field>.<cause>`, UX.md "Errors").
 */
export function checkFields<F extends keyof FieldProblems>(results: {
  [K in F]?: Parsed<FieldProblems[K]>;
}): { values?: Record<F, string>; errors: FormError[] } {
  return check<F, FieldProblems[F]>(results, (field, problem) => [
    `register.${field}.${problem}` as FieldProblemKey,
  ]);
}
