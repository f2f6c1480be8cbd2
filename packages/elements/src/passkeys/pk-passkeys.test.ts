import { expect, html, oneEvent } from '@open-wc/testing';
import './index.js';
import { expectAccessible, runElementSuite } from '../test-support/element-suite.js';
import { addedPasskey, FakeClient, type FakeClientOptions } from '../test-support/fake-client.js';
import { mount, part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import type { PkPasskeys } from './pk-passkeys.js';

async function passkeys(options: Partial<FakeClientOptions> = {}, lang: Lang = 'de') {
  const client = new FakeClient(options);
  const element = await mount<PkPasskeys>(
    html`<pk-passkeys .client=${client}></pk-passkeys>`,
    lang,
  );
  await settle(element);
  return { client, element };
}

async function add(options: Partial<FakeClientOptions> = {}, lang: Lang = 'de') {
  const { client, element } = await passkeys(options, lang);
  part<HTMLButtonElement>(element, 'submit')!.click();
  await settle(element);
  return { client, element };
}

const statusText = (element: PkPasskeys) => text(part(element, 'status'));
const summaryText = (element: PkPasskeys) => text(part(element, 'error-summary'));

runElementSuite<PkPasskeys>({
  tag: 'pk-passkeys',
  template: (client) => html`<pk-passkeys .client=${client}></pk-passkeys>`,
  pendingClient: () => new FakeClient({ listPasskeys: 'hang' }),
  states: {
    loading: async (lang) => (await passkeys({ listPasskeys: 'hang' }, lang)).element,
    idle: async (lang) => (await passkeys({}, lang)).element,
    busy: async (lang) => (await add({ addPasskey: 'hang' }, lang)).element,
    error: async (lang) => (await add({ addPasskey: { error: 'SESSION_EXPIRED' } }, lang)).element,
    success: async (lang) => (await add({}, lang)).element,
  },
  richest: 'success',
  parts: ['passkey-list', 'passkey', 'passkey-name', 'passkey-detail', 'submit', 'status'],
  text: { de: 'Dieses Gerät als Passkey hinzufügen', en: 'Add this device as a passkey' },
  success: async (lang) => (await add({}, lang)).element,
  error: async (lang) => (await add({ addPasskey: { error: 'PASSKEY_FAILED' } }, lang)).element,
  changeProperty: (element) => {
    element.messages = { 'passkeys.add': 'Neuen Passkey anlegen' };
    return 'Neuen Passkey anlegen';
  },
});

describe('pk-passkeys', () => {
  it('is accessible when empty, after a load error and without passkey support', async () => {
    for (const options of [
      { listPasskeys: { value: { passkeys: [] } } },
      { listPasskeys: { error: 'NETWORK' as const } },
      { passkeySupport: { available: false, autofill: false } },
    ]) {
      await expectAccessible((await passkeys(options)).element);
      await expectAccessible((await passkeys(options, 'en')).element);
    }
  });

  it('says it is loading while the list is on its way', async () => {
    const { element } = await passkeys({ listPasskeys: 'hang' });
    expect(element.state).to.equal('loading');
    expect(statusText(element)).to.equal('Ihre Passkeys werden geladen …');
  });

  it('lists each passkey with when it was added and used and where it lives', async () => {
    const { element } = await passkeys();
    const items = [...element.querySelectorAll('[part~=passkey]')].map(text);
    expect(items).to.deep.equal([
      'iCloud-Schlüsselbund Hinzugefügt am 26.11.2026 Zuletzt verwendet am 27.11.2026 Synchronisiert: auf Ihren Geräten mit demselben Konto nutzbar',
      'YubiKey 5 NFC Hinzugefügt am 02.10.2026 Noch nicht verwendet Nur auf einem Gerät gespeichert',
    ]);
    expect(part(element, 'passkey-list')!.getAttribute('aria-label')).to.equal('Ihre Passkeys');
  });

  it('writes dates the English way on an English page', async () => {
    const { element } = await passkeys({}, 'en');
    expect(text(part(element, 'passkey'))).to.contain('Added on 26 November 2026');
  });

  it('explains passkeys when the member has none yet', async () => {
    const { element } = await passkeys({ listPasskeys: { value: { passkeys: [] } } });
    expect(text(part(element, 'empty'))).to.contain('Sie haben noch keinen Passkey.');
    expect(part(element, 'passkey-list')).to.equal(null);
  });

  it('adds this device, says so, fires pk-passkeys-success and reloads the list', async () => {
    const { client, element } = await passkeys();
    setTimeout(() => part<HTMLButtonElement>(element, 'submit')!.click());
    const event = await oneEvent(element, 'pk-passkeys-success');
    expect(event.detail.passkey).to.deep.equal(addedPasskey);
    await until(element, 'success');
    await settle(element);
    expect(statusText(element)).to.equal(
      'Passkey hinzugefügt. Sie können sich ab jetzt mit diesem Gerät anmelden.',
    );
    expect(client.callsTo('listPasskeys')).to.have.length(2);
  });

  it('shows the busy text and ignores a second press while adding', async () => {
    const { client, element } = await add({ addPasskey: 'hang' });
    part<HTMLButtonElement>(element, 'submit')!.click();
    await settle(element);
    expect(client.callsTo('addPasskey')).to.have.length(1);
    expect(text(part(element, 'submit'))).to.equal('Passkey wird hinzugefügt …');
    expect(part<HTMLButtonElement>(element, 'submit')!.disabled).to.equal(false);
  });

  it('treats a cancelled prompt calmly', async () => {
    const { element } = await add({ addPasskey: { error: 'PASSKEY_CANCELLED' } });
    expect(element.state).to.equal('idle');
    expect(part(element, 'error-summary')).to.equal(null);
    expect(statusText(element)).to.equal('Das Hinzufügen des Passkeys wurde abgebrochen.');
    expect(part(element, 'submit')).to.exist;
  });

  it('asks the member to sign in again when the session expired', async () => {
    const { element } = await passkeys({ addPasskey: { error: 'SESSION_EXPIRED' } });
    setTimeout(() => part<HTMLButtonElement>(element, 'submit')!.click());
    const event = await oneEvent(element, 'pk-passkeys-error');
    expect(event.detail).to.deep.equal({ code: 'SESSION_EXPIRED' });
    await until(element, 'error');
    expect(summaryText(element)).to.contain(
      'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    );
    expect(document.activeElement).to.equal(part(element, 'error-summary'));
    expect(part(element, 'submit')).to.equal(null);
  });

  it('offers to load the list again after it could not be loaded', async () => {
    const { client, element } = await passkeys({ listPasskeys: { error: 'NETWORK' } });
    expect(element.state).to.equal('error');
    expect(summaryText(element)).to.contain('Ihre Passkeys können gerade nicht angezeigt werden.');
    client.set({ listPasskeys: { value: { passkeys: [] } } });
    part<HTMLButtonElement>(element, 'secondary-action')!.click();
    await until(element, 'idle');
    expect(part(element, 'empty')).to.exist;
  });

  it('says when the browser cannot add passkeys and offers no button', async () => {
    const { element } = await passkeys({ passkeySupport: { available: false, autofill: false } });
    expect(part(element, 'submit')).to.equal(null);
    expect(text(part(element, 'note'))).to.contain('Ihr Browser unterstützt keine Passkeys.');
    expect(part(element, 'passkey-list')).to.exist;
  });
});
