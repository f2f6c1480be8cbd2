import { loginCalls } from '@portalkit/protocol';
import {
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { cancelPasskey, passkeySupport, prompt, runCeremony, superseded } from './ceremony.js';
import { ClientError } from './client-error.js';
import type { LoginClient } from './portal-client.js';
import type { Transport } from './transport.js';

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

/** Sign-in with a password or a passkey: all that `<pk-login>` sends. */
export function loginClient(request: Transport): LoginClient {
  return {
    signInWithPassword: (input, opts) => request(loginCalls.password, input, opts?.signal),
    signInWithPasskey: ({ autofill = false } = {}) =>
      runCeremony(async (current) => {
        if (autofill && !(await browserSupportsWebAuthnAutofill())) {
          throw new ClientError('PASSKEY_UNSUPPORTED');
        }
        const { options } = await request(loginCalls.passkeyOptions);
        // Cancelled while the options were loading: no prompt.
        if (!current()) throw superseded();
        const credential = await prompt(() =>
          startAuthentication({
            optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON,
            useBrowserAutofill: autofill,
          }),
        );
        try {
          return await request(loginCalls.passkeyVerify, { credential });
        } catch (error) {
          if (error instanceof ClientError && error.code === 'PASSKEY_UNKNOWN') {
            signalUnknownCredential(options.rpId ?? location.hostname, credential.id);
          }
          throw error;
        }
      }),
    cancelPasskey,
    passkeySupport,
  };
}
