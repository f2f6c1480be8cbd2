import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorId, hintId } from './field.js';

export type DatePart = 'day' | 'month' | 'year';

export interface DateFieldOptions {
  /**
   * The day input's id, so a summary link to the date reaches its first field; the other inputs,
   * the hint and the error derive theirs from it.
   */
  id: string;
  legend: string;
  hint: string;
  labels: Record<DatePart, string>;
  values: Partial<Record<DatePart, string>>;
  error?: string | undefined;
  errorPrefix: string;
  /** The parts marked invalid (all of them when the error is about the whole date). */
  invalid: readonly DatePart[];
  /** `bday` for a date of birth: `bday-day`, `bday-month`, `bday-year`. */
  autocomplete?: string;
}

const parts: readonly DatePart[] = ['day', 'month', 'year'];

/**
 * A date as three labelled text fields in one fieldset with a legend and an example (GOV.UK date
 * input, UX.md "Addresses, dates"): numbers only, no picker, each part with its autocomplete token.
 */
export function dateField(options: DateFieldOptions): TemplateResult {
  const { id, error } = options;
  return html`<fieldset part="field" aria-describedby=${describedBy(id, options)}>
    <legend part="label">${options.legend}</legend>
    <div part="hint" id=${hintId(id)}>${options.hint}</div>
    ${
      error
        ? html`<p part="error" id=${errorId(id)}>
            <span class="pk-visually-hidden">${options.errorPrefix}</span> ${error}
          </p>`
        : nothing
    }
    <div class="pk-date">
      ${parts.map((name) => {
        const inputId = name === 'day' ? id : `${id}-${name}`;
        return html`<div>
          <label for=${inputId}>${options.labels[name]}</label>
          <input
            part="input"
            id=${inputId}
            name=${name}
            type="text"
            inputmode="numeric"
            autocomplete=${options.autocomplete ? `${options.autocomplete}-${name}` : nothing}
            aria-invalid=${options.invalid.includes(name) ? 'true' : nothing}
            .value=${options.values[name] ?? ''}
          />
        </div>`;
      })}
    </div>
  </fieldset>`;
}
