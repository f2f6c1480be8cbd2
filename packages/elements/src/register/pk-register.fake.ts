import type {
  ActivateRequest,
  AddPasskeyResponse,
  IdentifyRequest,
  IdentifyResponse,
  LoginResponse,
  RegistrationState,
  SetPasswordRequest,
} from '@portalkit/protocol';
import { addedPasskey } from '../passkeys/pk-passkeys.fake.js';
import {
  FakeClient,
  signedIn,
  supportsPasskeys,
  type CeremonyOptions,
  type Outcome,
} from '../test-support/fake-client.js';
import type { RegisterClient } from './pk-register.client.js';

type Signal = { signal?: AbortSignal };

export interface FakeRegisterOptions extends CeremonyOptions {
  requestLetter: Outcome<IdentifyResponse>;
  /** `GET /register` when the element starts: whether this browser's activation still holds. */
  registration: Outcome<RegistrationState>;
  activate: Outcome<RegistrationState>;
  createAccount: Outcome<LoginResponse>;
  addPasskey: Outcome<AddPasskeyResponse>;
}

/** The code printed in the sample letter. */
export const sampleCode = 'K7QM-X4TP-9WHR';

/** An invented member's details for step 1, as a member types them. */
export const sampleMember = {
  kvnr: 'A123456780',
  postcode: '10115',
  day: '27',
  month: '3',
  year: '1964',
  email: 'erika@example.de',
};

const defaults: FakeRegisterOptions = {
  passkeySupport: supportsPasskeys,
  requestLetter: { value: { letter: 'requested' } },
  registration: { value: { activated: false } },
  activate: { value: { activated: true, displayName: 'Erika Mustermann' } },
  createAccount: { value: { session: signedIn } },
  addPasskey: { value: { passkey: addedPasskey } },
};

/** `<pk-register>`'s client without a server (see `FakeClient`). */
export class FakeRegisterClient extends FakeClient<FakeRegisterOptions> implements RegisterClient {
  constructor(options: Partial<FakeRegisterOptions> = {}) {
    super(defaults, options);
  }

  requestLetter(input: IdentifyRequest, opts?: Signal) {
    this.record('requestLetter', input);
    return this.settle(this.options.requestLetter, opts?.signal, 'NETWORK');
  }

  registration(opts?: Signal) {
    this.record('registration');
    return this.settle(this.options.registration, opts?.signal, 'NETWORK');
  }

  activate(input: ActivateRequest, opts?: Signal) {
    this.record('activate', input);
    return this.settle(this.options.activate, opts?.signal, 'NETWORK');
  }

  createAccount(input: SetPasswordRequest, opts?: Signal) {
    this.record('createAccount', input);
    return this.settle(this.options.createAccount, opts?.signal, 'NETWORK');
  }

  addPasskey(opts?: { name?: string }) {
    this.record('addPasskey', opts);
    return this.ceremony('add', this.options.addPasskey);
  }
}
