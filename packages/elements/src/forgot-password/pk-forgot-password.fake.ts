import type {
  LoginResponse,
  NewPasswordRequest,
  ResetCodeRequest,
  ResetCodeResponse,
  ResetVerified,
  ResetVerifyRequest,
} from '@portalkit/protocol';
import {
  FakeClient,
  signedIn,
  supportsPasskeys,
  type CeremonyOptions,
  type Outcome,
} from '../test-support/fake-client.js';
import type { ForgotPasswordClient } from './pk-forgot-password.client.js';

type Signal = { signal?: AbortSignal };

export interface FakeForgotPasswordOptions extends CeremonyOptions {
  requestResetCode: Outcome<ResetCodeResponse>;
  verifyResetCode: Outcome<ResetVerified>;
  /** The passkey ceremony, as the browser and the server answer it together. */
  verifyResetPasskey: Outcome<ResetVerified>;
  resetPassword: Outcome<LoginResponse>;
}

/** What the server answers after a right code or the account's passkey, for the sample member. */
export const sampleVerified: ResetVerified = {
  verified: true,
  displayName: 'Erika Mustermann',
  hints: { email: 'e•••@example.de', phone: '+49 ••• ••• ••12' },
};

/** A code as an e-mail or SMS brings it, and one as a reset letter prints it. */
export const sampleResetCode = '482913';
export const sampleLetterCode = 'K7QM-X4TP-9WHR';

const defaults: FakeForgotPasswordOptions = {
  passkeySupport: supportsPasskeys,
  requestResetCode: { value: { code: 'requested', resendAfter: 60 } },
  verifyResetCode: { value: sampleVerified },
  verifyResetPasskey: { value: sampleVerified },
  resetPassword: { value: { session: signedIn } },
};

/** `<pk-forgot-password>`'s client without a server (see `FakeClient`). */
export class FakeForgotPasswordClient
  extends FakeClient<FakeForgotPasswordOptions>
  implements ForgotPasswordClient
{
  constructor(options: Partial<FakeForgotPasswordOptions> = {}) {
    super(defaults, options);
  }

  requestResetCode(input: ResetCodeRequest, opts?: Signal) {
    this.record('requestResetCode', input);
    return this.settle(this.options.requestResetCode, opts?.signal, 'NETWORK');
  }

  verifyResetCode(input: ResetVerifyRequest, opts?: Signal) {
    this.record('verifyResetCode', input);
    return this.settle(this.options.verifyResetCode, opts?.signal, 'NETWORK');
  }

  verifyResetPasskey(input: { identifier: string }) {
    this.record('verifyResetPasskey', input);
    return this.ceremony('reset', this.options.verifyResetPasskey);
  }

  resetPassword(input: NewPasswordRequest, opts?: Signal) {
    this.record('resetPassword', input);
    return this.settle(this.options.resetPassword, opts?.signal, 'NETWORK');
  }
}
