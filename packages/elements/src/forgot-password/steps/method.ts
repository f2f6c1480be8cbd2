import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorId, hintId } from '../../parts/field.js';
import { paragraph, stepForm, type StepKit } from '../../parts/step-form.js';
import type { ResetMethod } from '../pk-forgot-password.views.js';

export interface MethodStepOptions {
  /** The ways offered, the same for every member whatever their account has (issue 19). */
  methods: readonly ResetMethod[];
  /** The site offers passkeys but this browser has none: the step says why it hides them. */
  passkeyUnsupported: boolean;
  /** "Zurück" to the identifier. */
  onBack: () => void;
}

/**
 * The ways as one radio group in a fieldset (GOV.UK radios): a legend, each way with its hint,
 * the group's error above the choices, none chosen beforehand.
 */
function methodChoices(kit: StepKit, methods: readonly ResetMethod[]): TemplateResult {
  const id = kit.id('method');
  const error = kit.fieldError('method');
  return html`<fieldset part="field" aria-describedby=${describedBy(id, { error }) || nothing}>
    <legend part="label">${kit.term('forgotPassword.methodLegend')}</legend>
    ${
      error
        ? html`<p part="error" id=${errorId(id)}>
            <span class="pk-visually-hidden">${kit.term('common.errorPrefix')}</span> ${error}
          </p>`
        : nothing
    }
    <div part="choices">
      ${methods.map((method, index) => {
        // The first choice has the group's id, so the summary's link reaches the group.
        const choiceId = index === 0 ? id : `${id}-${method}`;
        return html`<div part="choice">
          <input
            part="radio"
            id=${choiceId}
            type="radio"
            name="method"
            value=${method}
            aria-describedby=${hintId(choiceId)}
            aria-invalid=${error ? 'true' : nothing}
            .checked=${kit.values['method'] === method}
          />
          <label part="label" for=${choiceId}>${kit.term(`forgotPassword.method.${method}`)}</label>
          <div part="hint" id=${hintId(choiceId)}>
            ${kit.term(`forgotPassword.method.${method}Hint`)}
          </div>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

/**
 * Step 2: a code by e-mail, SMS or letter, or the passkey. Its second button goes to the code for
 * a member who already has one (from a letter, or an e-mail sent before).
 */
export const methodStep = (kit: StepKit, options: MethodStepOptions): TemplateResult =>
  stepForm(kit, {
    heading: 'forgotPassword.methodHeading',
    body: [
      paragraph(kit, 'forgotPassword.methodIntro'),
      options.passkeyUnsupported
        ? paragraph(kit, 'forgotPassword.passkeyUnsupported', true)
        : nothing,
      methodChoices(kit, options.methods),
    ],
    submit: 'forgotPassword.methodSubmit',
    secondary: 'forgotPassword.haveCode',
    more: html`<button type="button" part="secondary-action" @click=${options.onBack}>
      ${kit.term('forgotPassword.back')}
    </button>`,
  });

/**
 * The answer to a letter request, the same whether or not the account exists: a letter is on its
 * way if it does, and how to go on once it arrives.
 */
export const letterStep = (kit: StepKit): TemplateResult =>
  stepForm(kit, {
    heading: 'forgotPassword.letterHeading',
    body: [
      paragraph(kit, 'forgotPassword.letterText'),
      paragraph(kit, 'forgotPassword.letterNext'),
    ],
    submit: 'forgotPassword.letterContinue',
    secondary: 'forgotPassword.otherWay',
  });
