import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import {
  FakeAccountClient,
  sampleAccountView,
  sampleEmailCode,
  sampleNewEmail,
  type FakeAccountOptions,
} from '@portalkit/elements/testing/account';
import { apiStory } from './support/doc.js';
import { fakePortal } from './support/fake-portal.js';
import { stepStories, type StepPlay } from './support/step-stories.js';

interface AccountArgs {
  /** What the fake server and browser answer. */
  fake: Partial<FakeAccountOptions>;
  /** Where "Zur Startseite" leads once the registration is ended. */
  doneHref: string;
}

const meta: Meta<AccountArgs> = {
  title: 'Elements/pk-account',
  component: 'pk-account',
  args: { fake: {}, doneHref: '/' },
  render: ({ fake, doneHref }) =>
    fakePortal(
      html`<pk-account done-href=${doneHref} passkeys-href="#passkeys"></pk-account>`,
      new FakeAccountClient(fake),
    ),
};
export default meta;

type Story = StoryObj<AccountArgs>;

const { at, steps, submit, click, press, approveWithPasskey, declineApproval } =
  stepStories('pk-account');

const currentPassword = 'Mein altes Passwort 2024';
const strongPassword = 'Blaue Tassen am Morgen 2026!';

/** Presses the overview's button that opens a task. */
const open =
  (task: 'email' | 'password' | 'sessions' | 'end'): StepPlay =>
  async ({ canvasElement }) =>
    userEvent.click(
      canvasElement.querySelector<HTMLButtonElement>(`pk-account [data-task=${task}]`)!,
    );

const toOverview = at('overview', 'idle');
const toEmail = [toOverview, open('email'), at('email', 'idle')];
const toCode = [...toEmail, submit({ email: sampleNewEmail }), at('email-code', 'idle')];
const toPassword = [toOverview, open('password'), at('password', 'idle')];
const toSessions = [toOverview, open('sessions'), at('sessions', 'idle')];
const toEndOthers = [...toSessions, click('submit'), at('end-others', 'idle')];
const toEnd = [toOverview, open('end'), at('end', 'idle')];
const toApprove = [...toEnd, submit(), at('end-approve', 'idle')];

export const API = apiStory;

export const Loading: Story = {
  name: '0 Loading the settings',
  args: { fake: { account: 'hang' } },
  play: at(null, 'loading'),
};

export const LoadFailed: Story = {
  name: '0 Loading: error, service unavailable, with a retry',
  args: { fake: { sessions: { error: 'INTERNAL' } } },
  play: at(null, 'error'),
};

export const Overview: Story = { name: '1 Overview: the four settings', play: toOverview };

export const EmailForm: Story = {
  name: '2 E-mail: the new address',
  play: steps('email', 'idle', ...toEmail),
};

export const EmailError: Story = {
  name: '2 E-mail: error, the current address again',
  play: steps('email', 'error', ...toEmail, submit({ email: 'erika.mustermann@example.de' })),
};

export const EmailCode: Story = {
  name: '2 E-mail: the code, "send again" after its wait',
  play: steps('email-code', 'idle', ...toCode),
};

export const EmailCodeError: Story = {
  name: '2 E-mail: error, wrong code',
  args: { fake: { verifyEmailCode: { error: 'CODE_INVALID' } } },
  play: steps('email-code', 'error', ...toCode, submit({ code: '111111' })),
};

export const EmailDone: Story = {
  name: '2 E-mail: done, the new address',
  play: steps('email-done', 'success', ...toCode, submit({ code: sampleEmailCode })),
};

export const PasswordForm: Story = {
  name: '3 Password: current and new, the rules shown',
  play: steps('password', 'idle', ...toPassword),
};

export const PasswordRejected: Story = {
  name: '3 Password: error, one of the last 10',
  args: {
    fake: { changePassword: { error: 'PASSWORD_REJECTED', fields: { password: 'notRecent' } } },
  },
  play: steps(
    'password',
    'error',
    ...toPassword,
    submit({ current: currentPassword, password: strongPassword }),
  ),
};

export const PasswordWrong: Story = {
  name: '3 Password: error, the current one wrong',
  args: { fake: { changePassword: { error: 'CREDENTIALS_INVALID' } } },
  play: steps(
    'password',
    'error',
    ...toPassword,
    submit({ current: 'falsch', password: strongPassword }),
  ),
};

export const PasswordDone: Story = {
  name: '3 Password: done, other devices signed out',
  play: steps(
    'password-done',
    'success',
    ...toPassword,
    submit({ current: currentPassword, password: strongPassword }),
  ),
};

export const Sessions: Story = {
  name: '4 Devices: the list, this device marked',
  play: steps('sessions', 'idle', ...toSessions),
};

export const SessionEnded: Story = {
  name: '4 Devices: one signed out, the list updated',
  play: steps(
    'sessions',
    'success',
    ...toSessions,
    press('Abmelden: Safari unter iOS', 'Sign out: Safari on iOS'),
  ),
};

export const EndOthersConfirm: Story = {
  name: '4 Devices: sign out all others? (asks first)',
  play: steps('end-others', 'idle', ...toEndOthers),
};

export const EndOthersDone: Story = {
  name: '4 Devices: done, all others signed out',
  play: steps('sessions', 'success', ...toEndOthers, click('submit')),
};

export const End: Story = {
  name: '5 End registration: what happens',
  play: steps('end', 'idle', ...toEnd),
};

export const EndWithoutPasskey: Story = {
  name: '5 End registration: no passkey yet, add one first',
  args: { fake: { account: { value: sampleAccountView({ passkeys: 0 }) } } },
  play: steps('end', 'idle', ...toEnd),
};

export const EndApprove: Story = {
  name: '5 End registration: <pk-approve> inline',
  play: steps('end-approve', 'idle', ...toApprove),
};

export const EndDeclined: Story = {
  name: '5 End registration: approval declined, back to the overview',
  play: steps('end-approve', 'idle', ...toApprove, declineApproval),
};

export const EndDone: Story = {
  name: '5 End registration: done, a link to the start',
  play: steps('end-done', 'success', ...toApprove, approveWithPasskey),
};

export const ServerError: Story = {
  name: '6 Error: session expired while sending',
  args: { fake: { requestEmailCode: { error: 'SESSION_EXPIRED' } } },
  play: steps('email', 'error', ...toEmail, submit({ email: sampleNewEmail })),
};
