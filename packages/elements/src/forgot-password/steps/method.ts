import { html, nothing, type TemplateResult } from 'lit';
import { choices } from '../../parts/choices.js';
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
 * The ways as one radio group (`choices`): a legend, each way with its hint, the group's error
 * above the choices, none chosen beforehand.
 */
const methodChoices = (kit: StepKit, methods: readonly ResetMethod[]): TemplateResult =>
  choices({
    id: kit.id('method'),
    name: 'method',
    legend: kit.term('forgotPassword.methodLegend'),
    error: kit.fieldError('method'),
    errorPrefix: kit.term('common.errorPrefix'),
    choices: methods.map((method) => ({
      value: method,
      label: kit.term(`forgotPassword.method.${method}`),
      hint: kit.term(`forgotPassword.method.${method}Hint`),
    })),
    checked: kit.values['method'],
  });

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
