import { html } from '@open-wc/testing';
import { FakeClock } from '../test-support/fake-clock.js';
import { mount, settle, type Lang } from '../test-support/fixtures.js';
import { fill, press } from '../test-support/step-fixtures.js';
import {
  FakeForgotPasswordClient,
  sampleResetCode,
  type FakeForgotPasswordOptions,
} from './pk-forgot-password.fake.js';
import type { PkForgotPassword, ResetMethod } from './pk-forgot-password.js';

export {
  fill,
  headingText,
  input,
  press,
  statusText,
  summaryText,
} from '../test-support/step-fixtures.js';

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

export function radio(element: PkForgotPassword, method: ResetMethod): HTMLInputElement {
  return element.querySelector<HTMLInputElement>(`input[name=method][value=${method}]`)!;
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
