import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  FakeAddressChangeClient,
  type FakeAddressChangeOptions,
} from '@portalkit/elements/testing/address-change';
import { apiStory } from './support/doc.js';
import { fakePortal } from './support/fake-portal.js';
import { stepStories } from './support/step-stories.js';

interface AddressChangeArgs {
  /** What the fake server and browser answer. */
  fake: Partial<FakeAddressChangeOptions>;
}

const meta: Meta<AddressChangeArgs> = {
  title: 'Elements/pk-address-change',
  component: 'pk-address-change',
  args: { fake: {} },
  render: ({ fake }) =>
    fakePortal(html`<pk-address-change></pk-address-change>`, new FakeAddressChangeClient(fake)),
};
export default meta;

type Story = StoryObj<AddressChangeArgs>;

const { at, steps, submit, press, approveWithPasskey, declineApproval } =
  stepStories('pk-address-change');

/** A move in the range allowed from any day the stories run: next month's first day. */
function nextMonth(): Record<string, string> {
  const now = new Date();
  const first = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  return { day: '1', month: String(first.getMonth() + 1), year: String(first.getFullYear()) };
}

const newAddress = () => ({
  street: 'Lindenallee',
  houseNumber: '5a',
  postcode: '14467',
  city: 'Potsdam',
  ...nextMonth(),
});
const toForm = at('form', 'idle');
const toReview = [toForm, submit(newAddress()), at('review', 'idle')];
const toApprove = [...toReview, submit(), at('approve', 'idle')];

export const API = apiStory;

export const Loading: Story = {
  name: '0 Loading the current address',
  args: { fake: { currentAddress: 'hang' } },
  play: at(null, 'loading'),
};

export const LoadFailed: Story = {
  name: '0 Loading: error, with a retry',
  args: { fake: { currentAddress: { error: 'NETWORK' } } },
  play: at(null, 'error'),
};

export const Form: Story = { name: '1 Form', play: toForm };

export const FormInvalid: Story = {
  name: '1 Form: error, every field',
  play: steps(
    'form',
    'error',
    toForm,
    submit({ houseNumber: 'zwölf', postcode: '1234', day: '1', year: '2027' }),
  ),
};

export const FormDateTooLate: Story = {
  name: '1 Form: error, valid-from more than 6 months ahead',
  play: steps('form', 'error', toForm, submit({ ...newAddress(), year: '2099' })),
};

export const Review: Story = {
  name: '2 Review: old beside new',
  play: steps('review', 'idle', ...toReview),
};

export const ReviewChange: Story = {
  name: '2 Review: "Ändern", back with the values kept',
  play: steps('form', 'idle', ...toReview, press('Ändern', 'Change')),
};

export const Sending: Story = {
  name: '2 Review: sending',
  args: { fake: { changeAddress: 'hang' } },
  play: steps('review', 'busy', ...toReview, submit()),
};

export const SendFailed: Story = {
  name: '2 Review: error, RATE_LIMITED',
  args: { fake: { changeAddress: { error: 'RATE_LIMITED', retryAfter: 300 } } },
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
  name: '4 Done: the new address, letters to the old and the new',
  play: steps('done', 'success', ...toApprove, approveWithPasskey),
};
