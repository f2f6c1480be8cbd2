import { expect, html, waitUntil } from '@open-wc/testing';
import type { PasskeyView } from '@portalkit/protocol';
import './index.js';
import { mount, part, settle, until } from '../test-support/fixtures.js';
import { replaceSignalApi, spyOnSignalApi } from '../test-support/signal-api.js';
import {
  FakePasskeysClient,
  sampleList,
  samplePasskeys,
  sampleSignal,
} from './pk-passkeys.fake.js';
import type { PkPasskeys } from './pk-passkeys.js';
import { signalAcceptedPasskeys, signalUserDetails } from './signal.js';

async function passkeys(client = new FakePasskeysClient()) {
  const element = await mount<PkPasskeys>(html`<pk-passkeys .client=${client}></pk-passkeys>`);
  await settle(element);
  return { client, element };
}

const [icloud, yubikey] = samplePasskeys as [PasskeyView, PasskeyView];
const accepted = (ids: string[]) => ({
  rpId: 'localhost',
  userId: 'dXNlci1oYW5kbGUtZXJpa2E',
  allAcceptedCredentialIds: ids,
});

describe('pk-passkeys: WebAuthn Signal API', () => {
  let spy: ReturnType<typeof spyOnSignalApi> | undefined;
  let restore: (() => void) | undefined;
  afterEach(() => {
    spy?.restore();
    restore?.();
    spy = restore = undefined;
  });

  it('tells the password manager the passkeys and the account after the list loads', async () => {
    spy = spyOnSignalApi();
    await passkeys();
    expect(spy.calls['signalAllAcceptedCredentials']).to.deep.equal([accepted(['pk-1', 'pk-2'])]);
    expect(spy.calls['signalCurrentUserDetails']).to.deep.equal([
      {
        rpId: 'localhost',
        userId: 'dXNlci1oYW5kbGUtZXJpa2E',
        name: 'erika@example.de',
        displayName: 'Erika Mustermann',
      },
    ]);
  });

  it('tells it the passkeys left after an approved removal', async () => {
    spy = spyOnSignalApi();
    const { element } = await passkeys();
    part<HTMLButtonElement>(element, 'remove')!.click();
    await until(element, 'confirm');
    part(element, 'form')!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await waitUntil(() => element.querySelector('pk-approve')?.getAttribute('state') === 'idle');
    await settle(element);
    [...element.querySelectorAll('button')]
      .find((b) => b.textContent!.trim() === 'Mit Passkey freigeben')!
      .click();
    await until(element, 'success');
    await settle(element);
    expect(spy.calls['signalAllAcceptedCredentials']!.at(-1)).to.deep.equal(accepted(['pk-2']));
  });

  it('tells the passkeys shown when the list cannot be loaded after a removal', async () => {
    spy = spyOnSignalApi();
    const client = new FakePasskeysClient();
    const { element } = await passkeys(client);
    part<HTMLButtonElement>(element, 'remove')!.click();
    await until(element, 'confirm');
    part(element, 'form')!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await waitUntil(() => element.querySelector('pk-approve')?.getAttribute('state') === 'idle');
    await settle(element);
    client.set({ listPasskeys: { error: 'NETWORK' } });
    [...element.querySelectorAll('button')]
      .find((b) => b.textContent!.trim() === 'Mit Passkey freigeben')!
      .click();
    await until(element, 'success');
    await settle(element);
    expect(spy.calls['signalAllAcceptedCredentials']).to.deep.equal([
      accepted(['pk-1', 'pk-2']),
      accepted(['pk-2']),
    ]);
  });

  it('tells it that no passkey is left after the last one is removed with the password', async () => {
    spy = spyOnSignalApi();
    const { element } = await passkeys(
      new FakePasskeysClient({ listPasskeys: { value: sampleList([yubikey]) } }),
    );
    part<HTMLButtonElement>(element, 'remove')!.click();
    await until(element, 'confirm');
    element.querySelector<HTMLInputElement>('input[name=password]')!.value = 'mein Passwort';
    part(element, 'form')!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await until(element, 'success');
    expect(spy.calls['signalAllAcceptedCredentials']).to.deep.equal([
      accepted(['pk-2']),
      accepted([]),
    ]);
  });

  it('shows the list as usual when the browser refuses the hints', async () => {
    spy = spyOnSignalApi(() => Promise.reject(new DOMException('no', 'SecurityError')));
    const { element } = await passkeys();
    expect(element.state).to.equal('idle');
    expect(element.querySelectorAll('[part~=passkey]')).to.have.length(2);
    expect(spy.calls['signalCurrentUserDetails']).to.have.length(1);
  });

  it('shows the list as usual when the hints throw at once', async () => {
    restore = replaceSignalApi(() => () => {
      throw new TypeError('not here');
    });
    const { element } = await passkeys();
    expect(element.state).to.equal('idle');
  });

  it('works where the browser has no Signal API: nothing called, nothing broken', async () => {
    restore = replaceSignalApi(() => undefined);
    expect('signalAllAcceptedCredentials' in window.PublicKeyCredential).to.equal(false);
    const { element } = await passkeys();
    expect(element.state).to.equal('idle');
    part<HTMLButtonElement>(element, 'remove')!.click();
    await until(element, 'confirm');
    expect(() => signalAcceptedPasskeys(sampleSignal, [icloud.id])).not.to.throw();
    expect(() => signalUserDetails(sampleSignal)).not.to.throw();
  });

  it('works where the browser has no PublicKeyCredential at all', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential')!;
    delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
    try {
      expect(() => signalAcceptedPasskeys(sampleSignal, [])).not.to.throw();
      expect(() => signalUserDetails(sampleSignal)).not.to.throw();
    } finally {
      Object.defineProperty(window, 'PublicKeyCredential', own);
    }
  });
});
