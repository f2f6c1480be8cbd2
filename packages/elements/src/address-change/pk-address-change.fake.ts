import type { AddressChangeRequest, ApprovalPending, CurrentAddress } from '@portalkit/protocol';
import {
  FakeApproveClient,
  sampleApproval,
  type FakeApproveOptions,
} from '../approve/pk-approve.fake.js';
import type { Outcome } from '../test-support/fake-client.js';
import type { AddressChangeClient } from './pk-address-change.client.js';

type Signal = { signal?: AbortSignal };

export interface FakeAddressChangeOptions extends FakeApproveOptions {
  currentAddress: Outcome<CurrentAddress>;
  changeAddress: Outcome<ApprovalPending>;
}

/** The sample member's address on file. */
export const sampleAddress: CurrentAddress['address'] = {
  street: 'Heidestraße',
  houseNumber: '17',
  postcode: '10557',
  city: 'Berlin',
};

/**
 * `<pk-address-change>`'s client without a server (see `FakeClient`): its own two calls, and the
 * approval's (`FakeApproveClient`) for the `<pk-approve>` it shows. `now`: when the sample
 * approval was created (a fake clock's in tests).
 */
export class FakeAddressChangeClient extends FakeApproveClient implements AddressChangeClient {
  declare readonly options: FakeAddressChangeOptions;

  constructor(options: Partial<FakeAddressChangeOptions> = {}, now = Date.now()) {
    super(
      {
        currentAddress: { value: { address: sampleAddress } },
        changeAddress: { value: { approval: sampleApproval(now) } },
        ...options,
      },
      now,
    );
  }

  currentAddress(opts?: Signal) {
    this.record('currentAddress');
    return this.settle(this.options.currentAddress, opts?.signal, 'NETWORK');
  }

  changeAddress(input: AddressChangeRequest, opts?: Signal) {
    this.record('changeAddress', input);
    return this.settle(this.options.changeAddress, opts?.signal, 'NETWORK');
  }
}
