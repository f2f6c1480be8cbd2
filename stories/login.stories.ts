import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { FakeLoginClient, type FakeLoginOptions } from '@portalkit/elements/testing/login';
import { apiStory } from './support/doc.js';
import { fakePortal, supportPending, typed } from './support/fake-portal.js';

interface LoginArgs {
  /** What the fake server and browser answer. */
  fake: Partial<FakeLoginOptions>;
  methods: 'all' | 'password' | 'passkey';
  /** The site's forgot-password page; empty: no link. */
  'forgot-password-href': string;
}

/**
 * The fake's autofill answer stands for the one passkey the member picks from the identifier
 * field's list; the ceremony started after it waits, as the browser does until the next pick.
 */
function loginClient(fake: Partial<FakeLoginOptions>): FakeLoginClient {
  const client = new FakeLoginClient(fake);
  const start = client.loginWithPasskey.bind(client);
  client.loginWithPasskey = (options) => {
    const answer = start(options);
    if (options?.autofill) client.set({ loginWithPasskeyAutofill: 'hang' });
    return answer;
  };
  return client;
}

const meta: Meta<LoginArgs> = {
  title: 'Elements/pk-login',
  component: 'pk-login',
  args: { fake: {}, methods: 'all', 'forgot-password-href': '' },
  render: ({ fake, methods, ...args }) =>
    fakePortal(
      html`<pk-login
        methods=${methods}
        forgot-password-href=${args['forgot-password-href'] || nothing}
      ></pk-login>`,
      loginClient(fake),
    ),
};
export default meta;

type Story = StoryObj<LoginArgs>;

const login = (canvasElement: HTMLElement) => canvasElement.querySelector('pk-login')!;

const field = (canvasElement: HTMLElement, name: 'identifier' | 'password') =>
  canvasElement.querySelector<HTMLInputElement>(`pk-login input[name=${name}]`)!;

const button = (canvasElement: HTMLElement, part: 'submit' | 'secondary-action' | 'toggle') =>
  canvasElement.querySelector<HTMLButtonElement>(`pk-login [part~=${part}]`)!;

async function reached(canvasElement: HTMLElement, state: string): Promise<void> {
  await waitFor(() => expect(login(canvasElement).getAttribute('state')).toBe(state));
}

/** Types into the form and presses "Anmelden", as a member would. */
function submitWith(identifier: string, password: string, state: string): Story['play'] {
  return async ({ canvasElement }) => {
    if (identifier) await userEvent.type(field(canvasElement, 'identifier'), identifier, typed);
    if (password) await userEvent.type(field(canvasElement, 'password'), password, typed);
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

export const API = apiStory;

export const Idle: Story = {};

/** The site has a page with `<pk-forgot-password>`: "Passwort vergessen?" under the password. */
export const ForgotPasswordLink: Story = {
  name: 'With "Passwort vergessen?"',
  args: { 'forgot-password-href': '/passwort-vergessen' },
  play: async ({ canvasElement }) =>
    waitFor(() =>
      expect(canvasElement.querySelector('pk-login [part~=forgot-password]')).toBeTruthy(),
    ),
};

export const SupportPending: Story = {
  name: 'Passkey support not yet known',
  render: ({ fake, methods }) =>
    fakePortal(html`<pk-login methods=${methods}></pk-login>`, supportPending(loginClient(fake))),
};

export const PasswordShown: Story = {
  name: 'Password shown',
  play: async ({ canvasElement }) => {
    await userEvent.type(field(canvasElement, 'password'), 'mein geheimes Passwort', typed);
    await userEvent.click(button(canvasElement, 'toggle'));
    await waitFor(() => expect(field(canvasElement, 'password').type).toBe('text'));
  },
};

export const BusyPassword: Story = {
  name: 'Busy (password)',
  args: { fake: { loginWithPassword: 'hang' } },
  play: submitWith('A123456780', 'mein geheimes Passwort', 'busy'),
};

export const BusyPasskey: Story = {
  name: 'Busy (passkey)',
  args: { fake: { loginWithPasskey: 'hang' } },
  play: pressPasskey('busy'),
};

export const ValidationEmpty: Story = {
  name: 'Error: empty fields',
  play: submitWith('', '', 'error'),
};

export const ValidationKvnrFormat: Story = {
  name: 'Error: KVNR format',
  play: submitWith('A12345', 'mein geheimes Passwort', 'error'),
};

export const ValidationKvnrCheckDigit: Story = {
  name: 'Error: KVNR check digit',
  play: submitWith('A123456781', 'mein geheimes Passwort', 'error'),
};

export const ValidationEmailFormat: Story = {
  name: 'Error: e-mail format',
  play: submitWith('erika@beispiel', 'mein geheimes Passwort', 'error'),
};

export const CredentialsInvalid: Story = {
  name: 'Error: CREDENTIALS_INVALID',
  args: { fake: { loginWithPassword: { error: 'CREDENTIALS_INVALID' } } },
  play: submitWith('A123456780', 'falsches Passwort', 'error'),
};

export const RateLimited: Story = {
  name: 'Error: RATE_LIMITED',
  args: { fake: { loginWithPassword: { error: 'RATE_LIMITED', retryAfter: 300 } } },
  play: submitWith('A123456780', 'falsches Passwort', 'error'),
};

export const Network: Story = {
  name: 'Error: NETWORK',
  args: { fake: { loginWithPassword: { error: 'NETWORK' } } },
  play: submitWith('A123456780', 'mein geheimes Passwort', 'error'),
};

export const PasskeyUnknown: Story = {
  name: 'Error: PASSKEY_UNKNOWN',
  args: { fake: { loginWithPasskey: { error: 'PASSKEY_UNKNOWN' } } },
  play: pressPasskey('error'),
};

export const PasskeyFailed: Story = {
  name: 'Error: PASSKEY_FAILED',
  args: { fake: { loginWithPasskey: { error: 'PASSKEY_FAILED' } } },
  play: pressPasskey('error'),
};

/** A passkey picked from the identifier field's autofill list, which the server refused. */
export const AutofillPasskeyInvalid: Story = {
  name: 'Error: PASSKEY_INVALID (autofill)',
  args: { fake: { loginWithPasskeyAutofill: { error: 'PASSKEY_INVALID', delay: 100 } } },
  play: async ({ canvasElement }) => reached(canvasElement, 'error'),
};

export const AutofillChallengeExpired: Story = {
  name: 'Error: CHALLENGE_EXPIRED (autofill)',
  args: { fake: { loginWithPasskeyAutofill: { error: 'CHALLENGE_EXPIRED', delay: 100 } } },
  play: async ({ canvasElement }) => reached(canvasElement, 'error'),
};

export const PasskeyCancelled: Story = {
  name: 'PASSKEY_CANCELLED (calm)',
  args: { fake: { loginWithPasskey: { error: 'PASSKEY_CANCELLED' } } },
  play: async (context) => {
    await pressPasskey('idle')!(context);
    await waitFor(() =>
      expect(context.canvasElement.querySelector('pk-login [part~=status]')!.textContent).not.toBe(
        '',
      ),
    );
  },
};

export const Success: Story = {
  play: submitWith('A123456780', 'mein geheimes Passwort', 'success'),
};

export const PasskeyOnly: Story = {
  name: 'Passkey only',
  args: { methods: 'passkey' },
};

export const PasswordOnly: Story = {
  name: 'Password only',
  args: { methods: 'password' },
};

export const PasskeysUnsupported: Story = {
  name: 'Passkeys unsupported',
  args: { fake: { passkeySupport: { available: false, autofill: false } } },
};
