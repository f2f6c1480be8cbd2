import {
  registerCalls,
  type ActivateRequest,
  type IdentifyRequest,
  type IdentifyResponse,
  type LoginResponse,
  type RegistrationState,
  type SetPasswordRequest,
} from '@portalkit/protocol';
import { cancelPasskey, passkeySupport } from '../client/ceremony.js';
import type { PasskeyCeremonies } from '../client/portal-client.js';
import type { Transport } from '../client/transport.js';
import { addPasskey, type PasskeysClient } from '../passkeys/pk-passkeys.client.js';

type Signal = { signal?: AbortSignal };

/** What `<pk-register>` needs. */
export interface RegisterClient extends PasskeyCeremonies, Pick<PasskeysClient, 'addPasskey'> {
  /**
   * Asks for an activation letter. Answers `{ letter: 'requested' }` whether or not the details
   * matched a member (no user enumeration).
   */
  requestLetter(input: IdentifyRequest, opts?: Signal): Promise<IdentifyResponse>;
  /** Whether an activation in this browser still holds (an HttpOnly cookie keeps it). */
  registration(opts?: Signal): Promise<RegistrationState>;
  /** Checks the activation code; rejects with `CODE_INVALID` or `CODE_LOCKED`. */
  activate(input: ActivateRequest, opts?: Signal): Promise<RegistrationState>;
  /**
   * Creates the account with the password and signs the member in. Rejects with
   * `PASSWORD_REJECTED` (`fields.password`: the rules it breaks) or `REGISTRATION_REQUIRED`.
   */
  createAccount(input: SetPasswordRequest, opts?: Signal): Promise<LoginResponse>;
}

declare module '../client/portal-client.js' {
  interface PortalClient extends RegisterClient {}
}

/** Registration, and adding the first passkey as `<pk-passkeys>` does: all that `<pk-register>` sends. */
export function registerClient(request: Transport): RegisterClient {
  return {
    requestLetter: (input, opts) => request(registerCalls.identify, input, opts?.signal),
    registration: (opts) => request(registerCalls.state, undefined, opts?.signal),
    activate: (input, opts) => request(registerCalls.activate, input, opts?.signal),
    createAccount: (input, opts) => request(registerCalls.password, input, opts?.signal),
    addPasskey: (opts) => addPasskey(request, opts),
    cancelPasskey,
    passkeySupport,
  };
}
