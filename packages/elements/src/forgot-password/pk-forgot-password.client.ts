import {
  forgotPasswordCalls,
  type LoginResponse,
  type NewPasswordRequest,
  type ResetCodeRequest,
  type ResetCodeResponse,
  type ResetVerified,
  type ResetVerifyRequest,
} from '@portalkit/protocol';
import { startAuthentication } from '@simplewebauthn/browser';
import { cancelPasskey, passkeyCeremony, passkeySupport } from '../client/ceremony.js';
import type { PasskeyCeremonies } from '../client/portal-client.js';
import type { Transport } from '../client/transport.js';

type Signal = { signal?: AbortSignal };

/** What `<pk-forgot-password>` needs. */
export interface ForgotPasswordClient extends PasskeyCeremonies {
  /**
   * Asks for a reset code by e-mail, SMS or letter. Answers `{ code: 'requested', resendAfter }`
   * whether or not the account exists or has that channel (no user enumeration).
   */
  requestResetCode(input: ResetCodeRequest, opts?: Signal): Promise<ResetCodeResponse>;
  /**
   * Checks a code (6 digits, or a letter's code); rejects with `CODE_INVALID` or `CODE_LOCKED`.
   * The answer names the member and where the notice of the change will go, masked.
   */
  verifyResetCode(input: ResetVerifyRequest, opts?: Signal): Promise<ResetVerified>;
  /**
   * Options, `navigator.credentials.get` and verification in one call: a passkey of this
   * account proves possession. Rejects with `PASSKEY_UNKNOWN` for any other passkey; starting
   * another ceremony aborts it (`PASSKEY_CANCELLED`, `aborted: true`).
   */
  verifyResetPasskey(input: { identifier: string }): Promise<ResetVerified>;
  /**
   * Sets the new password and signs the member in. Rejects with `PASSWORD_REJECTED`
   * (`fields.password`: the rules it breaks) or `RESET_REQUIRED`.
   */
  resetPassword(input: NewPasswordRequest, opts?: Signal): Promise<LoginResponse>;
}

declare module '../client/portal-client.js' {
  interface PortalClient extends ForgotPasswordClient {}
}

/** A new password after a code or a passkey: all that `<pk-forgot-password>` sends. */
export function forgotPasswordClient(request: Transport): ForgotPasswordClient {
  return {
    requestResetCode: (input, opts) => request(forgotPasswordCalls.code, input, opts?.signal),
    verifyResetCode: (input, opts) => request(forgotPasswordCalls.verify, input, opts?.signal),
    verifyResetPasskey: ({ identifier }) =>
      passkeyCeremony(
        startAuthentication,
        () => request(forgotPasswordCalls.passkeyOptions),
        // No signalUnknownCredential here: a passkey of another account answers as unknown
        // too, and must not be hidden from its owner.
        (credential) => request(forgotPasswordCalls.passkeyVerify, { identifier, credential }),
      ),
    resetPassword: (input, opts) => request(forgotPasswordCalls.password, input, opts?.signal),
    cancelPasskey,
    passkeySupport,
  };
}
