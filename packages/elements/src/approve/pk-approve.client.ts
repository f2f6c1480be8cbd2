import {
  approvalEventsPath,
  approvalView,
  approveCalls,
  type ApprovalClaim,
  type ApprovalClaimRequest,
  type ApprovalHandoff,
  type ApprovalList,
  type ApprovalPending,
  type ApprovalPickRequest,
  type ApprovalRequest,
  type ApprovalView,
} from '@portalkit/protocol';
import { startAuthentication } from '@simplewebauthn/browser';
import { cancelPasskey, passkeyCeremony, passkeySupport } from '../client/ceremony.js';
import type { PasskeyCeremonies } from '../client/portal-client.js';
import type { Transport } from '../client/transport.js';

type Signal = { signal?: AbortSignal };

/** What an approval's event stream tells the element. */
export interface ApprovalEventHandlers {
  /** The transaction as the server sees it now; the last one is no longer `pending`. */
  approval: (approval: ApprovalView) => void;
  /** The stream cannot be opened or broke off: the element asks for the status instead. */
  failed: () => void;
}

/** What `<pk-approve>` needs. */
export interface ApproveClient extends PasskeyCeremonies {
  /** The signed-in member's pending approvals (the inbox). */
  listApprovals(opts?: Signal): Promise<ApprovalList>;
  /** One transaction and its status; `NOT_FOUND` for an unknown id or another member's. */
  approvalStatus(input: ApprovalRequest, opts?: Signal): Promise<ApprovalPending>;
  /**
   * Options for this transaction, `navigator.credentials.get` and verification in one call: the
   * server executes the change once the assertion is verified and answers it approved. Rejects
   * with `PASSKEY_UNKNOWN`, `PASSKEY_INVALID`, `CHALLENGE_EXPIRED`, `APPROVAL_CLOSED`; starting
   * another ceremony aborts it (`PASSKEY_CANCELLED`, `aborted: true`).
   */
  approveWithPasskey(input: ApprovalRequest): Promise<ApprovalPending>;
  /** Denies the transaction (final). */
  denyApproval(input: ApprovalRequest, opts?: Signal): Promise<ApprovalPending>;
  /** The link, short link, QR code and number that open the transaction on the phone. */
  handOffApproval(input: ApprovalRequest, opts?: Signal): Promise<ApprovalHandoff>;
  /** On the phone: the transaction behind a handoff link's token, with three numbers. */
  claimApproval(input: ApprovalClaimRequest, opts?: Signal): Promise<ApprovalClaim>;
  /** On the phone: the number picked; a wrong one answers the transaction `cancelled`. */
  pickApprovalNumber(input: ApprovalPickRequest, opts?: Signal): Promise<ApprovalPending>;
  /**
   * Follows one transaction by server-sent events; returns what closes the stream. Calls
   * `failed` (once, asynchronously) where the browser has no `EventSource` or the stream breaks.
   */
  approvalEvents(id: string, handlers: ApprovalEventHandlers): () => void;
}

declare module '../client/portal-client.js' {
  interface PortalClient extends ApproveClient {}
}

/** The event stream of one transaction (`event: approval`, `data: <ApprovalView>`). */
function approvalEvents(base: string, id: string, handlers: ApprovalEventHandlers): () => void {
  let source: EventSource | undefined;
  let open = true;
  const close = () => {
    open = false;
    source?.close();
  };
  const fail = () => {
    if (!open) return;
    close();
    handlers.failed();
  };
  if (typeof EventSource !== 'function') {
    void Promise.resolve().then(fail);
    return close;
  }
  source = new EventSource(`${base}${approvalEventsPath}?id=${encodeURIComponent(id)}`, {
    withCredentials: true,
  });
  source.addEventListener('approval', (event) => {
    let data: unknown;
    try {
      data = JSON.parse((event as MessageEvent<string>).data);
    } catch {
      return fail();
    }
    const parsed = approvalView().safeParse(data);
    if (!parsed.success) return fail();
    // The last event: the server ends the stream, which the browser would take for a break.
    if (parsed.data.status !== 'pending') close();
    handlers.approval(parsed.data);
  });
  // A break (the browser would reconnect on its own) or a refusal: the status is asked instead,
  // which also works where a proxy buffers or cuts streams.
  source.addEventListener('error', fail);
  return close;
}

/** Approving one transaction, here or on the phone, and the inbox: all `<pk-approve>` sends. */
export function approveClient(request: Transport): ApproveClient {
  return {
    listApprovals: (opts) => request(approveCalls.list, undefined, opts?.signal),
    approvalStatus: (input, opts) => request(approveCalls.status, input, opts?.signal),
    approveWithPasskey: ({ id }) =>
      passkeyCeremony(
        startAuthentication,
        () => request(approveCalls.options, { id }),
        (credential) => request(approveCalls.verify, { id, credential }),
      ),
    denyApproval: (input, opts) => request(approveCalls.deny, input, opts?.signal),
    handOffApproval: (input, opts) => request(approveCalls.handoff, input, opts?.signal),
    claimApproval: (input, opts) => request(approveCalls.claim, input, opts?.signal),
    pickApprovalNumber: (input, opts) => request(approveCalls.pick, input, opts?.signal),
    approvalEvents: (id, handlers) => approvalEvents(request.base ?? '/portal', id, handlers),
    cancelPasskey,
    passkeySupport,
  };
}
