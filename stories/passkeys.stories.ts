import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { english, fakePortal, type FakeClientOptions } from './support/fake-portal.js';

interface PasskeysArgs {
  client: Partial<FakeClientOptions>;
}

const meta: Meta<PasskeysArgs> = {
  title: 'Elements/pk-passkeys',
  component: 'pk-passkeys',
  args: { client: {} },
  render: ({ client }) => fakePortal(html`<pk-passkeys></pk-passkeys>`, client),
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
