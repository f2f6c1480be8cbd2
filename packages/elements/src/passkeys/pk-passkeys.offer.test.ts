import { expect, html, oneEvent } from '@open-wc/testing';
import './index.js';
import { expectAccessible } from '../test-support/element-suite.js';
import { mount, part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import {
  addedPasskey,
  FakePasskeysClient,
  sampleList,
  type FakePasskeysOptions,
} from './pk-passkeys.fake.js';
import type { PkPasskeys } from './pk-passkeys.js';

const offered = { listPasskeys: { value: sampleList([], true) } };

async function offer(options: Partial<FakePasskeysOptions> = offered, lang: Lang = 'de') {
  const client = new FakePasskeysClient(options);
  const element = await mount<PkPasskeys>(
    html`<pk-passkeys offer .client=${client}></pk-passkeys>`,
    lang,
  );
  await settle(element);
  return { client, element };
}

/** What a member sees of the element: its text without the status region's. */
const visible = (element: PkPasskeys) =>
  text(element)
    .replace(text(part(element, 'status')), '')
    .trim();

describe('pk-passkeys offer', () => {
  it('invites the member to add a passkey when the server offers it', async () => {
    const { element } = await offer();
    const invitation = part(element, 'offer')!;
    expect(text(part(invitation, 'heading'))).to.equal('Schneller und sicherer anmelden');
    expect(text(invitation)).to.contain('Legen Sie einen Passkey an');
    expect(invitation.getAttribute('aria-labelledby')).to.equal(part(invitation, 'heading')!.id);
    expect(text(part(invitation, 'submit'))).to.equal('Passkey anlegen');
    expect(text(part(invitation, 'secondary-action'))).to.equal('Nicht jetzt');
    expect(part(element, 'passkey-list'), 'the invitation alone').to.equal(null);
    expect(element.state).to.equal('idle');
  });

  it('adds a passkey with "Passkey anlegen" and then leaves the invitation', async () => {
    const { client, element } = await offer();
    setTimeout(() => part<HTMLButtonElement>(element, 'submit')!.click());
    const event = await oneEvent(element, 'pk-passkeys-success');
    expect(event.detail.passkey).to.deep.equal(addedPasskey);
    await until(element, 'success');
    expect(client.callsTo('addPasskey')).to.have.length(1);
    expect(part(element, 'offer')).to.equal(null);
    expect(text(part(element, 'status'))).to.equal(
      'Passkey hinzugefügt. Sie können sich ab jetzt mit diesem Gerät anmelden.',
    );
  });

  it('says what happens while the passkey is added', async () => {
    const { element } = await offer({ ...offered, addPasskey: 'hang' });
    part<HTMLButtonElement>(element, 'submit')!.click();
    await settle(element);
    expect(element.state).to.equal('busy');
    expect(text(part(element, 'submit'))).to.equal('Passkey wird hinzugefügt …');
    expect(part(element, 'offer')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('keeps the invitation with a calm status when the prompt is cancelled', async () => {
    const { element } = await offer({ ...offered, addPasskey: { error: 'PASSKEY_CANCELLED' } });
    part<HTMLButtonElement>(element, 'submit')!.click();
    await settle(element);
    expect(element.state).to.equal('idle');
    expect(part(element, 'offer')).to.exist;
    expect(text(part(element, 'status'))).to.equal(
      'Das Hinzufügen des Passkeys wurde abgebrochen.',
    );
  });

  it('"Nicht jetzt" tells the server, removes the invitation and says so', async () => {
    const { client, element } = await offer();
    part<HTMLButtonElement>(element, 'secondary-action')!.click();
    await until(element, 'success');
    expect(client.callsTo('dismissPasskeyOffer')).to.have.length(1);
    expect(client.callsTo('addPasskey')).to.have.length(0);
    expect(part(element, 'offer')).to.equal(null);
    expect(visible(element)).to.equal('');
    expect(text(part(element, 'status'))).to.equal(
      'In Ordnung, wir fragen Sie vorerst nicht wieder. Einen Passkey können Sie jederzeit in Ihrem Konto anlegen.',
    );
  });

  it('removes the invitation on "Nicht jetzt" even when the server does not answer', async () => {
    const { element } = await offer({ ...offered, dismissPasskeyOffer: { error: 'NETWORK' } });
    part<HTMLButtonElement>(element, 'secondary-action')!.click();
    await until(element, 'success');
    expect(part(element, 'offer')).to.equal(null);
    expect(part(element, 'error-summary')).to.equal(null);
  });

  it('shows nothing when the server does not offer it', async () => {
    const { element } = await offer({ listPasskeys: { value: sampleList([], false) } });
    expect(element.state).to.equal('idle');
    expect(visible(element)).to.equal('');
  });

  it('shows nothing where the browser cannot add a passkey', async () => {
    const { element } = await offer({
      ...offered,
      passkeySupport: { available: false, autofill: false },
    });
    expect(visible(element)).to.equal('');
  });

  it('shows nothing and no error when the list cannot be loaded', async () => {
    const { element } = await offer({ listPasskeys: { error: 'NETWORK' } });
    expect(element.state).to.equal('idle');
    expect(visible(element)).to.equal('');
  });

  it('is English on an English page', async () => {
    const { element } = await offer(offered, 'en');
    expect(text(part(element, 'heading'))).to.equal('Sign in faster and more securely');
    expect(text(part(element, 'submit'))).to.equal('Create a passkey');
    expect(text(part(element, 'secondary-action'))).to.equal('Not now');
  });

  for (const lang of ['de', 'en'] as const) {
    it(`is accessible offered, busy, failed and dismissed (${lang})`, async () => {
      await expectAccessible((await offer(offered, lang)).element);
      const busy = await offer({ ...offered, addPasskey: 'hang' }, lang);
      part<HTMLButtonElement>(busy.element, 'submit')!.click();
      await settle(busy.element);
      await expectAccessible(busy.element);
      const failed = await offer({ ...offered, addPasskey: { error: 'PASSKEY_FAILED' } }, lang);
      part<HTMLButtonElement>(failed.element, 'submit')!.click();
      await until(failed.element, 'error');
      expect(part(failed.element, 'offer'), 'the invitation stays to try again').to.exist;
      await expectAccessible(failed.element);
      const dismissed = await offer(offered, lang);
      part<HTMLButtonElement>(dismissed.element, 'secondary-action')!.click();
      await until(dismissed.element, 'success');
      await expectAccessible(dismissed.element);
    });
  }
});
