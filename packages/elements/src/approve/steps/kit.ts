import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { PlainKey } from '../../i18n/messages.js';

/**
 * What the view templates need from `<pk-approve>`: the shape of the step elements' kit
 * (`parts/step-form.ts`) without its text fields, which no view here has.
 */
export interface ApproveKit {
  /** A term in the element's language. */
  term: LocalizeController['term'];
  /** An id unique on the page for one of the element's controls. */
  id: (name: string) => string;
  /** The number picked on the phone, by field name. */
  values: Record<string, string>;
  /** The error summary when the view shows errors. */
  summary: TemplateResult | typeof nothing;
  /** The error shown above a field, if it has one. */
  fieldError: (name: string) => string | undefined;
  /** While the view's request runs, what it says it does (on its button and in the status). */
  busy?: PlainKey | undefined;
  onInput: (event: Event) => void;
  /** The phone's "Weiter". */
  onSubmit: (form: HTMLFormElement) => void;
}

/** The view's heading, which takes focus when the view appears. */
export const heading = (kit: ApproveKit, text: string): TemplateResult =>
  html`<h2 part="heading" id=${kit.id('heading')} tabindex="-1">${text}</h2>`;

/** A paragraph of the view's text; `note` for a remark set apart. */
export const paragraph = (kit: ApproveKit, key: PlainKey, note?: boolean): TemplateResult =>
  html`<p part=${note ? 'note' : nothing}>${kit.term(key)}</p>`;
