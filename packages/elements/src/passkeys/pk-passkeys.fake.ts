import type {
  AddPasskeyResponse,
  ApprovalPending,
  ApprovalRequest,
  ApprovalView,
  ConfirmSessionRequest,
  LoginResponse,
  PasskeyList,
  PasskeyView,
  RemoveLastPasskeyRequest,
  RemovePasskeyRequest,
  RenamePasskeyRequest,
} from '@portalkit/protocol';
import { FakeApproveClient, type FakeApproveOptions } from '../approve/pk-approve.fake.js';
import { signedIn, type Outcome } from '../test-support/fake-client.js';
import type { PasskeysClient } from './pk-passkeys.client.js';

/**
 * What the fake answers. `renamePasskey`, `removePasskey`, `removeLastPasskey` and
 * `dismissPasskeyOffer` unset: like the server, from and on the list `listPasskeys` answers.
 */
export interface FakePasskeysOptions extends FakeApproveOptions {
  listPasskeys: Outcome<PasskeyList>;
  addPasskey: Outcome<AddPasskeyResponse>;
  confirmSession: Outcome<LoginResponse>;
  /**
   * Like the server when the login is older than 10 minutes: `addPasskey` rejects with
   * `CONFIRMATION_REQUIRED` until `confirmSession` succeeded.
   */
  confirmationRequired: boolean;
  renamePasskey?: Outcome<AddPasskeyResponse>;
  removePasskey?: Outcome<ApprovalPending>;
  removeLastPasskey?: Outcome<PasskeyList>;
  dismissPasskeyOffer?: Outcome<PasskeyList>;
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

/** The account as the Signal API gets it (`PasskeyList.signal`). */
export const sampleSignal: PasskeyList['signal'] = {
  rpId: 'localhost',
  userId: 'dXNlci1oYW5kbGUtZXJpa2E',
  name: 'erika@example.de',
  displayName: 'Erika Mustermann',
};

/** A list as the server answers it; `offer`: the member may be invited to add a passkey. */
export function sampleList(passkeys: PasskeyView[] = samplePasskeys, offer = false): PasskeyList {
  return { passkeys, signal: sampleSignal, offer };
}

/** The approval a removal waits for (its summary names the passkey). */
export function removalApproval(passkey: PasskeyView, now = Date.now()): ApprovalView {
  const line = (label: string, to: string) => [{ label, from: passkey.name, to }];
  return {
    id: 'apv-pk-remove',
    kind: 'passkey-remove',
    summary: {
      de: { title: 'Passkey entfernen', lines: line('Passkey', 'entfernt') },
      en: { title: 'Remove passkey', lines: line('Passkey', 'removed') },
    },
    status: 'pending',
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 5 * 60_000).toISOString(),
  };
}

const defaults = (): Partial<FakePasskeysOptions> => ({
  listPasskeys: { value: sampleList() },
  addPasskey: { value: { passkey: addedPasskey } },
  confirmSession: { value: { session: signedIn } },
  confirmationRequired: false,
});

/**
 * `<pk-passkeys>`'s client without a server (see `FakeClient`): its own calls, and the approval's
 * (`FakeApproveClient`) for the `<pk-approve>` a removal shows. Like the server, a rename, an
 * approved removal, a removal with the password and "Nicht jetzt" change the list it answers.
 */
export class FakePasskeysClient extends FakeApproveClient implements PasskeysClient {
  declare readonly options: FakePasskeysOptions;
  /** The passkey whose removal waits for approval. */
  #removing?: string;
  /** The options a test or story set; the others follow the removal's approval. */
  readonly #given: ReadonlySet<string>;
  readonly #now: number;

  constructor(options: Partial<FakePasskeysOptions> = {}, now = Date.now()) {
    super({ ...defaults(), ...options }, now);
    this.#given = new Set(Object.keys(options));
    this.#now = now;
  }

  /** Changes what methods do from now on. */
  override set(options: Partial<FakePasskeysOptions>): this {
    return super.set(options);
  }

  /** The list `listPasskeys` answers now, if it answers one. */
  get list(): PasskeyList | undefined {
    const outcome = this.options.listPasskeys;
    return outcome !== 'hang' && 'value' in outcome ? outcome.value : undefined;
  }

  /** Changes the list `listPasskeys` answers; one told to fail or hang stays so. */
  #changeList(change: (list: PasskeyList) => PasskeyList): PasskeyList {
    const list = change(structuredClone(this.list ?? sampleList([])));
    if (this.list) this.options.listPasskeys = { value: list };
    return list;
  }

  listPasskeys() {
    this.record('listPasskeys');
    return this.settle(this.options.listPasskeys);
  }

  addPasskey(opts?: { name?: string }) {
    this.record('addPasskey', opts);
    const required = { error: 'CONFIRMATION_REQUIRED' } as const;
    return this.ceremony(
      'add',
      this.options.confirmationRequired ? required : this.options.addPasskey,
    );
  }

  async confirmSession(input: ConfirmSessionRequest) {
    this.record('confirmSession', input);
    const response = await this.settle(this.options.confirmSession);
    this.options.confirmationRequired = false;
    return response;
  }

  renamePasskey(input: RenamePasskeyRequest) {
    this.record('renamePasskey', input);
    if (this.options.renamePasskey) return this.settle(this.options.renamePasskey);
    const found = this.list?.passkeys.find((passkey) => passkey.id === input.id);
    if (!found) return this.settle<AddPasskeyResponse>({ error: 'NOT_FOUND' });
    const passkey = { ...found, name: input.name.trim() };
    this.#changeList((list) => ({
      ...list,
      passkeys: list.passkeys.map((each) => (each.id === input.id ? passkey : each)),
    }));
    return this.settle({ value: { passkey } });
  }

  removePasskey(input: RemovePasskeyRequest) {
    this.record('removePasskey', input);
    if (this.options.removePasskey) return this.settle(this.options.removePasskey);
    const passkeys = this.list?.passkeys ?? [];
    const found = passkeys.find((passkey) => passkey.id === input.id);
    if (!found) return this.settle<ApprovalPending>({ error: 'NOT_FOUND' });
    if (passkeys.length === 1) {
      return this.settle<ApprovalPending>({ error: 'VALIDATION_FAILED', fields: { id: 'last' } });
    }
    this.#removing = input.id;
    const approval = removalApproval(found, this.#now);
    // `<pk-approve>` then sees this approval, not the sample address change.
    const answers: Partial<FakeApproveOptions> = {
      approvalStatus: { value: { approval } },
      approveWithPasskey: { value: { approval: { ...approval, status: 'approved' } } },
      denyApproval: { value: { approval: { ...approval, status: 'denied' } } },
    };
    for (const [key, answer] of Object.entries(answers)) {
      if (!this.#given.has(key)) this.set({ [key]: answer });
    }
    return this.settle({ value: { approval } });
  }

  /** Approving a removal removes the passkey, as the server does once the assertion is verified. */
  override async approveWithPasskey(input: ApprovalRequest) {
    const answer = await super.approveWithPasskey(input);
    const removing = this.#removing;
    if (answer.approval.status === 'approved' && removing) {
      this.#removing = undefined;
      this.#changeList((list) => ({
        ...list,
        passkeys: list.passkeys.filter((passkey) => passkey.id !== removing),
      }));
    }
    return answer;
  }

  removeLastPasskey(input: RemoveLastPasskeyRequest) {
    this.record('removeLastPasskey', input);
    if (this.options.removeLastPasskey) return this.settle(this.options.removeLastPasskey);
    const list = this.#changeList((before) => ({
      ...before,
      passkeys: before.passkeys.filter((passkey) => passkey.id !== input.id),
    }));
    return this.settle({ value: list });
  }

  dismissPasskeyOffer() {
    this.record('dismissPasskeyOffer');
    if (this.options.dismissPasskeyOffer) return this.settle(this.options.dismissPasskeyOffer);
    return this.settle({ value: this.#changeList((list) => ({ ...list, offer: false })) });
  }
}
