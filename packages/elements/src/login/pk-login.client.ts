import { loginCalls, type LoginResponse, type PasswordLoginRequest } from '@portalkit/protocol';
import { browserSupportsWebAuthnAutofill, startAuthentication } from '@simplewebauthn/browser';
import { cancelPasskey, passkeyCeremony, passkeySupport } from '../client/ceremony.js';
import { ClientError } from '../client/client-error.js';
import type { PasskeyCeremonies } from '../client/portal-client.js';
import type { Transport } from '../client/transport.js';

export interface LoginWithPasskeyOptions {
  /** Conditional mediation on the field with `autocomplete="username webauthn"`. */
  autofill?: boolean;
}

/** What `<pk-login>` needs. */
export interface LoginClient extends PasskeyCeremonies {
  loginWithPassword(
    input: PasswordLoginRequest,
    opts?: { signal?: AbortSignal },
  ): Promise<LoginResponse>;
  /**
   * Options, `navigator.credentials.get` and verification in one call. Starting any passkey
   * ceremony aborts the running one; the aborted call rejects with code `PASSKEY_CANCELLED` and
   * `aborted: true`.
   */
  loginWithPasskey(opts?: LoginWithPasskeyOptions): Promise<LoginResponse>;
}

declare module '../client/portal-client.js' {
  interface PortalClient extends LoginClient {}
}

/**
 * Asks the member's passkey provider to hide a passkey the server no longer knows
 * (WebAuthn L3 § 5.1.10 signalUnknownCredential). Best effort: absent in most browsers today.
 */
function signalUnknownCredential(rpId: string, credentialId: string): void {
  const credential = globalThis.PublicKeyCredential as unknown as {
    signalUnknownCredential?: (options: { rpId: string; credentialId: string }) => Promise<void>;
  };
  try {
    credential.signalUnknownCredential?.({ rpId, credentialId })?.catch(() => undefined);
  } catch {
    // A refused signal changes nothing for the member.
  }
}

/** Login with a password or a passkey: all that `<pk-login>` sends. */
export function loginClient(request: Transport): LoginClient {
  return {
    loginWithPassword: (input, opts) => request(loginCalls.password, input, opts?.signal),
    loginWithPasskey: ({ autofill = false } = {}) =>
      passkeyCeremony(
        startAuthentication,
        async () => {
          if (autofill && !(await browserSupportsWebAuthnAutofill())) {
            throw new ClientError('PASSKEY_UNSUPPORTED');
          }
          return request(loginCalls.passkeyOptions);
        },
        async (credential, options) => {
          try {
            return await request(loginCalls.passkeyVerify, { credential });
          } catch (error) {
            if (error instanceof ClientError && error.code === 'PASSKEY_UNKNOWN') {
              signalUnknownCredential(options.rpId ?? location.hostname, credential.id);
            }
            throw error;
          }
        },
        autofill,
      ),
    cancelPasskey,
    passkeySupport,
  };
}
