import { parseActivationCode, parseKvnr, type ActivateRequest } from '@portalkit/protocol';
import { html, type TemplateResult } from 'lit';
import type { FormError } from '../../base/portalkit-element.js';
import { kvnrInput, paragraph, stepForm, textInput, type StepKit } from './kit.js';

/** Checks step 2 on submit: the KVNR, and the code however it was typed or pasted. */
export function checkActivate(value: (name: string) => string): {
  input?: ActivateRequest;
  errors: FormError[];
} {
  const kvnr = parseKvnr(value('kvnr'));
  const code = parseActivationCode(value('code'));
  if (kvnr.ok && code.ok) return { input: { kvnr: kvnr.value, code: code.value }, errors: [] };
  const errors: FormError[] = [];
  if (!kvnr.ok) errors.push({ field: 'kvnr', message: [`register.kvnr.${kvnr.problem}`] });
  if (!code.ok) errors.push({ field: 'code', message: [`register.code.${code.problem}`] });
  return { errors };
}

export interface ActivateStepOptions {
  /** The code came from the letter's QR code and is filled in: the step says so. */
  prefilled: boolean;
  onSubmit: (form: HTMLFormElement) => void;
  onBack: () => void;
}

/**
 * Step 2: the KVNR and the activation code from the letter, in one text field for the code
 * (UX.md "One-time codes"): pasting works, spaces, dashes and case do not matter.
 */
export function activateStep(kit: StepKit, options: ActivateStepOptions): TemplateResult {
  return stepForm(kit, {
    number: 2,
    heading: 'register.activateHeading',
    body: [
      options.prefilled
        ? html`<p part="note">${kit.localize.term('register.codePrefilled')}</p>`
        : paragraph(kit, 'register.activateIntro'),
      kvnrInput(kit),
      textInput(kit, {
        name: 'code',
        label: 'register.codeLabel',
        hint: 'register.codeHint',
        autocomplete: 'one-time-code',
        autocapitalize: 'characters',
      }),
      paragraph(kit, 'register.noLetter'),
    ],
    submit: 'register.activateSubmit',
    busyText: 'register.activateBusy',
    onSubmit: options.onSubmit,
    secondary: { label: 'register.back', onClick: options.onBack },
  });
}
