import type { AddressChangeRequest } from '@portalkit/protocol';
import { html, type TemplateResult } from 'lit';
import { paragraph, stepHeading, type StepKit } from '../../parts/step-form.js';
import { addressLines } from './form.js';

/** The approved change is made: the new address, from when, and the two letters that confirm it. */
export function doneStep(
  kit: StepKit,
  input: AddressChangeRequest,
  validFrom: string,
): TemplateResult {
  const [first, second] = addressLines(input);
  return html`${stepHeading(kit, 'addressChange.doneHeading')}
    <div part="current">
      <p>${first}<br />${second}</p>
    </div>
    <p>${kit.term('addressChange.doneValidFrom', validFrom)}</p>
    ${paragraph(kit, 'addressChange.doneLetters')}`;
}
