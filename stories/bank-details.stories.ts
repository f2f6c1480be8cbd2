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
type Play = NonNullable<Story['play']>;

const element = (canvasElement: HTMLElement) => canvasElement.querySelector('pk-bank-details')!;

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
        `pk-bank-details input[name=${name}]`,
      )!;
      await userEvent.clear(field);
      // An empty value leaves the field empty: typing nothing is no keystroke.
      if (value !== '') await userEvent.type(field, value, typed);
    }
    await userEvent.click(canvasElement.querySelector('pk-bank-details [part~=submit]')!);
  };

/** Presses a button by its words in either language (inside `<pk-approve>` too). */
const press =
  (...words: string[]): Play =>
  async ({ canvasElement }) => {
    const buttons = [
      ...canvasElement.querySelectorAll<HTMLButtonElement>('pk-bank-details button'),
    ];
    await userEvent.click(buttons.find((button) => words.includes(button.textContent!.trim()))!);
  };

const steps =
  (...plays: Play[]): Play =>
  async (context) => {
    for (const play of plays) await play(context);
  };

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
  play: steps(toForm, async ({ canvasElement }) => {
    const field = canvasElement.querySelector<HTMLInputElement>(
      'pk-bank-details input[name=iban]',
    )!;
    await userEvent.type(field, 'de0212030000', typed);
    await waitFor(() => expect(field.value).toBe('DE02 1203 0000'));
  }),
};

export const FormLength: Story = {
  name: '1 Form: error, IBAN too short for its country',
  play: steps(
    toForm,
    submit({ holder: 'Erika Mustermann', iban: 'DE02 1203 0000 0000 2020 5' }),
    at('form', 'error'),
  ),
};

export const FormChecksum: Story = {
  name: '1 Form: error, IBAN check digits',
  play: steps(
    toForm,
    submit({ holder: '', iban: 'DE03 1203 0000 0000 2020 51' }),
    at('form', 'error'),
  ),
};

export const Review: Story = { name: '2 Review: old beside new', play: steps(...toReview) };

export const Sending: Story = {
  name: '2 Review: sending',
  args: { fake: { changeBankDetails: 'hang' } },
  play: steps(...toReview, submit(), at('review', 'busy')),
};

export const SendFailed: Story = {
  name: '2 Review: error, session expired',
  args: { fake: { changeBankDetails: { error: 'SESSION_EXPIRED' } } },
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
  name: '4 Done: the new account, an e-mail and a letter',
  play: steps(
    ...toApprove,
    press('Mit Passkey freigeben', 'Approve with passkey'),
    at('done', 'success'),
  ),
};
