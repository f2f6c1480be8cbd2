import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { FakeLoginClient, type FakeLoginOptions } from '@portalkit/elements/testing/login';
import { english, fakePortal } from './support/fake-portal.js';

interface LoginArgs {
  client: Partial<FakeLoginOptions>;
  methods: 'all' | 'password' | 'passkey';
}

const meta: Meta<LoginArgs> = {
  title: 'Elements/pk-login',
  component: 'pk-login',
  args: { client: {}, methods: 'all' },
  render: ({ client, methods }) =>
    fakePortal(html`<pk-login methods=${methods}></pk-login>`, new FakeLoginClient(client)),
};
export default meta;

type Story = StoryObj<LoginArgs>;

const login = (canvasElement: HTMLElement) => canvasElement.querySelector('pk-login')!;

const field = (canvasElement: HTMLElement, name: 'identifier' | 'password') =>
  canvasElement.querySelector<HTMLInputElement>(`pk-login input[name=${name}]`)!;

const button = (canvasElement: HTMLElement, part: 'submit' | 'secondary-action') =>
  canvasElement.querySelector<HTMLButtonElement>(`pk-login [part~=${part}]`)!;

async function reached(canvasElement: HTMLElement, state: string): Promise<void> {
  await waitFor(() => expect(login(canvasElement).getAttribute('state')).toBe(state));
}

/** Types into the form and presses "Anmelden", as a member would. */
function submitWith(identifier: string, password: string, state: string): Story['play'] {
  return async ({ canvasElement }) => {
    if (identifier) await userEvent.type(field(canvasElement, 'identifier'), identifier);
    if (password) await userEvent.type(field(canvasElement, 'password'), password);
    await userEvent.click(button(canvasElement, 'submit'));
    await reached(canvasElement, state);
  };
}

/** Presses "Mit Passkey anmelden" once the browser's support is known. */
function pressPasskey(state: string): Story['play'] {
  return async ({ canvasElement }) => {
    await waitFor(() => expect(button(canvasElement, 'secondary-action')).toBeTruthy());
    await userEvent.click(button(canvasElement, 'secondary-action'));
    await reached(canvasElement, state);
  };
}

export const Idle: Story = {};
export const IdleEnglish = english(Idle);

export const BusyPassword: Story = {
  name: 'Busy (password)',
  args: { client: { loginWithPassword: 'hang' } },
  play: submitWith('A123456780', 'mein geheimes Passwort', 'busy'),
};
export const BusyPasswordEnglish = english(BusyPassword);

export const BusyPasskey: Story = {
  name: 'Busy (passkey)',
  args: { client: { loginWithPasskey: 'hang' } },
  play: pressPasskey('busy'),
};
export const BusyPasskeyEnglish = english(BusyPasskey);

export const ValidationEmpty: Story = {
  name: 'Error: empty fields',
  play: submitWith('', '', 'error'),
};
export const ValidationEmptyEnglish = english(ValidationEmpty);

export const ValidationKvnrFormat: Story = {
  name: 'Error: KVNR format',
  play: submitWith('A12345', 'mein geheimes Passwort', 'error'),
};
export const ValidationKvnrFormatEnglish = english(ValidationKvnrFormat);

export const ValidationKvnrCheckDigit: Story = {
  name: 'Error: KVNR check digit',
  play: submitWith('A123456781', 'mein geheimes Passwort', 'error'),
};
export const ValidationKvnrCheckDigitEnglish = english(ValidationKvnrCheckDigit);

export const CredentialsInvalid: Story = {
  name: 'Error: CREDENTIALS_INVALID',
  args: { client: { loginWithPassword: { error: 'CREDENTIALS_INVALID' } } },
  play: submitWith('A123456780', 'falsches Passwort', 'error'),
};
export const CredentialsInvalidEnglish = english(CredentialsInvalid);

export const RateLimited: Story = {
  name: 'Error: RATE_LIMITED',
  args: { client: { loginWithPassword: { error: 'RATE_LIMITED', retryAfter: 300 } } },
  play: submitWith('A123456780', 'falsches Passwort', 'error'),
};
export const RateLimitedEnglish = english(RateLimited);

export const Network: Story = {
  name: 'Error: NETWORK',
  args: { client: { loginWithPassword: { error: 'NETWORK' } } },
  play: submitWith('A123456780', 'mein geheimes Passwort', 'error'),
};
export const NetworkEnglish = english(Network);

export const PasskeyUnknown: Story = {
  name: 'Error: PASSKEY_UNKNOWN',
  args: { client: { loginWithPasskey: { error: 'PASSKEY_UNKNOWN' } } },
  play: pressPasskey('error'),
};
export const PasskeyUnknownEnglish = english(PasskeyUnknown);

export const PasskeyCancelled: Story = {
  name: 'PASSKEY_CANCELLED (calm)',
  args: { client: { loginWithPasskey: { error: 'PASSKEY_CANCELLED' } } },
  play: async (context) => {
    await pressPasskey('idle')!(context);
    await waitFor(() =>
      expect(context.canvasElement.querySelector('pk-login [part~=status]')!.textContent).not.toBe(
        '',
      ),
    );
  },
};
export const PasskeyCancelledEnglish = english(PasskeyCancelled);

export const Success: Story = {
  play: submitWith('A123456780', 'mein geheimes Passwort', 'success'),
};
export const SuccessEnglish = english(Success);

export const PasskeyOnly: Story = {
  name: 'Passkey only',
  args: { methods: 'passkey' },
};
export const PasskeyOnlyEnglish = english(PasskeyOnly);

export const PasswordOnly: Story = {
  name: 'Password only',
  args: { methods: 'password' },
};
export const PasswordOnlyEnglish = english(PasswordOnly);

export const PasskeysUnsupported: Story = {
  name: 'Passkeys unsupported',
  args: { client: { passkeySupport: { available: false, autofill: false } } },
};
export const PasskeysUnsupportedEnglish = english(PasskeysUnsupported);
