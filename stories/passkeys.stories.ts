import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  FakePasskeysClient,
  sampleList,
  type FakePasskeysOptions,
} from '@portalkit/elements/testing/passkeys';
import { apiStory } from './support/doc.js';
import { fakePortal, typed } from './support/fake-portal.js';

interface PasskeysArgs {
  /** What the fake server and browser answer. */
  fake: Partial<FakePasskeysOptions>;
}

const meta: Meta<PasskeysArgs> = {
  title: 'Elements/pk-passkeys',
  component: 'pk-passkeys',
  args: { fake: {} },
  render: ({ fake }) => fakePortal(html`<pk-passkeys></pk-passkeys>`, new FakePasskeysClient(fake)),
};
export default meta;

type Story = StoryObj<PasskeysArgs>;

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
