import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  FakeApproveClient,
  sampleApproval,
  type FakeApproveOptions,
} from '@portalkit/elements/testing/approve';
import { apiStory } from './support/doc.js';
import { fakePortal } from './support/fake-portal.js';

interface ApproveArgs {
  /** What the fake server and browser answer. */
  fake: Partial<FakeApproveOptions>;
  /** `single`: the transaction a protected form hands over; `inbox`: the pending ones. */
  mode: 'single' | 'inbox';
}

const meta: Meta<ApproveArgs> = {
  title: 'Elements/pk-approve',
  component: 'pk-approve',
  args: { fake: {}, mode: 'single' },
  render: ({ fake, mode }) =>
    fakePortal(
      mode === 'inbox'
        ? html`<pk-approve mode="inbox"></pk-approve>`
        : html`<pk-approve .approval=${sampleApproval()}></pk-approve>`,
      new FakeApproveClient(fake),
    ),
};
export default meta;

type Story = StoryObj<ApproveArgs>;
type Play = NonNullable<Story['play']>;

const element = (canvasElement: HTMLElement) => canvasElement.querySelector('pk-approve')!;

/** The fake client the portal hands the element, to send the server's events. */
const fake = (canvasElement: HTMLElement) =>
  (canvasElement.querySelector('pk-portal') as unknown as { client: FakeApproveClient }).client;

async function reached(canvasElement: HTMLElement, step: string, state: string): Promise<void> {
  await waitFor(() => {
    expect(element(canvasElement).getAttribute('step')).toBe(step);
    expect(element(canvasElement).getAttribute('state')).toBe(state);
  });
}

const at =
  (step: string, state: string): Play =>
  async ({ canvasElement }) =>
    reached(canvasElement, step, state);

/** Presses a button by its words in either language (`submit`: the main one). */
const press =
  (...words: string[]): Play =>
  async ({ canvasElement }) => {
    const buttons = [...canvasElement.querySelectorAll<HTMLButtonElement>('pk-approve button')];
    const found = words.includes('submit')
      ? canvasElement.querySelector<HTMLButtonElement>('pk-approve [part~=submit]')
      : buttons.find((button) => words.includes(button.textContent!.trim()));
    await userEvent.click(found!);
  };

/** Picks a number on the phone and presses "Weiter". */
const pick =
  (number: string): Play =>
  async ({ canvasElement }) => {
    await userEvent.click(canvasElement.querySelector(`pk-approve input[value='${number}']`)!);
    await userEvent.click(canvasElement.querySelector('pk-approve [part~=submit]')!);
  };

/** The server's event for the transaction the element waits for. */
const event =
  (status: 'approved' | 'expired'): Play =>
  async ({ canvasElement }) =>
    fake(canvasElement).emit({ ...sampleApproval(), status });

/** Runs plays one after the other, then waits for the step and state. */
function steps(step: string, state: string, ...plays: Play[]): Play {
  return async (context) => {
    for (const play of plays) await play(context);
    await reached(context.canvasElement, step, state);
  };
}

/** Opened on the phone from the handoff link's QR code (`#t=…`). */
const onThePhone = () => {
  const before = location.href;
  history.replaceState(history.state, '', `${location.pathname}${location.search}#t=story-token`);
  return () => history.replaceState(history.state, '', before);
};

const phone = press('Auf meinem Smartphone freigeben', 'Approve on my phone');
const deny = press('Ablehnen', 'Decline');
const toWaiting = [at('summary', 'idle'), phone, at('handoff', 'waiting')];

export const API = apiStory;

export const Summary: Story = { name: 'Summary', play: at('summary', 'idle') };

export const NoPasskeys: Story = {
  name: 'Summary: no passkey support',
  args: { fake: { passkeySupport: { available: false, autofill: false } } },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('pk-approve [part~=note]')).toBeTruthy(),
    );
  },
};

export const PasskeyBusy: Story = {
  name: 'Summary: busy (waiting for the passkey)',
  args: { fake: { approveWithPasskey: 'hang' } },
  play: steps('summary', 'busy', press('submit')),
};

export const PasskeyCancelled: Story = {
  name: 'Summary: passkey prompt closed',
  args: { fake: { approveWithPasskey: { error: 'PASSKEY_CANCELLED' } } },
  play: steps('summary', 'idle', press('submit'), async ({ canvasElement }) => {
    const status = canvasElement.querySelector('pk-approve [part~=status]')!;
    await waitFor(() => expect(status.textContent).not.toBe(''));
  }),
};

export const PasskeyUnknown: Story = {
  name: 'Summary: error PASSKEY_UNKNOWN',
  args: { fake: { approveWithPasskey: { error: 'PASSKEY_UNKNOWN' } } },
  play: steps('summary', 'error', press('submit')),
};

export const ChallengeExpired: Story = {
  name: 'Summary: error CHALLENGE_EXPIRED',
  args: { fake: { approveWithPasskey: { error: 'CHALLENGE_EXPIRED' } } },
  play: steps('summary', 'error', press('submit')),
};

export const Unavailable: Story = {
  name: 'Summary: error NETWORK',
  args: { fake: { handOffApproval: { error: 'NETWORK' } } },
  play: steps('summary', 'error', phone),
};

export const NotFound: Story = {
  name: 'Summary: error NOT_FOUND',
  args: { fake: { approveWithPasskey: { error: 'NOT_FOUND' } } },
  play: steps('summary', 'error', press('submit')),
};

export const HandoffBusy: Story = {
  name: 'Phone: busy (preparing the QR code)',
  args: { fake: { handOffApproval: 'hang' } },
  play: steps('summary', 'busy', phone),
};

export const Waiting: Story = {
  name: 'Phone: waiting (QR code, short link, number, time left)',
  play: steps('handoff', 'waiting', ...toWaiting),
};

export const Approved: Story = {
  name: 'Approved',
  play: steps('outcome', 'approved', press('submit')),
};

export const ApprovedOnPhone: Story = {
  name: 'Approved on the phone',
  play: steps('outcome', 'approved', ...toWaiting, event('approved')),
};

export const Denied: Story = {
  name: 'Denied',
  play: steps('outcome', 'denied', deny),
};

export const Expired: Story = {
  name: 'Expired',
  play: steps('outcome', 'expired', ...toWaiting, event('expired')),
};

export const Cancelled: Story = {
  name: 'Cancelled (a wrong number picked on the phone)',
  args: {
    fake: { pickApprovalNumber: { value: { approval: sampleApproval(Date.now(), 'cancelled') } } },
  },
  beforeEach: onThePhone,
  play: steps('outcome', 'cancelled', at('pick', 'idle'), pick('18')),
};

export const InboxItems: Story = {
  name: 'Inbox: pending approvals',
  args: { mode: 'inbox' },
  play: steps('inbox', 'idle'),
};

export const InboxEmpty: Story = {
  name: 'Inbox: nothing waits',
  args: { mode: 'inbox', fake: { listApprovals: { value: { approvals: [] } } } },
  play: steps('inbox', 'idle'),
};

export const InboxOpened: Story = {
  name: 'Inbox: one opened',
  args: { mode: 'inbox' },
  play: steps(
    'summary',
    'idle',
    at('inbox', 'idle'),
    press('Neue Anschrift prüfen', 'Check new address'),
  ),
};

export const PhoneClaim: Story = {
  name: 'On the phone: claiming the link',
  args: { fake: { claimApproval: 'hang' } },
  beforeEach: onThePhone,
  play: at('pick', 'busy'),
};

export const PhonePick: Story = {
  name: 'On the phone: pick the number',
  beforeEach: onThePhone,
  play: at('pick', 'idle'),
};

export const PhonePickEmpty: Story = {
  name: 'On the phone: error, no number picked',
  beforeEach: onThePhone,
  play: steps('pick', 'error', at('pick', 'idle'), press('submit')),
};

export const PhoneLinkInvalid: Story = {
  name: 'On the phone: error, the link is no longer valid',
  args: { fake: { claimApproval: { error: 'NOT_FOUND' } } },
  beforeEach: onThePhone,
  play: at('pick', 'error'),
};

export const PhoneApproved: Story = {
  name: 'On the phone: the right number, then the passkey',
  beforeEach: onThePhone,
  play: steps('outcome', 'approved', at('pick', 'idle'), pick('47')),
};
