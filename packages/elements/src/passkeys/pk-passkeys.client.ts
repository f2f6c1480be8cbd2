import {
  addPasskeyCalls,
  confirmSessionCall,
  passkeyCalls,
  type AddPasskeyResponse,
  type ApprovalPending,
  type PasskeyList,
  type RemoveLastPasskeyRequest,
  type RemovePasskeyRequest,
  type RenamePasskeyRequest,
} from '@portalkit/protocol';
import { startRegistration } from '@simplewebauthn/browser';
import { approveClient, type ApproveClient } from '../approve/pk-approve.client.js';
import { cancelPasskey, passkeyCeremony, passkeySupport } from '../client/ceremony.js';
import type { SessionClient } from '../client/portal-client.js';
import type { Transport } from '../client/transport.js';

/** What `<pk-passkeys>` needs: its calls, and the approval's for the `<pk-approve>` it shows. */
export interface PasskeysClient extends ApproveClient, Pick<SessionClient, 'confirmSession'> {
  listPasskeys(): Promise<PasskeyList>;
  /**
   * Options, `navigator.credentials.create` and verification for the signed-in member. Rejects
   * with `CONFIRMATION_REQUIRED` when the sign-in is too old: `confirmSession` first.
   */
  addPasskey(opts?: { name?: string }): Promise<AddPasskeyResponse>;
  /** A name the member chose; answers the passkey as it is now. `VALIDATION_FAILED` (`name`). */
  renamePasskey(input: RenamePasskeyRequest): Promise<AddPasskeyResponse>;
  /**
   * Asks to remove a passkey while another remains: the answer is the approval it waits for
   * (approved with another passkey). The last one is refused (`VALIDATION_FAILED`, `id: last`).
   */
  removePasskey(input: RemovePasskeyRequest): Promise<ApprovalPending>;
  /** Removes the only passkey after checking the password (`CREDENTIALS_INVALID`). */
  removeLastPasskey(input: RemoveLastPasskeyRequest): Promise<PasskeyList>;
  /** "Nicht jetzt" to the offer to add a passkey. */
  dismissPasskeyOffer(): Promise<PasskeyList>;
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

/** The signed-in member's passkeys and the approval of a removal: all that `<pk-passkeys>` sends. */
export function passkeysClient(request: Transport): PasskeysClient {
  return {
    ...approveClient(request),
    listPasskeys: () => request(passkeyCalls.list),
    renamePasskey: (input) => request(passkeyCalls.rename, input),
    removePasskey: (input) => request(passkeyCalls.remove, input),
    removeLastPasskey: (input) => request(passkeyCalls.removeLast, input),
    dismissPasskeyOffer: () => request(passkeyCalls.dismissOffer),
    addPasskey: (opts) => addPasskey(request, opts),
    confirmSession: (input) => request(confirmSessionCall, input),
    cancelPasskey,
    passkeySupport,
  };
}
