import { html } from '@open-wc/testing';
import { FakeClock } from '../test-support/fake-clock.js';
import { mount, part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import {
  FakeAddressChangeClient,
  type FakeAddressChangeOptions,
} from './pk-address-change.fake.js';
import type { PkAddressChange } from './pk-address-change.js';

/** "Today" in the tests: 1 December 2026, noon UTC. */
export const today = Date.UTC(2026, 11, 1, 12);

export const newAddress = {
  street: 'Lindenallee',
  houseNumber: '5a',
  postcode: '14467',
  city: 'Potsdam',
  day: '1',
  month: '3',
  year: '2027',
};

/** `<pk-address-change>` with a fake client and a fake clock set to `today`. */
export async function addressChange(
  options: Partial<FakeAddressChangeOptions> = {},
  lang: Lang = 'de',
) {
  const clock = new FakeClock();
  clock.tick(today);
  const client = new FakeAddressChangeClient(options, clock.now());
  const element = await mount<PkAddressChange>(
    html`<pk-address-change .client=${client} .clock=${clock}></pk-address-change>`,
    lang,
  );
  await settle(element);
  return { client, clock, element };
}

export function input(element: HTMLElement, name: string): HTMLInputElement {
  return element.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
}

/** Types into fields as a member would (the element keeps values from `input` events). */
export function fill(element: HTMLElement, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const field = input(element, name);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Presses the step's main button, or a button with these words. */
export async function press(element: PkAddressChange, button: 'submit' | string) {
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

/** The new address entered and checked: the review. */
export async function reviewed(options: Partial<FakeAddressChangeOptions> = {}, lang?: Lang) {
  const result = await addressChange(options, lang);
  fill(result.element, newAddress);
  await press(result.element, 'submit');
  return result;
}

/** The review sent: `<pk-approve>` with the pending approval. */
export async function sent(options: Partial<FakeAddressChangeOptions> = {}, lang?: Lang) {
  const result = await reviewed(options, lang);
  await press(result.element, 'submit');
  return result;
}

/** Approved with the passkey in the inline `<pk-approve>`: the done step. */
export async function approved(options: Partial<FakeAddressChangeOptions> = {}, lang?: Lang) {
  const result = await sent(options, lang);
  const approve = result.element.querySelector('pk-approve')!;
  await approve.updateComplete;
  part<HTMLButtonElement>(approve, 'submit')!.click();
  await until(result.element, 'success');
  return result;
}

export const headingText = (element: HTMLElement) => text(part(element, 'heading'));
export const statusText = (element: HTMLElement) => text(part(element, 'status'));
export const summaryText = (element: HTMLElement) => text(part(element, 'error-summary'));
