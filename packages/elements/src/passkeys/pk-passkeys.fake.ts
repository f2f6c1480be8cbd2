import type {
  AddPasskeyResponse,
  ConfirmSessionRequest,
  LoginResponse,
  PasskeyList,
  PasskeyView,
} from '@portalkit/protocol';
import {
  FakeClient,
  signedIn,
  supportsPasskeys,
  type CeremonyOptions,
  type Outcome,
} from '../test-support/fake-client.js';
import type { PasskeysClient } from './pk-passkeys.client.js';

export interface FakePasskeysOptions extends CeremonyOptions {
  listPasskeys: Outcome<PasskeyList>;
  addPasskey: Outcome<AddPasskeyResponse>;
  confirmSession: Outcome<LoginResponse>;
  /**
   * Like the server when the login is older than 10 minutes: `addPasskey` rejects with
   * `CONFIRMATION_REQUIRED` until `confirmSession` succeeded.
   */
  confirmationRequired: boolean;
}

export const samplePasskeys: PasskeyView[] = [
  {
    id: 'pk-1',
    name: 'iCloud-Schlüsselbund',
    createdAt: '2026-11-26T09:30:00Z',
    lastUsedAt: '2026-11-27T18:05:00Z',
    backedUp: true,
  },
  {
    id: 'pk-2',
    name: 'YubiKey 5 NFC',
    createdAt: '2026-10-02T14:00:00Z',
    lastUsedAt: null,
    backedUp: false,
  },
];

export const addedPasskey: PasskeyView = {
  id: 'pk-3',
  name: 'Google Passwortmanager',
  createdAt: '2026-11-28T10:00:00Z',
  lastUsedAt: null,
  backedUp: true,
};

const defaults: FakePasskeysOptions = {
  passkeySupport: supportsPasskeys,
  listPasskeys: { value: { passkeys: samplePasskeys } },
  addPasskey: { value: { passkey: addedPasskey } },
  confirmSession: { value: { session: signedIn } },
  confirmationRequired: false,
};

/** `<pk-passkeys>`'s client without a server (see `FakeClient`). */
export class FakePasskeysClient extends FakeClient<FakePasskeysOptions> implements PasskeysClient {
  constructor(options: Partial<FakePasskeysOptions> = {}) {
    super(defaults, options);
  }

  listPasskeys() {
    this.record('listPasskeys');
    return this.settle(this.options.listPasskeys);
  }

  addPasskey(opts?: { name?: string }) {
    this.record('addPasskey', opts);
    const required = { error: 'CONFIRMATION_REQUIRED' } as const;
    return this.ceremony('add', this.options.confirmationRequired ? required : this.options.addPasskey);
  }

  async confirmSession(input: ConfirmSessionRequest) {
    this.record('confirmSession', input);
    const response = await this.settle(this.options.confirmSession);
    this.options.confirmationRequired = false;
    return response;
  }
}
