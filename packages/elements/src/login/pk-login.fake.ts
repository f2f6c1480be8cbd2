import type { LoginResponse, PasswordLoginRequest } from '@portalkit/protocol';
import {
  FakeClient,
  signedIn,
  supportsPasskeys,
  type CeremonyOptions,
  type Outcome,
} from '../test-support/fake-client.js';
import type { LoginClient, LoginWithPasskeyOptions } from './pk-login.client.js';

export interface FakeLoginOptions extends CeremonyOptions {
  loginWithPassword: Outcome<LoginResponse>;
  /** The button ceremony (`loginWithPasskey()`). */
  loginWithPasskey: Outcome<LoginResponse>;
  /**
   * The background ceremony (`loginWithPasskey({ autofill: true })`); hangs by default, like a
   * browser waiting for the member to pick a passkey.
   */
  loginWithPasskeyAutofill: Outcome<LoginResponse>;
}

const defaults: FakeLoginOptions = {
  passkeySupport: supportsPasskeys,
  loginWithPassword: { value: { session: signedIn } },
  loginWithPasskey: { value: { session: { ...signedIn, method: 'passkey' } } },
  loginWithPasskeyAutofill: 'hang',
};

/** `<pk-login>`'s client without a server (see `FakeClient`). */
export class FakeLoginClient extends FakeClient<FakeLoginOptions> implements LoginClient {
  constructor(options: Partial<FakeLoginOptions> = {}) {
    super(defaults, options);
  }

  loginWithPassword(input: PasswordLoginRequest, opts?: { signal?: AbortSignal }) {
    this.record('loginWithPassword', input, opts);
    return this.settle(this.options.loginWithPassword, opts?.signal, 'NETWORK');
  }

  loginWithPasskey(opts?: LoginWithPasskeyOptions) {
    this.record('loginWithPasskey', opts);
    const autofill = opts?.autofill ?? false;
    return this.ceremony(
      autofill ? 'autofill' : 'button',
      autofill ? this.options.loginWithPasskeyAutofill : this.options.loginWithPasskey,
    );
  }
}
