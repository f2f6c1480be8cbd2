import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  FakeRegisterClient,
  sampleCode,
  sampleMember,
  type FakeRegisterOptions,
} from '@portalkit/elements/testing/register';
import { apiStory } from './support/doc.js';
import { fakePortal, typed } from './support/fake-portal.js';
import { openedFromQrCode, stepStories } from './support/step-stories.js';

interface RegisterArgs {
  /** What the fake server and browser answer. */
  fake: Partial<FakeRegisterOptions>;
  'card-number': boolean;
  'password-policy': 'modern' | 'classic';
}

/** What `<pk-register>` remembers after a letter was requested (only that, and when). */
const letterKey = 'portalkit.register.letter';

const meta: Meta<RegisterArgs> = {
  title: 'Elements/pk-register',
  component: 'pk-register',
  args: { fake: {}, 'card-number': false, 'password-policy': 'modern' },
  // Every story starts in a browser that has not requested a letter.
  beforeEach: () => localStorage.removeItem(letterKey),
  render: ({ fake, ...args }) =>
    fakePortal(
      html`<pk-register
        ?card-number=${args['card-number']}
        password-policy=${args['password-policy']}
      ></pk-register>`,
      new FakeRegisterClient(fake),
    ),
};
export default meta;

type Story = StoryObj<RegisterArgs>;
type Play = NonNullable<Story['play']>;

const { element: register, field, at, steps, submit, click: press } = stepStories('pk-register');

const identify = submit(sampleMember);
const activate = submit({ kvnr: 'A123456780', code: sampleCode });
const choosePassword = submit({ password: 'Blaue Tassen am Morgen 2026!' });

/** A letter was requested in this browser before: the element starts at the code. */
const letterRequested = () => {
  localStorage.setItem(letterKey, String(Date.now()));
  return () => localStorage.removeItem(letterKey);
};
/** This browser's activation holds: the element starts at the password. */
const activated: Partial<FakeRegisterOptions> = {
  registration: { value: { activated: true, displayName: 'Erika Mustermann' } },
};

export const API = apiStory;

/** After a code was accepted here, the element asks the server for the rest before it shows a step. */
export const Loading: Story = {
  beforeEach: () => {
    localStorage.setItem(letterKey, `activated:${Date.now()}`);
    return () => localStorage.removeItem(letterKey);
  },
  args: { fake: { registration: 'hang' } },
};

export const Identify: Story = { name: '1 Identify', play: at('identify', 'idle') };

export const IdentifyCardNumber: Story = {
  name: '1 Identify: with the card number',
  args: { 'card-number': true },
  play: at('identify', 'idle'),
};

export const IdentifyBusy: Story = {
  name: '1 Identify: busy',
  args: { fake: { requestLetter: 'hang' } },
  play: steps('identify', 'busy', at('identify', 'idle'), identify),
};

export const IdentifyEmpty: Story = {
  name: '1 Identify: error, empty fields',
  args: { 'card-number': true },
  play: steps('identify', 'error', at('identify', 'idle'), press('submit')),
};

export const IdentifyInvalid: Story = {
  name: '1 Identify: error, check digit and date',
  play: steps(
    'identify',
    'error',
    at('identify', 'idle'),
    submit({ kvnr: 'A123456781', postcode: '1011', day: '31', month: '2', email: 'erika@' }),
  ),
};

export const IdentifyRateLimited: Story = {
  name: '1 Identify: error RATE_LIMITED',
  args: { fake: { requestLetter: { error: 'RATE_LIMITED', retryAfter: 3600 } } },
  play: steps('identify', 'error', at('identify', 'idle'), identify),
};

export const Letter: Story = {
  name: '1 Letter requested',
  play: steps('letter', 'success', at('identify', 'idle'), identify),
};

export const Activate: Story = {
  name: '2 Activate (after a reload)',
  beforeEach: letterRequested,
  play: at('activate', 'idle'),
};

export const ActivateFromQr: Story = {
  name: '2 Activate: opened from the QR code',
  beforeEach: openedFromQrCode('k7qmx4tp9whr'),
  play: at('activate', 'idle'),
};

export const ActivateBusy: Story = {
  name: '2 Activate: busy',
  args: { fake: { activate: 'hang' } },
  beforeEach: letterRequested,
  play: steps('activate', 'busy', at('activate', 'idle'), activate),
};

export const ActivateCodeFormat: Story = {
  name: '2 Activate: error, code too short',
  beforeEach: letterRequested,
  play: steps(
    'activate',
    'error',
    at('activate', 'idle'),
    submit({ kvnr: 'A123456780', code: 'K7QM-X4TP' }),
  ),
};

export const ActivateWrongCode: Story = {
  name: '2 Activate: error CODE_INVALID',
  args: { fake: { activate: { error: 'CODE_INVALID' } } },
  beforeEach: letterRequested,
  play: steps('activate', 'error', at('activate', 'idle'), activate),
};

export const ActivateLocked: Story = {
  name: '2 Activate: error CODE_LOCKED (back to step 1)',
  args: { fake: { activate: { error: 'CODE_LOCKED' } } },
  beforeEach: letterRequested,
  play: steps('identify', 'error', at('activate', 'idle'), activate),
};

export const Password: Story = {
  name: '3 Password',
  play: steps('password', 'idle', at('activate', 'idle'), activate),
  beforeEach: letterRequested,
};

export const PasswordClassic: Story = {
  name: '3 Password: classic rules, typing',
  args: { fake: activated, 'password-policy': 'classic' },
  play: steps('password', 'idle', at('password', 'idle'), async ({ canvasElement }) =>
    userEvent.type(field(canvasElement, 'password'), 'Sommer2026', typed),
  ),
};

export const PasswordBusy: Story = {
  name: '3 Password: busy',
  args: { fake: { ...activated, createAccount: 'hang' } },
  play: steps('password', 'busy', at('password', 'idle'), choosePassword),
};

export const PasswordTooShort: Story = {
  name: '3 Password: error, a rule not met',
  args: { fake: activated },
  play: steps('password', 'error', at('password', 'idle'), submit({ password: 'Erika123' })),
};

export const PasswordRejected: Story = {
  name: '3 Password: error PASSWORD_REJECTED (server)',
  args: {
    fake: {
      ...activated,
      createAccount: { error: 'PASSWORD_REJECTED', fields: { password: 'notCommon' } },
    },
  },
  play: steps('password', 'error', at('password', 'idle'), choosePassword),
};

export const PasswordExpired: Story = {
  name: '3 Password: error REGISTRATION_REQUIRED (back to step 2)',
  args: { fake: { ...activated, createAccount: { error: 'REGISTRATION_REQUIRED' } } },
  play: steps('activate', 'error', at('password', 'idle'), choosePassword),
};

const atPasskey = [at('password', 'idle'), choosePassword, at('passkey', 'idle')];

export const Passkey: Story = {
  name: '4 This device',
  args: { fake: activated },
  play: steps('passkey', 'idle', ...atPasskey),
};

export const PasskeyBusy: Story = {
  name: '4 This device: busy',
  args: { fake: { ...activated, addPasskey: 'hang' } },
  play: steps('passkey', 'busy', ...atPasskey, press('submit')),
};

export const PasskeyCancelled: Story = {
  name: '4 This device: prompt closed',
  args: { fake: { ...activated, addPasskey: { error: 'PASSKEY_CANCELLED' } } },
  play: steps('passkey', 'idle', ...atPasskey, press('submit'), async ({ canvasElement }) => {
    const status = canvasElement.querySelector('pk-register [part~=status]')!;
    await waitFor(() => expect(status.textContent).not.toBe(''));
  }),
};

export const PasskeyFailed: Story = {
  name: '4 This device: error PASSKEY_FAILED',
  args: { fake: { ...activated, addPasskey: { error: 'PASSKEY_FAILED' } } },
  play: steps('passkey', 'error', ...atPasskey, press('submit')),
};

/** "Später" pressed: the step asks "Ohne Passkey weiter?" and explains what a passkey protects. */
const later: Play[] = [
  press('secondary-action'),
  async ({ canvasElement }) =>
    waitFor(() =>
      expect(canvasElement.querySelector('pk-register [part~=heading]')!.textContent).toMatch(/\?/),
    ),
];

export const PasskeyLater: Story = {
  name: '4 This device: "Später"',
  args: { fake: activated },
  play: steps('passkey', 'idle', ...atPasskey, ...later),
};

export const PasskeyUnsupported: Story = {
  name: '4 This device: no passkey support',
  args: { fake: { ...activated, passkeySupport: { available: false, autofill: false } } },
  play: steps('passkey', 'idle', ...atPasskey),
};

export const Done: Story = {
  name: '5 Done',
  args: { fake: activated },
  play: steps('done', 'success', ...atPasskey, press('submit')),
};

export const DoneWithoutPasskey: Story = {
  name: '5 Done without a passkey',
  args: { fake: activated },
  play: steps('done', 'success', ...atPasskey, ...later, press('secondary-action')),
};
