import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  FakePasskeysClient,
  sampleList,
  samplePasskeys,
  type FakePasskeysOptions,
} from '@portalkit/elements/testing/passkeys';
import { apiStory } from './support/doc.js';
import { fakePortal, typed } from './support/fake-portal.js';
import { stepStories } from './support/step-stories.js';

interface PasskeysArgs {
  /** What the fake server and browser answer. */
  fake: Partial<FakePasskeysOptions>;
  /** Only the invitation to add a passkey (`offer` attribute). */
  offer: boolean;
}

const meta: Meta<PasskeysArgs> = {
  title: 'Elements/pk-passkeys',
  component: 'pk-passkeys',
  args: { fake: {}, offer: false },
  render: ({ fake, offer }) =>
    fakePortal(html`<pk-passkeys ?offer=${offer}></pk-passkeys>`, new FakePasskeysClient(fake)),
};
export default meta;

type Story = StoryObj<PasskeysArgs>;
type Play = NonNullable<Story['play']>;

const passkeys = (canvasElement: HTMLElement) => canvasElement.querySelector('pk-passkeys')!;

async function reached(canvasElement: HTMLElement, state: string): Promise<void> {
  await waitFor(() => expect(passkeys(canvasElement).getAttribute('state')).toBe(state));
}

/** Presses "Dieses Gerät als Passkey hinzufügen" once the list is there. */
function add(state: string): Story['play'] {
  return async ({ canvasElement }) => {
    await reached(canvasElement, 'idle');
    await userEvent.click(canvasElement.querySelector<HTMLElement>('pk-passkeys [part~=submit]')!);
    await reached(canvasElement, state);
  };
}

/**
 * Presses "Dieses Gerät als Passkey hinzufügen" with a login older than the server allows, so the
 * confirm form appears; then, given a password (or none), presses "Bestätigen und Passkey
 * hinzufügen".
 */
function confirmWith(password: string | undefined, state: string): Story['play'] {
  return async (context) => {
    await add('confirm')!(context);
    const { canvasElement } = context;
    if (password === undefined) return;
    const field = canvasElement.querySelector<HTMLInputElement>(
      'pk-passkeys input[name=password]',
    )!;
    if (password) await userEvent.type(field, password, typed);
    await userEvent.click(canvasElement.querySelector<HTMLElement>('pk-passkeys [part~=submit]')!);
    await reached(canvasElement, state);
  };
}

/** Presses a button of `<pk-passkeys>` (or of its `<pk-approve>`) found by a selector. */
function click(selector: string): Play {
  return async ({ canvasElement }) => {
    await userEvent.click(canvasElement.querySelector<HTMLElement>(`pk-passkeys ${selector}`)!);
  };
}

/** Plays one after the other, then waits for the state. */
function then(state: string, ...plays: Play[]): Play {
  return async (context) => {
    for (const play of plays) await play(context);
    await reached(context.canvasElement, state);
  };
}

/** Replaces the value of a field by name, as a member types it (nothing typed for ''). */
function type(name: string, value: string): Play {
  return async ({ canvasElement }) => {
    const input = canvasElement.querySelector<HTMLInputElement>(`pk-passkeys input[name=${name}]`)!;
    await userEvent.clear(input);
    if (value !== '') await userEvent.type(input, value, typed);
  };
}

const { approveWithPasskey, declineApproval, press } = stepStories('pk-passkeys');
const listed: Play = async ({ canvasElement }) => reached(canvasElement, 'idle');
const toRename = then('idle', listed, click('[part~=rename]'));
const toRemove = then('confirm', listed, click('[part~=remove]'));
const toApprove: Play = async (context) => {
  await then('idle', toRemove, click('[part~=form] [part~=submit]'))(context);
  await waitFor(() =>
    expect(context.canvasElement.querySelector('pk-approve')!.getAttribute('state')).toBe('idle'),
  );
};
/** The member has one passkey left. */
const onlyOne = { listPasskeys: { value: sampleList(samplePasskeys.slice(0, 1)) } };
const offered = { listPasskeys: { value: sampleList([], true) } };

export const API = apiStory;

export const Loading: Story = { args: { fake: { listPasskeys: 'hang' } } };

export const Empty: Story = { args: { fake: { listPasskeys: { value: sampleList([]) } } } };

export const List: Story = {};

export const Busy: Story = { args: { fake: { addPasskey: 'hang' } }, play: add('busy') };

export const Success: Story = { play: add('success') };

export const Cancelled: Story = {
  args: { fake: { addPasskey: { error: 'PASSKEY_CANCELLED' } } },
  play: async (context) => {
    await add('idle')!(context);
    const status = context.canvasElement.querySelector('pk-passkeys [part~=status]')!;
    await waitFor(() => expect(status.textContent).not.toBe(''));
  },
};

export const AddFailed: Story = {
  name: 'Error: PASSKEY_FAILED',
  args: { fake: { addPasskey: { error: 'PASSKEY_FAILED' } } },
  play: add('error'),
};

export const AddUnavailable: Story = {
  name: 'Error: NETWORK',
  args: { fake: { addPasskey: { error: 'NETWORK' } } },
  play: add('error'),
};

export const SessionExpired: Story = {
  name: 'Error: SESSION_EXPIRED',
  args: { fake: { addPasskey: { error: 'SESSION_EXPIRED' } } },
  play: add('error'),
};

export const LoadFailed: Story = {
  name: 'Error: list not loadable',
  args: { fake: { listPasskeys: { error: 'NETWORK' } } },
};

export const LoadSessionExpired: Story = {
  name: 'Error: list, SESSION_EXPIRED',
  args: { fake: { listPasskeys: { error: 'SESSION_EXPIRED' } } },
};

export const Unsupported: Story = {
  args: { fake: { passkeySupport: { available: false, autofill: false } } },
};

export const Confirm: Story = {
  name: 'Confirm with the password',
  args: { fake: { confirmationRequired: true } },
  play: confirmWith(undefined, 'confirm'),
};

export const ConfirmBusy: Story = {
  name: 'Confirm: busy',
  args: { fake: { confirmationRequired: true, confirmSession: 'hang' } },
  play: confirmWith('mein geheimes Passwort', 'busy'),
};

export const ConfirmEmpty: Story = {
  name: 'Confirm: error, empty password',
  args: { fake: { confirmationRequired: true } },
  play: confirmWith('', 'error'),
};

export const ConfirmWrongPassword: Story = {
  name: 'Confirm: error CREDENTIALS_INVALID',
  args: {
    fake: { confirmationRequired: true, confirmSession: { error: 'CREDENTIALS_INVALID' } },
  },
  play: confirmWith('falsches Passwort', 'error'),
};

export const ConfirmRateLimited: Story = {
  name: 'Confirm: error RATE_LIMITED',
  args: {
    fake: {
      confirmationRequired: true,
      confirmSession: { error: 'RATE_LIMITED', retryAfter: 300 },
    },
  },
  play: confirmWith('mein geheimes Passwort', 'error'),
};

export const ConfirmNetwork: Story = {
  name: 'Confirm: error NETWORK',
  args: { fake: { confirmationRequired: true, confirmSession: { error: 'NETWORK' } } },
  play: confirmWith('mein geheimes Passwort', 'error'),
};

export const ConfirmAdded: Story = {
  name: 'Confirm: passkey added',
  args: { fake: { confirmationRequired: true } },
  play: confirmWith('mein geheimes Passwort', 'success'),
};

export const Rename: Story = { name: 'Rename: the field in the row', play: toRename };

export const RenameEmpty: Story = {
  name: 'Rename: error, empty name',
  play: then('error', toRename, type('name', ''), click('[part~=rename-form] [part~=submit]')),
};

export const RenameBusy: Story = {
  name: 'Rename: saving',
  args: { fake: { renamePasskey: 'hang' } },
  play: then('busy', toRename, type('name', 'Arbeit'), click('[part~=rename-form] [part~=submit]')),
};

export const Renamed: Story = {
  name: 'Rename: renamed',
  play: then(
    'success',
    toRename,
    type('name', 'Mein iPhone'),
    click('[part~=rename-form] [part~=submit]'),
  ),
};

export const RemoveConfirm: Story = { name: 'Remove: confirm', play: toRemove };

export const RemoveApprove: Story = {
  name: 'Remove: <pk-approve> inline',
  play: toApprove,
};

export const RemoveDeclined: Story = {
  name: 'Remove: declined, back to the list',
  play: then(
    'idle',
    toApprove,
    declineApproval,
    press('Zurück zu Ihren Passkeys', 'Back to your passkeys'),
  ),
};

export const Removed: Story = {
  name: 'Remove: approved, removed',
  play: then('success', toApprove, approveWithPasskey),
};

export const RemoveLast: Story = {
  name: 'Remove the last passkey: warning and password',
  args: { fake: onlyOne },
  play: toRemove,
};

export const RemoveLastWrongPassword: Story = {
  name: 'Remove the last passkey: error CREDENTIALS_INVALID',
  args: { fake: { ...onlyOne, removeLastPasskey: { error: 'CREDENTIALS_INVALID' } } },
  play: then(
    'error',
    toRemove,
    type('password', 'falsches Passwort'),
    click('[part~=form] [part~=submit]'),
  ),
};

export const RemovedLast: Story = {
  name: 'Remove the last passkey: removed',
  args: { fake: onlyOne },
  play: then(
    'success',
    toRemove,
    type('password', 'mein geheimes Passwort'),
    click('[part~=form] [part~=submit]'),
  ),
};

const offerShown: Play = async ({ canvasElement }) => {
  await reached(canvasElement, 'idle');
  await waitFor(() =>
    expect(canvasElement.querySelector('pk-passkeys [part~=offer]')).not.toBe(null),
  );
};

export const Offer: Story = {
  name: 'Offer: the invitation after a password sign-in',
  args: { fake: offered, offer: true },
  play: offerShown,
};

export const OfferAdding: Story = {
  name: 'Offer: adding the passkey',
  args: { fake: { ...offered, addPasskey: 'hang' }, offer: true },
  play: then('busy', offerShown, click('[part~=offer] [part~=submit]')),
};

export const OfferDismissed: Story = {
  name: 'Offer: "Nicht jetzt", the invitation gone',
  args: { fake: offered, offer: true },
  play: then('success', offerShown, click('[part~=offer] [part~=secondary-action]')),
};

export const OfferNotOffered: Story = {
  name: 'Offer: not offered, nothing shown',
  args: { offer: true },
  play: listed,
};
