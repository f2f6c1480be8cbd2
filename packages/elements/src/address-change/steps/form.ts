import type { PostalAddress } from '@portalkit/protocol';
import { html, type TemplateResult } from 'lit';
import type { FormView } from '../../base/protected-form.js';
import { dateField, type DatePart } from '../../parts/date-field.js';
import { paragraph, stepForm, textInput, type StepKit } from '../../parts/step-form.js';

/** The address as it is written on a letter: street and number, then postcode and town. */
export const addressLines = (address: PostalAddress): [string, string] => [
  `${address.street} ${address.houseNumber}`.trim(),
  `${address.postcode} ${address.city}`.trim(),
];

/** What is on file, set apart above the fields. */
const currentAddress = (kit: StepKit, address: PostalAddress): TemplateResult => {
  const [first, second] = addressLines(address);
  return html`<div part="current">
    <h3>${kit.term('addressChange.currentHeading')}</h3>
    <p>${first}<br />${second}</p>
  </div>`;
};

/**
 * The new address (UX.md "Addresses, dates"): street, house number, postcode and town with their
 * autocomplete tokens, and the date it holds from as three labelled fields in one fieldset.
 */
export function formStep(kit: StepKit, view: FormView, current: PostalAddress): TemplateResult {
  const { term } = kit;
  return stepForm(kit, {
    heading: 'addressChange.formHeading',
    body: [
      paragraph(kit, 'addressChange.intro'),
      currentAddress(kit, current),
      textInput(kit, 'street', {
        label: 'addressChange.streetLabel',
        autocomplete: 'address-line1',
      }),
      textInput(kit, 'houseNumber', {
        label: 'addressChange.houseNumberLabel',
        hint: 'addressChange.houseNumberHint',
      }),
      textInput(kit, 'postcode', {
        label: 'addressChange.postcodeLabel',
        hint: 'addressChange.postcodeHint',
        autocomplete: 'postal-code',
        inputmode: 'numeric',
      }),
      textInput(kit, 'city', {
        label: 'addressChange.cityLabel',
        autocomplete: 'address-level2',
      }),
      dateField({
        id: kit.id('validFrom'),
        legend: term('addressChange.validFromLegend'),
        hint: term('addressChange.validFromHint'),
        labels: {
          day: term('addressChange.day'),
          month: term('addressChange.month'),
          year: term('addressChange.year'),
        },
        values: kit.values,
        error: kit.fieldError('validFrom'),
        errorPrefix: term('common.errorPrefix'),
        invalid: (view.marked ?? []) as DatePart[],
      }),
    ],
    submit: 'addressChange.submit',
  });
}
