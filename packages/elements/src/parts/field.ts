import { html, nothing, type TemplateResult } from 'lit';

export interface FieldOptions {
  /** The control's id; the hint and error ids derive from it. */
  id: string;
  label: string;
  /** Text, or markup such as the list of a new password's rules. */
  hint?: string | TemplateResult | undefined;
  error?: string | undefined;
  /** Read before the error text by screen readers ("Fehler:"). */
  errorPrefix: string;
  control: TemplateResult;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The ids a control's `aria-describedby` lists: its error first (heard first), then its hint. */
export function describedBy(id: string, options: { hint?: unknown; error?: unknown }): string {
  return [options.error ? errorId(id) : '', options.hint ? hintId(id) : '']
    .filter(Boolean)
    .join(' ');
}

/** Label, hint, error (above the control, as GOV.UK and KERN place it) and the control. */
export function field({
  id,
  label,
  hint,
  error,
  errorPrefix,
  control,
}: FieldOptions): TemplateResult {
  return html`<div part="field">
    <label part="label" for=${id}>${label}</label>
    ${hint ? html`<div part="hint" id=${hintId(id)}>${hint}</div>` : nothing}
    ${
      error
        ? html`<p part="error" id=${errorId(id)}>
            <span class="pk-visually-hidden">${errorPrefix}</span> ${error}
          </p>`
        : nothing
    }
    ${control}
  </div>`;
}
