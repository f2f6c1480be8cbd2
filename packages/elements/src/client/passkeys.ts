import { passkeyCalls } from '@portalkit/protocol';
import {
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
} from '@simplewebauthn/browser';
import { cancelPasskey, passkeySupport, prompt, runCeremony, superseded } from './ceremony.js';
import type { PasskeysClient } from './portal-client.js';
import type { Transport } from './transport.js';

/** The signed-in member's passkeys: all that `<pk-passkeys>` sends. */
export function passkeysClient(request: Transport): PasskeysClient {
  return {
    listPasskeys: () => request(passkeyCalls.list),
    addPasskey: ({ name } = {}) =>
      runCeremony(async (current) => {
        const { options } = await request(passkeyCalls.addOptions);
        if (!current()) throw superseded();
        const credential = await prompt(() =>
          startRegistration({
            optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON,
          }),
        );
        return request(passkeyCalls.addVerify, { credential, name });
      }),
    cancelPasskey,
    passkeySupport,
  };
}
