import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  FakeAddressChangeClient,
  type FakeAddressChangeOptions,
} from '@portalkit/elements/testing/address-change';
import { apiStory } from './support/doc.js';
import { fakePortal, typed } from './support/fake-portal.js';

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
type Play = NonNullable<Story['play']>;

const element = (canvasElement: HTMLElement) => canvasElement.querySelector('pk-address-change')!;

/** Waits for the step (`null`: before the first) and the state. */
const at =
  (step: string | null, state: string): Play =>
  async ({ canvasElement }) =>
    waitFor(() => {
      expect(element(canvasElement).getAttribute('step')).toBe(step);
      expect(element(canvasElement).getAttribute('state')).toBe(state);
    });

/** Types into the step's fields and presses its main button, as a member would. */
const submit =
  (values: Record<string, string> = {}): Play =>
  async ({ canvasElement }) => {
    for (const [name, value] of Object.entries(values)) {
      const field = canvasElement.querySelector<HTMLInputElement>(
        `pk-address-change input[name=${name}]`,
      )!;
      await userEvent.clear(field);
      // An empty value leaves the field empty: typing nothing is no keystroke.
      if (value !== '') await userEvent.type(field, value, typed);
    }
    await userEvent.click(canvasElement.querySelector('pk-address-change [part~=submit]')!);
  };

/** Presses a button by its words in either language (inside `<pk-approve>` too). */
const press =
  (...words: string[]): Play =>
  async ({ canvasElement }) => {
    const buttons = [
      ...canvasElement.querySelectorAll<HTMLButtonElement>('pk-address-change button'),
    ];
    await userEvent.click(buttons.find((button) => words.includes(button.textContent!.trim()))!);
  };

const steps =
  (...plays: Play[]): Play =>
  async (context) => {
    for (const play of plays) await play(context);
  };

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
const approveWithPasskey: Play = press('Mit Passkey freigeben', 'Approve with passkey');

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
    toForm,
    submit({ houseNumber: 'zwölf', postcode: '1234', day: '1', year: '2027' }),
    at('form', 'error'),
  ),
};

export const FormDateTooLate: Story = {
  name: '1 Form: error, valid-from more than 6 months ahead',
  play: steps(toForm, submit({ ...newAddress(), year: '2099' }), at('form', 'error')),
};

export const Review: Story = { name: '2 Review: old beside new', play: steps(...toReview) };

export const ReviewChange: Story = {
  name: '2 Review: "Ändern", back with the values kept',
  play: steps(...toReview, press('Ändern', 'Change'), at('form', 'idle')),
};

export const Sending: Story = {
  name: '2 Review: sending',
  args: { fake: { changeAddress: 'hang' } },
  play: steps(...toReview, submit(), at('review', 'busy')),
};

export const SendFailed: Story = {
  name: '2 Review: error, RATE_LIMITED',
  args: { fake: { changeAddress: { error: 'RATE_LIMITED', retryAfter: 300 } } },
  play: steps(...toReview, submit(), at('review', 'error')),
};

export const Approve: Story = { name: '3 Approve: <pk-approve> inline', play: steps(...toApprove) };

export const ApproveDenied: Story = {
  name: '3 Approve: denied, enter it again',
  play: steps(...toApprove, press('Ablehnen', 'Decline'), async ({ canvasElement }) =>
    waitFor(() =>
      expect(canvasElement.querySelector('pk-approve')!.getAttribute('state')).toBe('denied'),
    ),
  ),
};

export const Done: Story = {
  name: '4 Done: the new address, letters to the old and the new',
  play: steps(...toApprove, approveWithPasskey, at('done', 'success')),
};
