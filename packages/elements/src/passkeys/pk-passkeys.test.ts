import { expect, html, oneEvent } from '@open-wc/testing';
import './index.js';
import { expectAccessible, runElementSuite } from '../test-support/element-suite.js';
import {
  addedPasskey,
  FakePasskeysClient,
  sampleList,
  type FakePasskeysOptions,
} from './pk-passkeys.fake.js';
import { mount, part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import type { PkPasskeys } from './pk-passkeys.js';

async function passkeys(options: Partial<FakePasskeysOptions> = {}, lang: Lang = 'de') {
  const client = new FakePasskeysClient(options);
  const element = await mount<PkPasskeys>(
    html`<pk-passkeys .client=${client}></pk-passkeys>`,
    lang,
  );
  await settle(element);
  return { client, element };
}

async function add(options: Partial<FakePasskeysOptions> = {}, lang: Lang = 'de') {
  const { client, element } = await passkeys(options, lang);
  part<HTMLButtonElement>(element, 'submit')!.click();
  await settle(element);
  return { client, element };
}

/** Adds with a login older than the server allows: the confirm form appears. */
async function confirmForm(options: Partial<FakePasskeysOptions> = {}, lang: Lang = 'de') {
  const result = await add({ confirmationRequired: true, ...options }, lang);
  await until(result.element, 'confirm');
  return result;
}

function password(element: PkPasskeys): HTMLInputElement {
  return element.querySelector<HTMLInputElement>('input[name=password]')!;
}

/** Types the password and presses "Bestätigen und Passkey hinzufügen". */
async function confirmWith(element: PkPasskeys, value: string): Promise<void> {
  password(element).value = value;
  password(element).dispatchEvent(new Event('input', { bubbles: true }));
  part<HTMLButtonElement>(element, 'submit')!.click();
  await settle(element);
}

const statusText = (element: PkPasskeys) => text(part(element, 'status'));
const summaryText = (element: PkPasskeys) => text(part(element, 'error-summary'));

runElementSuite<PkPasskeys>({
  tag: 'pk-passkeys',
  template: (client) => html`<pk-passkeys .client=${client}></pk-passkeys>`,
  pendingClient: () => new FakePasskeysClient({ listPasskeys: 'hang' }),
  states: {
    loading: async (lang) => (await passkeys({ listPasskeys: 'hang' }, lang)).element,
    idle: async (lang) => (await passkeys({}, lang)).element,
    busy: async (lang) => (await add({ addPasskey: 'hang' }, lang)).element,
    error: async (lang) => (await add({ addPasskey: { error: 'SESSION_EXPIRED' } }, lang)).element,
    success: async (lang) => (await add({}, lang)).element,
    confirm: async (lang) => (await confirmForm({}, lang)).element,
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
      { listPasskeys: { value: sampleList([]) } },
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
      'iCloud-Schlüsselbund Synchronisiert – auf Ihren Geräten mit demselben Konto verfügbar Hinzugefügt am 26.11.2026 Zuletzt verwendet am 27.11.2026 Umbenennen Entfernen',
      'YubiKey 5 NFC Nur auf dem Gerät, auf dem er angelegt wurde Hinzugefügt am 02.10.2026 Noch nie verwendet Umbenennen Entfernen',
    ]);
    expect(part(element, 'passkey-list')!.getAttribute('aria-label')).to.equal('Ihre Passkeys');
  });

  it('writes dates the English way on an English page', async () => {
    const { element } = await passkeys({}, 'en');
    expect(text(part(element, 'passkey'))).to.contain('Added on 26 November 2026');
  });

  it('explains passkeys when the member has none yet', async () => {
    const { element } = await passkeys({ listPasskeys: { value: sampleList([]) } });
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
    client.set({ listPasskeys: { value: sampleList([]) } });
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

  describe('confirming with the password before adding', () => {
    it('asks for the password inline and moves focus to the form heading', async () => {
      const errors: Event[] = [];
      const listener = (event: Event) => errors.push(event);
      document.addEventListener('pk-passkeys-error', listener);
      try {
        const { client, element } = await confirmForm();
        const heading = part(element, 'heading')!;
        expect(document.activeElement).to.equal(heading);
        expect(text(heading)).to.equal('Mit Ihrem Passwort bestätigen');
        expect(text(part(element, 'form'))).to.contain(
          'Bitte bestätigen Sie mit Ihrem Passwort, dass Sie es sind. So schützen wir Ihr Konto, bevor ein neuer Passkey hinzukommt.',
        );
        expect(part(element, 'form')!.getAttribute('aria-labelledby')).to.equal(heading.id);
        expect(password(element).getAttribute('autocomplete')).to.equal('current-password');
        expect(password(element).type).to.equal('password');
        expect(password(element).nextElementSibling).to.equal(part(element, 'toggle'));
        expect(text(part(element, 'submit'))).to.equal('Bestätigen und Passkey hinzufügen');
        expect(text(part(element, 'secondary-action'))).to.equal('Abbrechen');
        expect(part(element, 'passkey-list'), 'the list makes room for the form').to.equal(null);
        expect(part(element, 'error-summary')).to.equal(null);
        expect(errors, 'asking is not an error').to.have.length(0);
        expect(client.callsTo('confirmSession')).to.have.length(0);
      } finally {
        document.removeEventListener('pk-passkeys-error', listener);
      }
    });

    it('confirms and adds the passkey with the same press', async () => {
      const { client, element } = await confirmForm();
      setTimeout(() => void confirmWith(element, 'mein Passwort'));
      const event = await oneEvent(element, 'pk-passkeys-success');
      expect(event.detail.passkey).to.deep.equal(addedPasskey);
      await until(element, 'success');
      expect(client.callsTo('confirmSession').map((call) => call.args)).to.deep.equal([
        [{ password: 'mein Passwort' }],
      ]);
      expect(client.ceremonies.map((ceremony) => ceremony.outcome)).to.deep.equal([
        'rejected',
        'resolved',
      ]);
      expect(statusText(element)).to.equal(
        'Passkey hinzugefügt. Sie können sich ab jetzt mit diesem Gerät anmelden.',
      );
      expect(document.activeElement, 'focus back where the member started').to.equal(
        part(element, 'submit'),
      );
      expect(text(part(element, 'submit'))).to.equal('Dieses Gerät als Passkey hinzufügen');
    });

    it('says what happens while confirming and ignores a second press', async () => {
      const { client, element } = await confirmForm({ confirmSession: 'hang' });
      await confirmWith(element, 'mein Passwort');
      part<HTMLButtonElement>(element, 'submit')!.click();
      await settle(element);
      expect(element.state).to.equal('busy');
      expect(client.callsTo('confirmSession')).to.have.length(1);
      expect(text(part(element, 'submit'))).to.equal('Wird bestätigt …');
      expect(part(element, 'form')!.getAttribute('aria-busy')).to.equal('true');
      expect(statusText(element)).to.equal('Wird bestätigt …');
    });

    it('keeps the form while the passkey is added after the confirmation', async () => {
      const { element } = await confirmForm({ addPasskey: 'hang' });
      await confirmWith(element, 'mein Passwort');
      expect(element.state).to.equal('busy');
      expect(text(part(element, 'submit'))).to.equal('Passkey wird hinzugefügt …');
      expect(password(element).value, 'the field is still there').to.equal('mein Passwort');
    });

    it('names an empty password in a focused summary and above the field', async () => {
      const { client, element } = await confirmForm();
      setTimeout(() => void confirmWith(element, ''));
      const event = await oneEvent(element, 'pk-passkeys-error');
      expect(event.detail).to.deep.equal({ code: 'VALIDATION_FAILED' });
      await until(element, 'error');
      const summary = part(element, 'error-summary')!;
      expect(document.activeElement).to.equal(summary);
      expect(text(summary)).to.equal('Es gibt ein Problem Geben Sie Ihr Passwort ein.');
      expect(password(element).getAttribute('aria-invalid')).to.equal('true');
      const errorId = password(element).getAttribute('aria-describedby')!.split(' ')[0]!;
      expect(text(element.querySelector(`#${errorId}`))).to.equal(
        'Fehler: Geben Sie Ihr Passwort ein.',
      );
      summary.querySelector('a')!.click();
      expect(document.activeElement).to.equal(password(element));
      expect(client.callsTo('confirmSession')).to.have.length(0);
      await expectAccessible(element);
    });

    it('says the password is wrong, above the field too, and clears it', async () => {
      const { client, element } = await confirmForm({
        confirmSession: { error: 'CREDENTIALS_INVALID' },
      });
      setTimeout(() => void confirmWith(element, 'falsches Passwort'));
      const event = await oneEvent(element, 'pk-passkeys-error');
      expect(event.detail).to.deep.equal({ code: 'CREDENTIALS_INVALID' });
      await until(element, 'error');
      expect(summaryText(element)).to.equal('Es gibt ein Problem Das Passwort ist falsch.');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
      expect(text(part(element, 'error'))).to.equal('Fehler: Das Passwort ist falsch.');
      expect(password(element).value).to.equal('');
      expect(client.callsTo('addPasskey'), 'no second attempt to add').to.have.length(1);
      await expectAccessible(element);
    });

    it('says how many minutes to wait when rate limited', async () => {
      const { element } = await confirmForm({
        confirmSession: { error: 'RATE_LIMITED', retryAfter: 120 },
      });
      await confirmWith(element, 'mein Passwort');
      await until(element, 'error');
      expect(summaryText(element)).to.contain('Bitte warten Sie 2 Minuten');
      expect(part(element, 'error'), 'not the password’s fault').to.equal(null);
    });

    it('says a passkey cannot be added right now and keeps the password', async () => {
      const { element } = await confirmForm({ confirmSession: { error: 'NETWORK' } });
      await confirmWith(element, 'mein Passwort');
      await until(element, 'error');
      expect(summaryText(element)).to.contain(
        'Ein Passkey kann gerade nicht hinzugefügt werden. Bitte versuchen Sie es in einigen Minuten erneut.',
      );
      expect(password(element).value).to.equal('mein Passwort');
    });

    it('goes back to the list when cancelled, with focus on the add button', async () => {
      const { client, element } = await confirmForm();
      part<HTMLButtonElement>(element, 'secondary-action')!.click();
      await until(element, 'idle');
      expect(part(element, 'form')).to.equal(null);
      expect(part(element, 'passkey-list')).to.exist;
      expect(document.activeElement).to.equal(part(element, 'submit'));
      expect(client.callsTo('confirmSession')).to.have.length(0);
    });

    it('is accessible and English on an English page', async () => {
      const { element } = await confirmForm({ confirmSession: 'hang' }, 'en');
      expect(text(part(element, 'heading'))).to.equal('Confirm with your password');
      expect(text(part(element, 'form'))).to.contain(
        'Please confirm with your password that it is you. This protects your account before a new passkey is added.',
      );
      expect(text(part(element, 'submit'))).to.equal('Confirm and add passkey');
      await confirmWith(element, 'my password');
      expect(text(part(element, 'submit'))).to.equal('Confirming …');
      await expectAccessible(element);
    });
  });
});
