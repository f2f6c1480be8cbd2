import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorId, hintId } from './field.js';

export interface Choice {
  value: string;
  label: string;
  hint?: string | undefined;
}

export interface ChoicesOptions {
  /** The first radio button's id, so a summary link to the group reaches it. */
  id: string;
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Read before the error text by screen readers ("Fehler:"). */
  errorPrefix: string;
  choices: readonly Choice[];
  /** The value chosen before, if any: none is chosen beforehand otherwise. */
  checked?: string | undefined;
}

/**
 * One choice of several as a radio group in a fieldset (GOV.UK radios): a legend, the group's
 * hint and error above the choices, each choice with its own hint, none chosen beforehand.
 */
export function choices(options: ChoicesOptions): TemplateResult {
  const { id, error, hint } = options;
  return html`<fieldset
    part="field"
    aria-describedby=${describedBy(id, { hint, error }) || nothing}
  >
    <legend part="label">${options.legend}</legend>
    ${hint ? html`<div part="hint" id=${hintId(id)}>${hint}</div>` : nothing}
    ${
      error
        ? html`<p part="error" id=${errorId(id)}>
            <span class="pk-visually-hidden">${options.errorPrefix}</span>
            ${error}
          </p>`
        : nothing
    }
    <div part="choices">
      ${options.choices.map((choice, index) => {
        const choiceId = index === 0 ? id : `${id}-${choice.value}`;
        return html`<div part="choice">
          <input
            part="radio"
            id=${choiceId}
            type="radio"
            name=${options.name}
            value=${choice.value}
            aria-describedby=${choice.hint ? hintId(choiceId) : nothing}
            aria-invalid=${error ? 'true' : nothing}
            .checked=${options.checked === choice.value}
          />
          <label part="label" for=${choiceId}>${choice.label}</label>
          ${choice.hint ? html`<div part="hint" id=${hintId(choiceId)}>${choice.hint}</div>` : nothing}
        </div>`;
      })}
    </div>
  </fieldset>`;
}
