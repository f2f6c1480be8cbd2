import {
  accountCalls,
  type AccountView,
  type ApprovalPending,
  type ChangeEmailRequest,
  type ChangePasswordRequest,
  type EmailCodeSent,
  type EndSessionRequest,
  type LoginResponse,
  type SessionList,
  type VerifyEmailRequest,
} from '@portalkit/protocol';
import { approveClient, type ApproveClient } from '../approve/pk-approve.client.js';
import type { Transport } from '../client/transport.js';

type Signal = { signal?: AbortSignal };

/** What `<pk-account>` needs: its calls, and the approval's for its `<pk-approve>`. */
export interface AccountClient extends ApproveClient {
  /** The member's name, e-mail address and how many passkeys the account has. */
  account(opts?: Signal): Promise<AccountView>;
  /**
   * A new password: this session gets a new id, every other one ends. Rejects with
   * `PASSWORD_REJECTED` (`fields.password`: the rules it breaks), and a wrong current password
   * with `CREDENTIALS_INVALID` or `VALIDATION_FAILED` (`fields.current: wrong`).
   */
  changePassword(input: ChangePasswordRequest, opts?: Signal): Promise<LoginResponse>;
  /**
   * A code to the new address. Rejects with `VALIDATION_FAILED` (`fields.email`: `format` or
   * `unchanged`) or `RATE_LIMITED`.
   */
  requestEmailCode(input: ChangeEmailRequest, opts?: Signal): Promise<EmailCodeSent>;
  /** The code from the new address; rejects with `CODE_INVALID` or `CODE_LOCKED`. */
  verifyEmailCode(input: VerifyEmailRequest, opts?: Signal): Promise<AccountView>;
  /** The member's live sessions, the current one first. */
  sessions(opts?: Signal): Promise<SessionList>;
  /** Ends one other session (`NOT_FOUND` when it is gone already). */
  endSession(input: EndSessionRequest, opts?: Signal): Promise<SessionList>;
  /** Ends every session but this one. */
  endOtherSessions(opts?: Signal): Promise<SessionList>;
  /** Ending the registration: the answer is the approval it waits for. */
  endRegistration(opts?: Signal): Promise<ApprovalPending>;
}

declare module '../client/portal-client.js' {
  interface PortalClient extends AccountClient {}
}

/** The member's account settings and their approval: all that `<pk-account>` sends. */
export function accountClient(request: Transport): AccountClient {
  return {
    ...approveClient(request),
    account: (opts) => request(accountCalls.account, undefined, opts?.signal),
    changePassword: (input, opts) => request(accountCalls.password, input, opts?.signal),
    requestEmailCode: (input, opts) => request(accountCalls.emailCode, input, opts?.signal),
    verifyEmailCode: (input, opts) => request(accountCalls.emailVerify, input, opts?.signal),
    sessions: (opts) => request(accountCalls.sessions, undefined, opts?.signal),
    endSession: (input, opts) => request(accountCalls.endSession, input, opts?.signal),
    endOtherSessions: (opts) => request(accountCalls.endOtherSessions, undefined, opts?.signal),
    endRegistration: (opts) => request(accountCalls.end, undefined, opts?.signal),
  };
}
