import { html } from '@open-wc/testing';
import { FakeClock } from '../test-support/fake-clock.js';
import { mount, part, settle, text, type Lang } from '../test-support/fixtures.js';
import {
  FakeForgotPasswordClient,
  sampleResetCode,
  type FakeForgotPasswordOptions,
} from './pk-forgot-password.fake.js';
import type { PkForgotPassword, ResetMethod } from './pk-forgot-password.js';

export const kvnr = 'A123456780';
export const strongPassword = 'Blaue Tassen am Morgen 2026!';

export interface Setup {
  lang?: Lang;
  methods?: string;
  policy?: 'modern' | 'classic';
}

/** `<pk-forgot-password>` with a fake client and a fake clock for the "send again" wait. */
export async function forgot(options: Partial<FakeForgotPasswordOptions> = {}, setup: Setup = {}) {
  const client = new FakeForgotPasswordClient(options);
  const clock = new FakeClock();
  const element = await mount<PkForgotPassword>(
    html`<pk-forgot-password
      .client=${client}
      .clock=${clock}
      methods=${setup.methods ?? 'email sms letter passkey'}
      password-policy=${setup.policy ?? 'modern'}
    ></pk-forgot-password>`,
    setup.lang,
  );
  await settle(element);
  return { client, clock, element };
}

export function input(element: PkForgotPassword, name: string): HTMLInputElement {
  return element.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
}

export function radio(element: PkForgotPassword, method: ResetMethod): HTMLInputElement {
  return element.querySelector<HTMLInputElement>(`input[name=method][value=${method}]`)!;
}

/** Types into fields as a member would (the element keeps values from `input` events). */
export function fill(element: PkForgotPassword, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const field = input(element, name);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Presses the step's main button, or the second button with these words. */
export async function press(element: PkForgotPassword, button: 'submit' | string) {
  const found =
    button === 'submit'
      ? part<HTMLButtonElement>(element, 'submit')
      : [...element.querySelectorAll<HTMLButtonElement>('[part~=secondary-action]')].find(
          (candidate) => text(candidate) === button,
        );
  if (!found) throw new Error(`no button ${button}`);
  found.click();
  await settle(element);
}

/** The identifier entered: the choice of way. */
export async function identified(
  options: Partial<FakeForgotPasswordOptions> = {},
  setup: Setup = {},
) {
  const result = await forgot(options, setup);
  fill(result.element, { identifier: kvnr });
  await press(result.element, 'submit');
  return result;
}

/** A way chosen and sent: the code step (e-mail, SMS), the letter's answer, or the password. */
export async function chose(
  method: ResetMethod,
  options: Partial<FakeForgotPasswordOptions> = {},
  setup: Setup = {},
) {
  const result = await identified(options, setup);
  radio(result.element, method).click();
  await press(result.element, 'submit');
  return result;
}

/** A code by e-mail requested, then entered and sent. */
export async function codeEntered(
  options: Partial<FakeForgotPasswordOptions> = {},
  setup: Setup = {},
) {
  const result = await chose('email', options, setup);
  fill(result.element, { code: sampleResetCode });
  await press(result.element, 'submit');
  return result;
}

/** The new password entered and sent. */
export async function passwordSet(
  options: Partial<FakeForgotPasswordOptions> = {},
  setup: Setup = {},
) {
  const result = await codeEntered(options, setup);
  fill(result.element, { password: strongPassword });
  await press(result.element, 'submit');
  return result;
}

export const headingText = (element: PkForgotPassword) => text(part(element, 'heading'));
export const statusText = (element: PkForgotPassword) => text(part(element, 'status'));
export const summaryText = (element: PkForgotPassword) => text(part(element, 'error-summary'));
