import type { CurrentBankDetails } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { paragraph, stepForm, textInput, type StepKit } from '../../parts/step-form.js';
import { groupIban } from '../pk-bank-details.checks.js';

/** The bank details on file (`null`: none). */
export type BankDetailsOnFile = CurrentBankDetails['bankDetails'];

/** What is on file, the IBAN masked as the server sends it, set apart above the fields. */
function current(kit: StepKit, details: BankDetailsOnFile): TemplateResult {
  const { term } = kit;
  return html`<div part="current">
    <h3>${term('bankDetails.currentHeading')}</h3>
    ${
      details
        ? html`<dl>
            <dt>${term('bankDetails.lineHolder')}</dt>
            <dd>${details.holder}</dd>
            <dt>${term('bankDetails.lineIban')}</dt>
            <dd>${details.iban}</dd>
            ${
              details.bankName
                ? html`<dt>${term('bankDetails.bank')}</dt>
                    <dd>${details.bankName}</dd>`
                : nothing
            }
          </dl>`
        : html`<p>${term('bankDetails.none')}</p>`
    }
  </div>`;
}

/**
 * The new account: its holder and the IBAN, which is grouped in fours as it is typed or pasted
 * (`groupIban`) and checked on submit only (UX.md "Errors").
 */
export function formStep(kit: StepKit, details: BankDetailsOnFile): TemplateResult {
  const grouping: StepKit = {
    ...kit,
    onInput: (event) => {
      if ((event.target as HTMLInputElement).name === 'iban') groupIban(event as InputEvent);
      kit.onInput(event);
    },
  };
  return stepForm(grouping, {
    heading: 'bankDetails.formHeading',
    body: [
      paragraph(kit, 'bankDetails.intro'),
      current(kit, details),
      textInput(kit, 'holder', {
        label: 'bankDetails.holderLabel',
        hint: 'bankDetails.holderHint',
        autocomplete: 'name',
      }),
      textInput(kit, 'iban', {
        label: 'bankDetails.ibanLabel',
        hint: 'bankDetails.ibanHint',
        autocomplete: 'off',
        autocapitalize: 'characters',
      }),
    ],
    submit: 'bankDetails.submit',
  });
}
