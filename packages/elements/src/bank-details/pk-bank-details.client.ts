import {
  bankDetailsCalls,
  type ApprovalPending,
  type BankDetailsRequest,
  type CurrentBankDetails,
} from '@portalkit/protocol';
import { approveClient, type ApproveClient } from '../approve/pk-approve.client.js';
import type { Transport } from '../client/transport.js';

type Signal = { signal?: AbortSignal };

/** What `<pk-bank-details>` needs: its two calls, and the approval's for its `<pk-approve>`. */
export interface BankDetailsClient extends ApproveClient {
  /** The bank details on file, the IBAN masked; `bankDetails: null` when there are none. */
  currentBankDetails(opts?: Signal): Promise<CurrentBankDetails>;
  /**
   * Sends the new bank details; the answer is the approval it waits for (nothing changes before
   * the member approves it). Rejects with `VALIDATION_FAILED` for a field the server refuses.
   */
  changeBankDetails(input: BankDetailsRequest, opts?: Signal): Promise<ApprovalPending>;
}

declare module '../client/portal-client.js' {
  interface PortalClient extends BankDetailsClient {}
}

/** The bank details on file, the change and its approval: all that `<pk-bank-details>` sends. */
export function bankDetailsClient(request: Transport): BankDetailsClient {
  return {
    ...approveClient(request),
    currentBankDetails: (opts) => request(bankDetailsCalls.current, undefined, opts?.signal),
    changeBankDetails: (input, opts) => request(bankDetailsCalls.change, input, opts?.signal),
  };
}
