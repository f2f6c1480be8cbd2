import type {
  ApprovalClaim,
  ApprovalClaimRequest,
  ApprovalHandoff,
  ApprovalList,
  ApprovalPending,
  ApprovalPickRequest,
  ApprovalRequest,
  ApprovalStatus,
  ApprovalView,
} from '@portalkit/protocol';
import {
  FakeClient,
  supportsPasskeys,
  type CeremonyOptions,
  type Outcome,
} from '../test-support/fake-client.js';
import type { ApprovalEventHandlers, ApproveClient } from './pk-approve.client.js';

type Signal = { signal?: AbortSignal };

export interface FakeApproveOptions extends CeremonyOptions {
  listApprovals: Outcome<ApprovalList>;
  approvalStatus: Outcome<ApprovalPending>;
  /** The passkey ceremony, as the browser and the server answer it together. */
  approveWithPasskey: Outcome<ApprovalPending>;
  denyApproval: Outcome<ApprovalPending>;
  handOffApproval: Outcome<ApprovalHandoff>;
  claimApproval: Outcome<ApprovalClaim>;
  pickApprovalNumber: Outcome<ApprovalPending>;
  /** The event stream: `open` stays open for `emit`; `failed` breaks at once (status requests then). */
  events: 'open' | 'failed';
}

const minutes = 60_000;

/** An address change waiting for approval, created at `now` and expiring 5 minutes later. */
export function sampleApproval(now = Date.now(), status: ApprovalStatus = 'pending'): ApprovalView {
  return {
    id: 'apv-7f3k',
    kind: 'address-change',
    summary: {
      de: {
        title: 'Neue Anschrift',
        lines: [
          { label: 'Straße', from: 'Heidestraße 17', to: 'Lindenallee 5' },
          { label: 'Ort', from: '10557 Berlin', to: '14467 Potsdam' },
          { label: 'Gültig ab', from: null, to: '1. März 2027' },
        ],
      },
      en: {
        title: 'New address',
        lines: [
          { label: 'Street', from: 'Heidestraße 17', to: 'Lindenallee 5' },
          { label: 'Town', from: '10557 Berlin', to: '14467 Potsdam' },
          { label: 'Valid from', from: null, to: '1 March 2027' },
        ],
      },
    },
    status,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 5 * minutes).toISOString(),
  };
}

/** A second pending approval, for the inbox. */
export function sampleBankApproval(now = Date.now()): ApprovalView {
  return {
    ...sampleApproval(now),
    id: 'apv-9q2m',
    kind: 'bank-details',
    summary: {
      de: {
        title: 'Neue Bankverbindung',
        lines: [
          {
            label: 'Kontoinhaber',
            from: 'Erika Mustermann',
            to: 'Erika Mustermann',
          },
          {
            label: 'IBAN',
            from: 'DE89 •••• •••• •••• •••• 00',
            to: 'DE02 •••• •••• •••• •••• 32',
          },
        ],
      },
      en: {
        title: 'New bank details',
        lines: [
          {
            label: 'Account holder',
            from: 'Erika Mustermann',
            to: 'Erika Mustermann',
          },
          {
            label: 'IBAN',
            from: 'DE89 •••• •••• •••• •••• 00',
            to: 'DE02 •••• •••• •••• •••• 32',
          },
        ],
      },
    },
  };
}

/** The QR code of a handoff link, as the server sends its modules (37 × 37). */
const sampleModules =
  '1111111000110101010001000101101111111' +
  '1000001001010100100010000011001000001' +
  '1011101011100001100001010011001011101' +
  '1011101010001101100010110110001011101' +
  '1011101011111101010101010100001011101' +
  '1000001011000000010001101011101000001' +
  '1111111010101010101010101010101111111' +
  '0000000011001000111011010011100000000' +
  '1011111000010001100000101111101111100' +
  '1100100011001101001011000000110001010' +
  '0001111110001001101101100101011011111' +
  '1100000101001111000111111001011000001' +
  '1111001000010101010110101111011010111' +
  '1100010010110010101110010100110100001' +
  '0101101001001011001010000101001111011' +
  '0000110111000110100101110001100110001' +
  '0011101010100000001010110010111010100' +
  '1100000001111001110000111100010101010' +
  '1001111111100110000011000101100000111' +
  '0110010101100100100001101011001000001' +
  '1110111011111100011000111110011010000' +
  '0111100110110011110101011100100001011' +
  '0001111100000111010010100011011111011' +
  '0011100010111101011011100011001110000' +
  '0101101101000000100001000101011110101' +
  '1100110101010111011011000110100001100' +
  '1011101101100011101100101101001101111' +
  '1001100011100111000111100010011000000' +
  '1011101100010101110100101101111110011' +
  '0000000011101011100110010000100011000' +
  '1111111000111001001000101000101010111' +
  '1000001010000111100100000000100011001' +
  '1011101011010100001011100011111110100' +
  '1011101011000101100001000100011011001' +
  '1011101010101100010011001110100000111' +
  '1000001001011000101001110001110011001' +
  '1111111011000010000000111110001010111';

/** What the server answers to "Auf meinem Smartphone freigeben". */
export function sampleHandoff(now = Date.now()): ApprovalHandoff {
  return {
    link: 'https://example-bkk.de/freigabe#t=Qm9vLXNhbXBsZS10b2tlbi0xMjM0NTY3ODkw',
    shortLink: 'example-bkk.de/f/7KQ2M',
    number: '47',
    expiresAt: new Date(now + 5 * minutes).toISOString(),
    qr: { size: 37, modules: sampleModules },
  };
}

/** The right number is `sampleHandoff().number`. */
export const sampleChoices = ['18', '47', '92'];

function defaults(now: number): FakeApproveOptions {
  const approval = sampleApproval(now);
  return {
    passkeySupport: supportsPasskeys,
    listApprovals: {
      value: { approvals: [approval, sampleBankApproval(now)] },
    },
    approvalStatus: { value: { approval } },
    approveWithPasskey: {
      value: { approval: { ...approval, status: 'approved' } },
    },
    denyApproval: { value: { approval: { ...approval, status: 'denied' } } },
    handOffApproval: { value: sampleHandoff(now) },
    claimApproval: { value: { approval, choices: sampleChoices } },
    pickApprovalNumber: { value: { approval } },
    events: 'open',
  };
}

/**
 * `<pk-approve>`'s client without a server (see `FakeClient`). `emit` sends an event to the open
 * streams, as the server does when the phone approved or the transaction ended.
 */
export class FakeApproveClient extends FakeClient<FakeApproveOptions> implements ApproveClient {
  /** The streams open now, by transaction id. */
  readonly streams = new Map<string, ApprovalEventHandlers>();

  /** `now`: the time the sample transaction was created (a fake clock's in tests). */
  constructor(options: Partial<FakeApproveOptions> = {}, now = Date.now()) {
    super(defaults(now), options);
  }

  /** Sends the transaction to its open stream, as the server's event would. */
  emit(approval: ApprovalView): void {
    this.streams.get(approval.id)?.approval(approval);
  }

  listApprovals(opts?: Signal) {
    this.record('listApprovals');
    return this.settle(this.options.listApprovals, opts?.signal, 'NETWORK');
  }

  approvalStatus(input: ApprovalRequest, opts?: Signal) {
    this.record('approvalStatus', input);
    return this.settle(this.options.approvalStatus, opts?.signal, 'NETWORK');
  }

  approveWithPasskey(input: ApprovalRequest) {
    this.record('approveWithPasskey', input);
    return this.ceremony('approve', this.options.approveWithPasskey);
  }

  denyApproval(input: ApprovalRequest, opts?: Signal) {
    this.record('denyApproval', input);
    return this.settle(this.options.denyApproval, opts?.signal, 'NETWORK');
  }

  handOffApproval(input: ApprovalRequest, opts?: Signal) {
    this.record('handOffApproval', input);
    return this.settle(this.options.handOffApproval, opts?.signal, 'NETWORK');
  }

  claimApproval(input: ApprovalClaimRequest, opts?: Signal) {
    this.record('claimApproval', input);
    return this.settle(this.options.claimApproval, opts?.signal, 'NETWORK');
  }

  pickApprovalNumber(input: ApprovalPickRequest, opts?: Signal) {
    this.record('pickApprovalNumber', input);
    return this.settle(this.options.pickApprovalNumber, opts?.signal, 'NETWORK');
  }

  approvalEvents(id: string, handlers: ApprovalEventHandlers): () => void {
    this.record('approvalEvents', id);
    if (this.options.events === 'failed') {
      void Promise.resolve().then(handlers.failed);
      return () => undefined;
    }
    this.streams.set(id, handlers);
    return () => {
      if (this.streams.get(id) === handlers) this.streams.delete(id);
    };
  }
}
