import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  FakeForgotPasswordClient,
  sampleResetCode,
  type FakeForgotPasswordOptions,
} from '@portalkit/elements/testing/forgot-password';
import { apiStory } from './support/doc.js';
import { fakePortal, typed } from './support/fake-portal.js';
import { openedFromQrCode, stepStories } from './support/step-stories.js';

interface ForgotPasswordArgs {
  /** What the fake server and browser answer. */
  fake: Partial<FakeForgotPasswordOptions>;
  methods: string;
  'password-policy': 'modern' | 'classic';
}

const meta: Meta<ForgotPasswordArgs> = {
  title: 'Elements/pk-forgot-password',
  component: 'pk-forgot-password',
  args: { fake: {}, methods: 'email sms letter passkey', 'password-policy': 'modern' },
  render: ({ fake, ...args }) =>
    fakePortal(
      html`<pk-forgot-password
        methods=${args.methods}
        password-policy=${args['password-policy']}
      ></pk-forgot-password>`,
      new FakeForgotPasswordClient(fake),
    ),
};
export default meta;

type Story = StoryObj<ForgotPasswordArgs>;
type Play = NonNullable<Story['play']>;

const { field, at, steps, submit, press } = stepStories('pk-forgot-password');

/** Chooses a way (its radio button) and presses "Weiter". */
const choose =
  (method: string): Play =>
  async ({ canvasElement }) => {
    await userEvent.click(
      canvasElement.querySelector(`pk-forgot-password input[name=method][value=${method}]`)!,
    );
    await userEvent.click(canvasElement.querySelector('pk-forgot-password [part~=submit]')!);
  };

const identify = submit({ identifier: 'A123456780' });
const toMethod = [at('identify', 'idle'), identify, at('method', 'idle')];
const toCode = [...toMethod, choose('email'), at('code', 'idle')];
const enterCode = submit({ code: sampleResetCode });
const toPassword = [...toCode, enterCode, at('password', 'idle')];
const choosePassword = submit({ password: 'Blaue Tassen am Morgen 2026!' });

export const API = apiStory;

export const Identify: Story = { name: '1 Identify', play: at('identify', 'idle') };

export const IdentifyInvalid: Story = {
  name: '1 Identify: error, check digit',
  play: steps('identify', 'error', at('identify', 'idle'), submit({ identifier: 'A123456781' })),
};

export const Method: Story = { name: '2 Method', play: steps('method', 'idle', ...toMethod) };

export const MethodFewer: Story = {
  name: '2 Method: e-mail and letter only',
  args: { methods: 'email letter' },
  play: steps('method', 'idle', ...toMethod),
};

export const MethodNoPasskeys: Story = {
  name: '2 Method: no passkey support',
  args: { fake: { passkeySupport: { available: false, autofill: false } } },
  play: steps('method', 'idle', ...toMethod),
};

export const MethodEmpty: Story = {
  name: '2 Method: error, no way chosen',
  play: steps('method', 'error', ...toMethod, submit({})),
};

export const MethodBusy: Story = {
  name: '2 Method: busy (code requested)',
  args: { fake: { requestResetCode: 'hang' } },
  play: steps('method', 'busy', ...toMethod, choose('sms')),
};

export const MethodRateLimited: Story = {
  name: '2 Method: error RATE_LIMITED',
  args: { fake: { requestResetCode: { error: 'RATE_LIMITED', retryAfter: 900 } } },
  play: steps('method', 'error', ...toMethod, choose('email')),
};

export const MethodUnavailable: Story = {
  name: '2 Method: error NETWORK',
  args: { fake: { requestResetCode: { error: 'NETWORK' } } },
  play: steps('method', 'error', ...toMethod, choose('email')),
};

export const PasskeyBusy: Story = {
  name: '2 Passkey: busy',
  args: { fake: { verifyResetPasskey: 'hang' } },
  play: steps('method', 'busy', ...toMethod, choose('passkey')),
};

export const PasskeyCancelled: Story = {
  name: '2 Passkey: prompt closed',
  args: { fake: { verifyResetPasskey: { error: 'PASSKEY_CANCELLED' } } },
  play: steps('method', 'idle', ...toMethod, choose('passkey'), async ({ canvasElement }) => {
    const status = canvasElement.querySelector('pk-forgot-password [part~=status]')!;
    await waitFor(() => expect(status.textContent).not.toBe(''));
  }),
};

export const PasskeyUnknown: Story = {
  name: '2 Passkey: error PASSKEY_UNKNOWN',
  args: { fake: { verifyResetPasskey: { error: 'PASSKEY_UNKNOWN' } } },
  play: steps('method', 'error', ...toMethod, choose('passkey')),
};

export const Letter: Story = {
  name: '3 Letter requested',
  play: steps('letter', 'success', ...toMethod, choose('letter')),
};

export const Code: Story = {
  name: '3 Code: e-mail, waiting to send again',
  play: steps('code', 'idle', ...toCode),
};

export const CodeResend: Story = {
  name: '3 Code: SMS, "Code erneut senden" offered',
  args: { fake: { requestResetCode: { value: { code: 'requested', resendAfter: 0 } } } },
  play: steps('code', 'idle', ...toMethod, choose('sms')),
};

export const CodeHaveOne: Story = {
  name: '3 Code: "Ich habe schon einen Code"',
  play: steps(
    'code',
    'idle',
    ...toMethod,
    press('Ich habe schon einen Code', 'I already have a code'),
  ),
};

export const CodeFromQr: Story = {
  name: '3 Code: opened from the reset letter’s QR code',
  beforeEach: openedFromQrCode('k7qmx4tp9whr'),
  play: at('code', 'idle'),
};

export const CodeFormat: Story = {
  name: '3 Code: error, code too short',
  play: steps('code', 'error', ...toCode, submit({ code: '4829' })),
};

export const CodeBusy: Story = {
  name: '3 Code: busy',
  args: { fake: { verifyResetCode: 'hang' } },
  play: steps('code', 'busy', ...toCode, enterCode),
};

export const CodeInvalid: Story = {
  name: '3 Code: error CODE_INVALID',
  args: { fake: { verifyResetCode: { error: 'CODE_INVALID' } } },
  play: steps('code', 'error', ...toCode, enterCode),
};

export const CodeLocked: Story = {
  name: '3 Code: error CODE_LOCKED (back to the way)',
  args: { fake: { verifyResetCode: { error: 'CODE_LOCKED' } } },
  play: steps('method', 'error', ...toCode, enterCode),
};

export const Password: Story = {
  name: '4 Password',
  play: steps('password', 'idle', ...toPassword),
};

export const PasswordClassic: Story = {
  name: '4 Password: classic rules, typing',
  args: { 'password-policy': 'classic' },
  play: steps('password', 'idle', ...toPassword, async ({ canvasElement }) =>
    userEvent.type(field(canvasElement, 'password'), 'Sommer2026', typed),
  ),
};

export const PasswordTooShort: Story = {
  name: '4 Password: error, a rule not met',
  play: steps('password', 'error', ...toPassword, submit({ password: 'Erika123' })),
};

export const PasswordRecent: Story = {
  name: '4 Password: error PASSWORD_REJECTED (one of the last 10)',
  args: {
    fake: { resetPassword: { error: 'PASSWORD_REJECTED', fields: { password: 'notRecent' } } },
  },
  play: steps('password', 'error', ...toPassword, choosePassword),
};

export const PasswordBusy: Story = {
  name: '4 Password: busy',
  args: { fake: { resetPassword: 'hang' } },
  play: steps('password', 'busy', ...toPassword, choosePassword),
};

export const PasswordExpired: Story = {
  name: '4 Password: error RESET_REQUIRED (back to the way)',
  args: { fake: { resetPassword: { error: 'RESET_REQUIRED' } } },
  play: steps('method', 'error', ...toPassword, choosePassword),
};

export const PasswordByPasskey: Story = {
  name: '4 Password: after the passkey',
  play: steps('password', 'idle', ...toMethod, choose('passkey')),
};

export const Done: Story = {
  name: '5 Done',
  play: steps('done', 'success', ...toPassword, choosePassword),
};
