import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  FakeBankDetailsClient,
  sampleIban,
  type FakeBankDetailsOptions,
} from '@portalkit/elements/testing/bank-details';
import { apiStory } from './support/doc.js';
import { fakePortal, typed } from './support/fake-portal.js';
import { stepStories } from './support/step-stories.js';

interface BankDetailsArgs {
  /** What the fake server and browser answer. */
  fake: Partial<FakeBankDetailsOptions>;
}

const meta: Meta<BankDetailsArgs> = {
  title: 'Elements/pk-bank-details',
  component: 'pk-bank-details',
  args: { fake: {} },
  render: ({ fake }) =>
    fakePortal(html`<pk-bank-details></pk-bank-details>`, new FakeBankDetailsClient(fake)),
};
export default meta;

type Story = StoryObj<BankDetailsArgs>;

const { field, at, steps, submit, press, approveWithPasskey, declineApproval } =
  stepStories('pk-bank-details');

const toForm = at('form', 'idle');
const toReview = [
  toForm,
  submit({ holder: 'Erika Mustermann', iban: sampleIban }),
  at('review', 'idle'),
];
const toApprove = [...toReview, submit(), at('approve', 'idle')];

export const API = apiStory;

export const Loading: Story = {
  name: '0 Loading the details on file',
  args: { fake: { currentBankDetails: 'hang' } },
  play: at(null, 'loading'),
};

export const LoadFailed: Story = {
  name: '0 Loading: error, with a retry',
  args: { fake: { currentBankDetails: { error: 'NETWORK' } } },
  play: at(null, 'error'),
};

export const Form: Story = { name: '1 Form: details on file, masked', play: toForm };

export const FormNone: Story = {
  name: '1 Form: no details on file',
  args: { fake: { currentBankDetails: { value: { bankDetails: null } } } },
  play: toForm,
};

export const FormTyped: Story = {
  name: '1 Form: the IBAN grouped in fours as typed',
  play: steps('form', 'idle', toForm, async ({ canvasElement }) => {
    const iban = field(canvasElement, 'iban');
    await userEvent.type(iban, 'de0212030000', typed);
    await waitFor(() => expect(iban.value).toBe('DE02 1203 0000'));
  }),
};

export const FormLength: Story = {
  name: '1 Form: error, IBAN too short for its country',
  play: steps(
    'form',
    'error',
    toForm,
    submit({ holder: 'Erika Mustermann', iban: 'DE02 1203 0000 0000 2020 5' }),
  ),
};

export const FormChecksum: Story = {
  name: '1 Form: error, IBAN check digits',
  play: steps('form', 'error', toForm, submit({ holder: '', iban: 'DE03 1203 0000 0000 2020 51' })),
};

export const Review: Story = {
  name: '2 Review: old beside new',
  play: steps('review', 'idle', ...toReview),
};

export const Sending: Story = {
  name: '2 Review: sending',
  args: { fake: { changeBankDetails: 'hang' } },
  play: steps('review', 'busy', ...toReview, submit()),
};

export const SendFailed: Story = {
  name: '2 Review: error, session expired',
  args: { fake: { changeBankDetails: { error: 'SESSION_EXPIRED' } } },
  play: steps('review', 'error', ...toReview, submit()),
};

export const Approve: Story = {
  name: '3 Approve: <pk-approve> inline',
  play: steps('approve', 'idle', ...toApprove),
};

export const ApproveDenied: Story = {
  name: '3 Approve: denied, enter it again',
  play: steps('approve', 'idle', ...toApprove, declineApproval),
};

export const Done: Story = {
  name: '4 Done: the new account, an e-mail and a letter',
  play: steps(
    'done',
    'success',
    ...toApprove,
    approveWithPasskey,
  ),
};
