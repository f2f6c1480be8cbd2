import { html } from '@open-wc/testing';
import { nothing } from 'lit';
import { FakeClock } from '../test-support/fake-clock.js';
import { mount, part, settle, text, type Lang } from '../test-support/fixtures.js';
import { fill, press } from '../test-support/step-fixtures.js';
import {
  FakeAccountClient,
  sampleEmailCode,
  sampleNewEmail,
  type FakeAccountOptions,
} from './pk-account.fake.js';
import type { PkAccount } from './pk-account.js';
import type { Task } from './pk-account.views.js';

export {
  fill,
  headingText,
  input,
  press,
  statusText,
  summaryText,
} from '../test-support/step-fixtures.js';

export const currentPassword = 'Mein altes Passwort 2024';
export const strongPassword = 'Blaue Tassen am Morgen 2026!';

export type Options = Partial<FakeAccountOptions>;

/** `<pk-account>` with a fake client and a fake clock for the "send again" wait: the overview. */
export async function account(options: Options = {}, lang: Lang = 'de', doneHref?: string) {
  const client = new FakeAccountClient(options);
  const clock = new FakeClock();
  const element = await mount<PkAccount>(
    html`<pk-account
      .client=${client}
      .clock=${clock}
      done-href=${doneHref ?? nothing}
    ></pk-account>`,
    lang,
  );
  await settle(element);
  return { client, clock, element };
}

/** The button of the overview's section that opens `task`. */
export const opener = (element: Element, task: Task) =>
  element.querySelector<HTMLButtonElement>(`[part~=action][data-task=${task}]`)!;

/** The overview, then `task` opened with its section's button. */
export async function opened(task: Task, options: Options = {}, lang: Lang = 'de') {
  const result = await account(options, lang);
  opener(result.element, task).click();
  await settle(result.element);
  return result;
}

/** The new address entered and sent: the code step. */
export async function codeSent(options: Options = {}, lang: Lang = 'de') {
  const result = await opened('email', options, lang);
  fill(result.element, { email: sampleNewEmail });
  await press(result.element, 'submit');
  return result;
}

/** The code entered and sent. */
export async function codeEntered(
  options: Options = {},
  lang: Lang = 'de',
  code = sampleEmailCode,
) {
  const result = await codeSent(options, lang);
  fill(result.element, { code });
  await press(result.element, 'submit');
  return result;
}

/** Both passwords entered and sent. */
export async function passwordSent(
  options: Options = {},
  lang: Lang = 'de',
  passwords = { current: currentPassword, password: strongPassword },
) {
  const result = await opened('password', options, lang);
  fill(result.element, passwords);
  await press(result.element, 'submit');
  return result;
}

/** The "Abmelden" of the session on this device. */
export function endButton(element: Element, device: string): HTMLButtonElement {
  const item = [...element.querySelectorAll('[part~=session]')].find((one) =>
    text(part(one, 'session-device')).startsWith(device),
  );
  return item!.querySelector<HTMLButtonElement>('[part~=end-session]')!;
}

/** The devices shown, then "Alle anderen Geräte abmelden": the question first. */
export async function confirmingEndOthers(options: Options = {}, lang: Lang = 'de') {
  const result = await opened('sessions', options, lang);
  await press(result.element, 'submit');
  return result;
}

/** "Registrierung aufheben" pressed on its explanation: `<pk-approve>` inline. */
export async function endSent(options: Options = {}, lang: Lang = 'de') {
  const result = await opened('end', options, lang);
  await press(result.element, 'submit');
  return result;
}

/** Approved with the passkey in the inline `<pk-approve>`. */
export async function endApproved(options: Options = {}, lang: Lang = 'de') {
  const result = await endSent(options, lang);
  const approve = result.element.querySelector('pk-approve')!;
  await approve.updateComplete;
  part<HTMLButtonElement>(approve, 'submit')!.click();
  await settle(result.element);
  return result;
}
