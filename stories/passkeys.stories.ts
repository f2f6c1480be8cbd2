import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { FakePasskeysClient, type FakePasskeysOptions } from '@portalkit/elements/testing/passkeys';
import { english, fakePortal } from './support/fake-portal.js';

interface PasskeysArgs {
  client: Partial<FakePasskeysOptions>;
}

const meta: Meta<PasskeysArgs> = {
  title: 'Elements/pk-passkeys',
  component: 'pk-passkeys',
  args: { client: {} },
  render: ({ client }) =>
    fakePortal(html`<pk-passkeys></pk-passkeys>`, new FakePasskeysClient(client)),
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
    const field = canvasElement.querySelector<HTMLInputElement>('pk-passkeys input[name=password]')!;
    if (password) await userEvent.type(field, password);
    await userEvent.click(canvasElement.querySelector<HTMLElement>('pk-passkeys [part~=submit]')!);
    await reached(canvasElement, state);
  };
}

export const Loading: Story = { args: { client: { listPasskeys: 'hang' } } };
export const LoadingEnglish = english(Loading);

export const Empty: Story = { args: { client: { listPasskeys: { value: { passkeys: [] } } } } };
export const EmptyEnglish = english(Empty);

export const List: Story = {};
export const ListEnglish = english(List);

export const Busy: Story = { args: { client: { addPasskey: 'hang' } }, play: add('busy') };
export const BusyEnglish = english(Busy);

export const Success: Story = { play: add('success') };
export const SuccessEnglish = english(Success);

export const Cancelled: Story = {
  args: { client: { addPasskey: { error: 'PASSKEY_CANCELLED' } } },
  play: async (context) => {
    await add('idle')!(context);
    const status = context.canvasElement.querySelector('pk-passkeys [part~=status]')!;
    await waitFor(() => expect(status.textContent).not.toBe(''));
  },
};
export const CancelledEnglish = english(Cancelled);

export const SessionExpired: Story = {
  name: 'Error: SESSION_EXPIRED',
  args: { client: { addPasskey: { error: 'SESSION_EXPIRED' } } },
  play: add('error'),
};
export const SessionExpiredEnglish = english(SessionExpired);

export const LoadFailed: Story = {
  name: 'Error: list not loadable',
  args: { client: { listPasskeys: { error: 'NETWORK' } } },
};
export const LoadFailedEnglish = english(LoadFailed);

export const Unsupported: Story = {
  args: { client: { passkeySupport: { available: false, autofill: false } } },
};
export const UnsupportedEnglish = english(Unsupported);

export const Confirm: Story = {
  name: 'Confirm with the password',
  args: { client: { confirmationRequired: true } },
  play: confirmWith(undefined, 'confirm'),
};
export const ConfirmEnglish = english(Confirm);

export const ConfirmBusy: Story = {
  name: 'Confirm: busy',
  args: { client: { confirmationRequired: true, confirmSession: 'hang' } },
  play: confirmWith('mein geheimes Passwort', 'busy'),
};
export const ConfirmBusyEnglish = english(ConfirmBusy);

export const ConfirmEmpty: Story = {
  name: 'Confirm: error, empty password',
  args: { client: { confirmationRequired: true } },
  play: confirmWith('', 'error'),
};
export const ConfirmEmptyEnglish = english(ConfirmEmpty);

export const ConfirmWrongPassword: Story = {
  name: 'Confirm: error CREDENTIALS_INVALID',
  args: {
    client: { confirmationRequired: true, confirmSession: { error: 'CREDENTIALS_INVALID' } },
  },
  play: confirmWith('falsches Passwort', 'error'),
};
export const ConfirmWrongPasswordEnglish = english(ConfirmWrongPassword);

export const ConfirmRateLimited: Story = {
  name: 'Confirm: error RATE_LIMITED',
  args: {
    client: {
      confirmationRequired: true,
      confirmSession: { error: 'RATE_LIMITED', retryAfter: 300 },
    },
  },
  play: confirmWith('mein geheimes Passwort', 'error'),
};
export const ConfirmRateLimitedEnglish = english(ConfirmRateLimited);

export const ConfirmNetwork: Story = {
  name: 'Confirm: error NETWORK',
  args: { client: { confirmationRequired: true, confirmSession: { error: 'NETWORK' } } },
  play: confirmWith('mein geheimes Passwort', 'error'),
};
export const ConfirmNetworkEnglish = english(ConfirmNetwork);

export const ConfirmAdded: Story = {
  name: 'Confirm: passkey added',
  args: { client: { confirmationRequired: true } },
  play: confirmWith('mein geheimes Passwort', 'success'),
};
export const ConfirmAddedEnglish = english(ConfirmAdded);
