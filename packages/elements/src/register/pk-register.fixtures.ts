import { html } from '@open-wc/testing';
import { afterPaint } from '../controllers/after-paint.js';
import { mount, settle, until, type Lang } from '../test-support/fixtures.js';
import { fill, press } from '../test-support/step-fixtures.js';
import {
  FakeRegisterClient,
  sampleCode,
  sampleMember,
  type FakeRegisterOptions,
} from './pk-register.fake.js';
import type { PkRegister } from './pk-register.js';

export {
  fill,
  headingText,
  input,
  press,
  statusText,
  summaryText,
} from '../test-support/step-fixtures.js';

/** The key under which the element remembers that a letter was requested (see resume.ts). */
export const letterKey = 'portalkit.register.letter';

/** The sample member's details for step 1. */
export const member = sampleMember;

export const strongPassword = 'Blaue Tassen am Morgen 2026!';

export interface Setup {
  lang?: Lang;
  cardNumber?: boolean;
  policy?: 'modern' | 'classic';
}

/** `<pk-register>` with a fake client, once it found its first step. */
export async function register(options: Partial<FakeRegisterOptions> = {}, setup: Setup = {}) {
  const client = new FakeRegisterClient(options);
  const element = await mount<PkRegister>(
    html`<pk-register
      .client=${client}
      ?card-number=${setup.cardNumber ?? false}
      password-policy=${setup.policy ?? 'modern'}
    ></pk-register>`,
    setup.lang,
  );
  await settle(element);
  return { client, element };
}

/** Step 1 filled in and sent: the letter step, unless the client refuses. */
export async function identified(options: Partial<FakeRegisterOptions> = {}, setup: Setup = {}) {
  const result = await register(options, setup);
  fill(result.element, member);
  await press(result.element, 'submit');
  return result;
}

/** A letter was requested in this browser before: the element starts at the code. */
export async function atActivate(options: Partial<FakeRegisterOptions> = {}, setup: Setup = {}) {
  localStorage.setItem(letterKey, String(Date.now()));
  const result = await register(options, setup);
  await until(result.element, 'idle');
  return result;
}

/** The code entered and sent. */
export async function activated(options: Partial<FakeRegisterOptions> = {}, setup: Setup = {}) {
  const result = await atActivate(options, setup);
  fill(result.element, { kvnr: member.kvnr, code: sampleCode });
  await press(result.element, 'submit');
  return result;
}

/** A code was accepted in this browser: the element waits for the server before a step. */
export async function returning(options: Partial<FakeRegisterOptions> = {}, setup: Setup = {}) {
  localStorage.setItem(letterKey, `activated:${Date.now()}`);
  try {
    return await register(options, setup);
  } finally {
    // Read when the element connected; a later fixture in the same test starts afresh.
    localStorage.removeItem(letterKey);
  }
}

/** This browser's activation holds (a reload after step 2): the element starts at the password. */
export async function atPassword(options: Partial<FakeRegisterOptions> = {}, setup: Setup = {}) {
  const result = await register(
    { registration: { value: { activated: true, displayName: 'Erika Mustermann' } }, ...options },
    setup,
  );
  // The server's answer is asked for once the first step is painted.
  await afterPaint();
  await settle(result.element);
  return result;
}

export async function passwordSet(options: Partial<FakeRegisterOptions> = {}, setup: Setup = {}) {
  const result = await atPassword(options, setup);
  fill(result.element, { password: strongPassword });
  await press(result.element, 'submit');
  return result;
}

/** The password is set; "Später" pressed. */
export async function later(options: Partial<FakeRegisterOptions> = {}, setup: Setup = {}) {
  const result = await passwordSet(options, setup);
  await press(result.element, 'secondary-action');
  return result;
}

export async function passkeyCreated(
  options: Partial<FakeRegisterOptions> = {},
  setup: Setup = {},
) {
  const result = await passwordSet(options, setup);
  await press(result.element, 'submit');
  return result;
}
