import { html } from '@open-wc/testing';
import { mount, part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import {
  FakeBankDetailsClient,
  sampleIban,
  type FakeBankDetailsOptions,
} from './pk-bank-details.fake.js';
import type { PkBankDetails } from './pk-bank-details.js';

export const newDetails = { holder: 'Erika Mustermann', iban: sampleIban };

/** `<pk-bank-details>` with a fake client. */
export async function bankDetails(
  options: Partial<FakeBankDetailsOptions> = {},
  lang: Lang = 'de',
) {
  const client = new FakeBankDetailsClient(options);
  const element = await mount<PkBankDetails>(
    html`<pk-bank-details .client=${client}></pk-bank-details>`,
    lang,
  );
  await settle(element);
  return { client, element };
}

export function input(element: HTMLElement, name: string): HTMLInputElement {
  return element.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
}

/** Types into fields as a member would (the element keeps values from `input` events). */
export function fill(element: HTMLElement, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const field = input(element, name);
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }
}

/** Presses the step's main button, or a button with these words. */
export async function press(element: PkBankDetails, button: 'submit' | string) {
  const found =
    button === 'submit'
      ? part<HTMLButtonElement>(element, 'submit')
      : [...element.querySelectorAll<HTMLButtonElement>('button')].find(
          (candidate) => text(candidate) === button,
        );
  if (!found) throw new Error(`no button ${button}`);
  found.click();
  await settle(element);
}

/** The new details entered and checked: the review. */
export async function reviewed(options: Partial<FakeBankDetailsOptions> = {}, lang?: Lang) {
  const result = await bankDetails(options, lang);
  fill(result.element, newDetails);
  await press(result.element, 'submit');
  return result;
}

/** The review sent: `<pk-approve>` with the pending approval. */
export async function sent(options: Partial<FakeBankDetailsOptions> = {}, lang?: Lang) {
  const result = await reviewed(options, lang);
  await press(result.element, 'submit');
  return result;
}

/** Approved with the passkey in the inline `<pk-approve>`: the done step. */
export async function approved(options: Partial<FakeBankDetailsOptions> = {}, lang?: Lang) {
  const result = await sent(options, lang);
  const approve = result.element.querySelector('pk-approve')!;
  await approve.updateComplete;
  part<HTMLButtonElement>(approve, 'submit')!.click();
  await until(result.element, 'success');
  return result;
}

export const headingText = (element: HTMLElement) => text(part(element, 'heading'));
export const summaryText = (element: HTMLElement) => text(part(element, 'error-summary'));
