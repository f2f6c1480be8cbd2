import {
  addPasskeyCalls,
  confirmSessionCall,
  passkeyCalls,
  type AddPasskeyResponse,
  type PasskeyList,
} from '@portalkit/protocol';
import { startRegistration } from '@simplewebauthn/browser';
import { cancelPasskey, passkeyCeremony, passkeySupport } from '../client/ceremony.js';
import type { PasskeyCeremonies, SessionClient } from '../client/portal-client.js';
import type { Transport } from '../client/transport.js';

/** What `<pk-passkeys>` needs. */
export interface PasskeysClient extends PasskeyCeremonies, Pick<SessionClient, 'confirmSession'> {
  listPasskeys(): Promise<PasskeyList>;
  /**
   * Options, `navigator.credentials.create` and verification for the signed-in member. Rejects
   * with `CONFIRMATION_REQUIRED` when the sign-in is too old: `confirmSession` first.
   */
  addPasskey(opts?: { name?: string }): Promise<AddPasskeyResponse>;
}

declare module '../client/portal-client.js' {
  interface PortalClient extends PasskeysClient {}
}

/**
 * Adds a passkey for the signed-in member: options, `navigator.credentials.create` and
 * verification. Shared by `<pk-passkeys>` and the device binding step of `<pk-register>`.
 */
export function addPasskey(
  request: Transport,
  { name }: { name?: string } = {},
): Promise<AddPasskeyResponse> {
  return passkeyCeremony(
    startRegistration,
    () => request(addPasskeyCalls.addOptions),
    (credential) => request(addPasskeyCalls.addVerify, { credential, name }),
  );
}

/** The signed-in member's passkeys: all that `<pk-passkeys>` sends. */
export function passkeysClient(request: Transport): PasskeysClient {
  return {
    listPasskeys: () => request(passkeyCalls.list),
    addPasskey: (opts) => addPasskey(request, opts),
    confirmSession: (input) => request(confirmSessionCall, input),
    cancelPasskey,
    passkeySupport,
  };
}
