import type { ApprovalPending, BankDetailsRequest, CurrentBankDetails } from '@portalkit/protocol';
import {
  FakeApproveClient,
  sampleBankApproval,
  type FakeApproveOptions,
} from '../approve/pk-approve.fake.js';
import type { Outcome } from '../test-support/fake-client.js';
import type { BankDetailsClient } from './pk-bank-details.client.js';

type Signal = { signal?: AbortSignal };

export interface FakeBankDetailsOptions extends FakeApproveOptions {
  currentBankDetails: Outcome<CurrentBankDetails>;
  changeBankDetails: Outcome<ApprovalPending>;
}

/** The sample member's bank details on file, masked as the server sends them. */
export const sampleBankDetails: NonNullable<CurrentBankDetails['bankDetails']> = {
  holder: 'Erika Mustermann',
  iban: 'DE89 •••• •••• •••• •••• 00',
  bankName: 'Commerzbank',
};

/** A valid German IBAN (mod 97), as a member types it. */
export const sampleIban = 'DE02 1203 0000 0000 2020 51';

/**
 * `<pk-bank-details>`'s client without a server (see `FakeClient`): its own two calls, and the
 * approval's (`FakeApproveClient`) for the `<pk-approve>` it shows. `now`: when the sample
 * approval was created (a fake clock's in tests).
 */
export class FakeBankDetailsClient extends FakeApproveClient implements BankDetailsClient {
  declare readonly options: FakeBankDetailsOptions;

  constructor(options: Partial<FakeBankDetailsOptions> = {}, now = Date.now()) {
    const approval = sampleBankApproval(now);
    super(
      {
        currentBankDetails: { value: { bankDetails: sampleBankDetails } },
        changeBankDetails: { value: { approval } },
        approvalStatus: { value: { approval } },
        approveWithPasskey: { value: { approval: { ...approval, status: 'approved' } } },
        denyApproval: { value: { approval: { ...approval, status: 'denied' } } },
        ...options,
      },
      now,
    );
  }

  currentBankDetails(opts?: Signal) {
    this.record('currentBankDetails');
    return this.settle(this.options.currentBankDetails, opts?.signal, 'NETWORK');
  }

  changeBankDetails(input: BankDetailsRequest, opts?: Signal) {
    this.record('changeBankDetails', input);
    return this.settle(this.options.changeBankDetails, opts?.signal, 'NETWORK');
  }
}
