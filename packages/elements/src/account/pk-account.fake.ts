import type {
  AccountView,
  ApprovalPending,
  ApprovalView,
  ChangeEmailRequest,
  ChangePasswordRequest,
  EmailCodeSent,
  EndSessionRequest,
  LoginResponse,
  SessionList,
  SessionView,
  VerifyEmailRequest,
} from '@portalkit/protocol';
import {
  FakeApproveClient,
  sampleApproval,
  type FakeApproveOptions,
} from '../approve/pk-approve.fake.js';
import { signedIn, type Outcome } from '../test-support/fake-client.js';
import type { AccountClient } from './pk-account.client.js';

type Signal = { signal?: AbortSignal };

export interface FakeAccountOptions extends FakeApproveOptions {
  account: Outcome<AccountView>;
  changePassword: Outcome<LoginResponse>;
  requestEmailCode: Outcome<EmailCodeSent>;
  verifyEmailCode: Outcome<AccountView>;
  sessions: Outcome<SessionList>;
  endSession: Outcome<SessionList>;
  endOtherSessions: Outcome<SessionList>;
  endRegistration: Outcome<ApprovalPending>;
}

export const sampleAccount: AccountView['account'] = {
  displayName: 'Erika Mustermann',
  email: 'erika.mustermann@example.de',
  passkeys: 2,
};

/** The account as `GET /account` answers it, with some of its fields replaced. */
export function sampleAccountView(changes: Partial<AccountView['account']> = {}): AccountView {
  const account = { ...sampleAccount, ...changes };
  return {
    account,
    signal: {
      rpId: 'localhost',
      userId: 'dXNlci1oYW5kbGUtZXJpa2E',
      name: account.email,
      displayName: account.displayName,
    },
  };
}

/** The new address a member types, and the code the fake's e-mail carries. */
export const sampleNewEmail = 'erika.neu@example.de';
export const sampleEmailCode = '493027';

/** This browser's session and two others, as the server lists them (the current one first). */
export function sampleSessions(now = Date.now()): SessionView[] {
  const ago = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
  return [
    {
      id: 'ses-a1',
      browser: 'Chrome',
      system: 'Windows',
      method: 'passkey',
      createdAt: ago(45),
      lastSeenAt: ago(0),
      current: true,
    },
    {
      id: 'ses-b2',
      browser: 'Safari',
      system: 'iOS',
      method: 'passkey',
      createdAt: ago(3 * 24 * 60),
      lastSeenAt: ago(5 * 60),
      current: false,
    },
    {
      id: 'ses-c3',
      browser: 'Firefox',
      system: 'Linux',
      method: 'password',
      createdAt: ago(9 * 24 * 60),
      lastSeenAt: ago(2 * 24 * 60),
      current: false,
    },
  ];
}

/** Ending the registration, waiting for the member's approval. */
export function sampleEndApproval(now = Date.now()): ApprovalView {
  return {
    ...sampleApproval(now),
    id: 'apv-e4nd',
    kind: 'end-registration',
    summary: {
      de: {
        title: 'Registrierung aufheben',
        lines: [
          {
            label: 'Zugang zum Online-Portal',
            from: 'registriert',
            to: 'aufgehoben',
          },
          { label: 'Passkeys', from: '2', to: 'keine' },
        ],
      },
      en: {
        title: 'End registration',
        lines: [
          { label: 'Online portal access', from: 'registered', to: 'ended' },
          { label: 'Passkeys', from: '2', to: 'none' },
        ],
      },
    },
  };
}

/**
 * `<pk-account>`'s client without a server (see `FakeClient`): its own calls, and the
 * approval's (`FakeApproveClient`) for the `<pk-approve>` it shows. Ending sessions answers the
 * sample list without the ended ones. `now`: when the samples were made (a fake clock's).
 */
export class FakeAccountClient extends FakeApproveClient implements AccountClient {
  declare readonly options: FakeAccountOptions;

  constructor(options: Partial<FakeAccountOptions> = {}, now = Date.now()) {
    const approval = sampleEndApproval(now);
    const sessions = sampleSessions(now);
    super(
      {
        account: { value: sampleAccountView() },
        changePassword: { value: { session: signedIn } },
        requestEmailCode: {
          value: { email: sampleNewEmail, expiresIn: 600, resendIn: 60 },
        },
        verifyEmailCode: {
          value: sampleAccountView({ email: sampleNewEmail }),
        },
        sessions: { value: { sessions } },
        endSession: {
          value: {
            sessions: sessions.filter((session) => session.id !== 'ses-b2'),
          },
        },
        endOtherSessions: {
          value: { sessions: sessions.filter((session) => session.current) },
        },
        endRegistration: { value: { approval } },
        approvalStatus: { value: { approval } },
        approveWithPasskey: {
          value: { approval: { ...approval, status: 'approved' } },
        },
        denyApproval: {
          value: { approval: { ...approval, status: 'denied' } },
        },
        ...options,
      },
      now,
    );
  }

  account(opts?: Signal) {
    this.record('account');
    return this.settle(this.options.account, opts?.signal, 'NETWORK');
  }

  changePassword(input: ChangePasswordRequest, opts?: Signal) {
    this.record('changePassword', input);
    return this.settle(this.options.changePassword, opts?.signal, 'NETWORK');
  }

  requestEmailCode(input: ChangeEmailRequest, opts?: Signal) {
    this.record('requestEmailCode', input);
    return this.settle(this.options.requestEmailCode, opts?.signal, 'NETWORK');
  }

  verifyEmailCode(input: VerifyEmailRequest, opts?: Signal) {
    this.record('verifyEmailCode', input);
    return this.settle(this.options.verifyEmailCode, opts?.signal, 'NETWORK');
  }

  sessions(opts?: Signal) {
    this.record('sessions');
    return this.settle(this.options.sessions, opts?.signal, 'NETWORK');
  }

  endSession(input: EndSessionRequest, opts?: Signal) {
    this.record('endSession', input);
    return this.settle(this.options.endSession, opts?.signal, 'NETWORK');
  }

  endOtherSessions(opts?: Signal) {
    this.record('endOtherSessions');
    return this.settle(this.options.endOtherSessions, opts?.signal, 'NETWORK');
  }

  endRegistration(opts?: Signal) {
    this.record('endRegistration');
    return this.settle(this.options.endRegistration, opts?.signal, 'NETWORK');
  }
}
