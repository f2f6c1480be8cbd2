import {
  addressChangeCalls,
  type AddressChangeRequest,
  type ApprovalPending,
  type CurrentAddress,
} from '@portalkit/protocol';
import { approveClient, type ApproveClient } from '../approve/pk-approve.client.js';
import type { Transport } from '../client/transport.js';

type Signal = { signal?: AbortSignal };

/** What `<pk-address-change>` needs: its two calls, and the approval's for its `<pk-approve>`. */
export interface AddressChangeClient extends ApproveClient {
  /** The member's current address, from the insurer's registry. */
  currentAddress(opts?: Signal): Promise<CurrentAddress>;
  /**
   * Sends the new address; the answer is the approval it waits for (nothing changes before the
   * member approves it). Rejects with `VALIDATION_FAILED` for a field the server refuses.
   */
  changeAddress(input: AddressChangeRequest, opts?: Signal): Promise<ApprovalPending>;
}

declare module '../client/portal-client.js' {
  interface PortalClient extends AddressChangeClient {}
}

/** The current address, the change and its approval: all that `<pk-address-change>` sends. */
export function addressChangeClient(request: Transport): AddressChangeClient {
  return {
    ...approveClient(request),
    currentAddress: (opts) => request(addressChangeCalls.current, undefined, opts?.signal),
    changeAddress: (input, opts) => request(addressChangeCalls.change, input, opts?.signal),
  };
}
