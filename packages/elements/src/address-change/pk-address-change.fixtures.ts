import { html } from '@open-wc/testing';
import { FakeClock } from '../test-support/fake-clock.js';
import { mount, settle, type Lang } from '../test-support/fixtures.js';
import { protectedFormFixtures } from '../test-support/protected-form-fixtures.js';
import {
  FakeAddressChangeClient,
  type FakeAddressChangeOptions,
} from './pk-address-change.fake.js';
import type { PkAddressChange } from './pk-address-change.js';

export {
  fill,
  headingText,
  input,
  press,
  statusText,
  summaryText,
} from '../test-support/step-fixtures.js';

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

export const { reviewed, sent, approved } = protectedFormFixtures(addressChange, newAddress);
