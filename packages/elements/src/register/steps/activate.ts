import { parseActivationCode, parseKvnr, type ActivateRequest } from '@portalkit/protocol';
import type { TemplateResult } from 'lit';
import type { FormError } from '../../base/portalkit-element.js';
import type { ActivateView } from '../pk-register.views.js';
import { checkFields, kvnrInput, paragraph, stepForm, textInput, type StepKit } from './kit.js';

/** Checks step 2 on submit: the KVNR, and the code however it was typed or pasted. */
export function checkActivate(value: (name: string) => string): {
  input?: ActivateRequest;
  errors: FormError[];
} {
  const { values, errors } = checkFields({
    kvnr: parseKvnr(value('kvnr')),
    code: parseActivationCode(value('code')),
  });
  return { ...(values && { input: values }), errors };
}

/**
 * Step 2: the KVNR and the activation code from the letter, in one text field for the code
 * (UX.md "One-time codes"): pasting works, spaces, dashes and case do not matter. When the code
 * came from the letter's QR code and is filled in, the step says so. Its second button goes back.
 */
export const activateStep = (kit: StepKit, view: ActivateView): TemplateResult =>
  stepForm(kit, {
    number: 2,
    heading: 'register.activateHeading',
    body: [
      view.prefilled
        ? paragraph(kit, 'register.codePrefilled', true)
        : paragraph(kit, 'register.activateIntro'),
      kvnrInput(kit),
      textInput(kit, 'code', { autocomplete: 'one-time-code', autocapitalize: 'characters' }),
      paragraph(kit, 'register.noLetter'),
    ],
    submit: 'register.activateSubmit',
    secondary: 'register.back',
  });
