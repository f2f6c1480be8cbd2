import { html } from '@open-wc/testing';
import { mount, settle, type Lang } from '../test-support/fixtures.js';
import { protectedFormFixtures } from '../test-support/protected-form-fixtures.js';
import {
  FakeBankDetailsClient,
  sampleIban,
  type FakeBankDetailsOptions,
} from './pk-bank-details.fake.js';
import type { PkBankDetails } from './pk-bank-details.js';

export { fill, headingText, input, press, summaryText } from '../test-support/step-fixtures.js';

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

export const { reviewed, sent, approved } = protectedFormFixtures(bankDetails, newDetails);
