import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PasskeyView } from '@portalkit/protocol';
import { sendKeys } from '@web/test-runner-commands';
import './index.js';
import type { PkApprove } from '../approve/pk-approve.js';
import { expectAccessible } from '../test-support/element-suite.js';
import { mount, part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import {
  FakePasskeysClient,
  sampleList,
  samplePasskeys,
  type FakePasskeysOptions,
} from './pk-passkeys.fake.js';
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

const [icloud, yubikey] = samplePasskeys as [PasskeyView, PasskeyView];
const onlyOne = { listPasskeys: { value: sampleList([icloud]) } };

const button = (element: Element, words: string) =>
  [...element.querySelectorAll<HTMLButtonElement>('button')].find(
    (found) => text(found) === words || found.getAttribute('aria-label') === words,
  );

async function press(element: PkPasskeys, words: string): Promise<void> {
  const found = button(element, words);
  expect(found, `a button "${words}"`).to.exist;
  found!.click();
  await settle(element);
}

const nameField = (element: PkPasskeys) =>
  element.querySelector<HTMLInputElement>('input[name=name]')!;
const passwordField = (element: PkPasskeys) =>
  element.querySelector<HTMLInputElement>('input[name=password]')!;
const statusText = (element: PkPasskeys) => text(part(element, 'status'));
const names = (element: PkPasskeys) =>
  [...element.querySelectorAll('[part~=passkey-name]')].map(text);

async function typeInto(element: PkPasskeys, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

/** Opens the rename field of the first passkey and saves `name`. */
async function rename(name: string, options: Partial<FakePasskeysOptions> = {}, lang: Lang = 'de') {
  const result = await passkeys(options, lang);
  const { element } = result;
  part<HTMLButtonElement>(element, 'rename')!.click();
  await settle(element);
  await typeInto(element, nameField(element), name);
  part<HTMLButtonElement>(element, 'rename-form')!
    .querySelector<HTMLButtonElement>('[part~=submit]')!
    .click();
  await settle(element);
  return result;
}

/** Presses "Entfernen" on the first passkey, then "Passkey entfernen" (after a password). */
async function remove(
  options: Partial<FakePasskeysOptions> = {},
  lang: Lang = 'de',
  password?: string,
) {
  const result = await passkeys(options, lang);
  const { element } = result;
  part<HTMLButtonElement>(element, 'remove')!.click();
  await until(element, 'confirm');
  if (password !== undefined) await typeInto(element, passwordField(element), password);
  part<HTMLFormElement>(element, 'form')!
    .querySelector<HTMLButtonElement>('[part~=submit]')!
    .click();
  await settle(element);
  return result;
}

/** Waits for the inline `<pk-approve>` to show the removal. */
async function approval(element: PkPasskeys): Promise<PkApprove> {
  await waitUntil(() => element.querySelector('pk-approve'), 'no <pk-approve>');
  const approve = element.querySelector<PkApprove>('pk-approve')!;
  await waitUntil(() => approve.getAttribute('state') === 'idle', 'approval not shown');
  await settle(element);
  return approve;
}

describe('pk-passkeys: each passkey', () => {
  it('shows synced or device-bound, added, last use, and buttons named after it', async () => {
    const { element } = await passkeys();
    const first = part(element, 'passkey')!;
    expect(text(first)).to.contain(
      'Synchronisiert – auf Ihren Geräten mit demselben Konto verfügbar',
    );
    const rows = element.querySelectorAll('[part~=passkey]');
    expect(text(rows[1]!)).to.contain('Nur auf dem Gerät, auf dem er angelegt wurde');
    expect(text(rows[1]!)).to.contain('Noch nie verwendet');
    const renameButton = part<HTMLButtonElement>(first, 'rename')!;
    expect(renameButton.getAttribute('aria-label')).to.equal('„iCloud-Schlüsselbund“ umbenennen');
    expect(text(renameButton)).to.equal('Umbenennen');
    expect(part(first, 'remove')!.getAttribute('aria-label')).to.equal(
      '„iCloud-Schlüsselbund“ entfernen',
    );
  });

  it('names the buttons in English on an English page', async () => {
    const { element } = await passkeys({}, 'en');
    expect(part(element, 'rename')!.getAttribute('aria-label')).to.equal(
      'Rename “iCloud-Schlüsselbund”',
    );
    expect(text(part(element, 'passkey'))).to.contain('Last used on 27 November 2026');
    expect(text(element.querySelectorAll('[part~=passkey]')[1]!)).to.contain('Never used');
  });
});

describe('pk-passkeys: renaming', () => {
  it('opens a labelled field with the name in the row and focuses it', async () => {
    const { element } = await passkeys();
    part<HTMLButtonElement>(element, 'rename')!.click();
    await settle(element);
    const form = part(element, 'rename-form')!;
    expect(form.closest('[part~=passkey]')).to.equal(part(element, 'passkey'));
    expect(form.getAttribute('aria-label')).to.equal('„iCloud-Schlüsselbund“ umbenennen');
    expect(document.activeElement).to.equal(nameField(element));
    expect(nameField(element).value).to.equal('iCloud-Schlüsselbund');
    expect(text(element.querySelector(`label[for=${nameField(element).id}]`))).to.equal(
      'Name des Passkeys',
    );
    expect(nameField(element).hasAttribute('maxlength'), 'a pasted name is not cut').to.equal(
      false,
    );
    await expectAccessible(element);
  });

  it('saves the new name, announces it, fires pk-passkey-renamed and returns focus', async () => {
    const { client, element } = await passkeys();
    part<HTMLButtonElement>(element, 'rename')!.click();
    await settle(element);
    await typeInto(element, nameField(element), '  Mein iPhone  ');
    setTimeout(() =>
      part(element, 'rename-form')!.querySelector<HTMLButtonElement>('[part~=submit]')!.click(),
    );
    const event = await oneEvent(element, 'pk-passkey-renamed');
    expect(event.detail.passkey).to.deep.equal({ ...icloud, name: 'Mein iPhone' });
    await until(element, 'success');
    expect(client.callsTo('renamePasskey').map((call) => call.args)).to.deep.equal([
      [{ id: 'pk-1', name: 'Mein iPhone' }],
    ]);
    expect(names(element)).to.deep.equal(['Mein iPhone', 'YubiKey 5 NFC']);
    expect(statusText(element)).to.equal('Der Passkey heißt jetzt „Mein iPhone“.');
    expect(document.activeElement).to.equal(part(element, 'rename'));
    expect(document.activeElement!.getAttribute('aria-label')).to.equal('„Mein iPhone“ umbenennen');
  });

  it('refuses an empty name with a focused summary and the same words above the field', async () => {
    const errors: Event[] = [];
    const { client, element } = await passkeys();
    element.addEventListener('pk-passkeys-error', (event) => errors.push(event));
    part<HTMLButtonElement>(element, 'rename')!.click();
    await settle(element);
    await typeInto(element, nameField(element), '   ');
    part(element, 'rename-form')!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await until(element, 'error');
    const summary = part(element, 'error-summary')!;
    expect(document.activeElement).to.equal(summary);
    expect(text(summary)).to.equal(
      'Es gibt ein Problem Geben Sie einen Namen für den Passkey ein.',
    );
    expect(nameField(element).getAttribute('aria-invalid')).to.equal('true');
    const errorId = nameField(element).getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(text(element.querySelector(`#${errorId}`))).to.equal(
      'Fehler: Geben Sie einen Namen für den Passkey ein.',
    );
    summary.querySelector('a')!.click();
    expect(document.activeElement).to.equal(nameField(element));
    expect(nameField(element).value, 'what was typed is kept').to.equal('   ');
    expect(client.callsTo('renamePasskey')).to.have.length(0);
    expect(errors.map((event) => (event as CustomEvent).detail)).to.deep.equal([
      { code: 'VALIDATION_FAILED' },
    ]);
    await expectAccessible(element);
  });

  it('refuses a name longer than 64 characters', async () => {
    const { client, element } = await rename('x'.repeat(65));
    expect(element.state).to.equal('error');
    expect(text(part(element, 'error'))).to.equal(
      'Fehler: Der Name darf höchstens 64 Zeichen lang sein.',
    );
    expect(client.callsTo('renamePasskey')).to.have.length(0);
  });

  it('names a name the server refuses above the field', async () => {
    const { element } = await rename('Arbeit', {
      renamePasskey: { error: 'VALIDATION_FAILED', fields: { name: 'singleLine' } },
    });
    await until(element, 'error');
    expect(text(part(element, 'error'))).to.equal(
      'Fehler: Der Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten.',
    );
  });

  it('says when renaming is not possible and keeps what was typed', async () => {
    const { element } = await rename('Arbeit', { renamePasskey: { error: 'NETWORK' } });
    await until(element, 'error');
    expect(text(part(element, 'error-summary'))).to.contain(
      'Der Passkey kann gerade nicht umbenannt werden.',
    );
    expect(nameField(element).value).to.equal('Arbeit');
  });

  it('says what happens while saving and ignores a second press', async () => {
    const { client, element } = await rename('Arbeit', { renamePasskey: 'hang' });
    expect(element.state).to.equal('busy');
    const save = part(element, 'rename-form')!.querySelector<HTMLButtonElement>('[part~=submit]')!;
    expect(text(save)).to.equal('Wird gespeichert …');
    save.click();
    await settle(element);
    expect(client.callsTo('renamePasskey')).to.have.length(1);
  });

  it('leaves the field with Escape, name unchanged, focus back on the button', async () => {
    const { client, element } = await passkeys();
    part<HTMLButtonElement>(element, 'rename')!.click();
    await settle(element);
    await typeInto(element, nameField(element), 'Anders');
    await sendKeys({ press: 'Escape' });
    await until(element, 'idle');
    expect(part(element, 'rename-form')).to.equal(null);
    expect(names(element)).to.deep.equal(['iCloud-Schlüsselbund', 'YubiKey 5 NFC']);
    expect(document.activeElement).to.equal(part(element, 'rename'));
    expect(client.callsTo('renamePasskey')).to.have.length(0);
  });
});

describe('pk-passkeys: removing with an approval', () => {
  it('explains first, then shows <pk-approve> inline with the removal', async () => {
    const { client, element } = await passkeys();
    part<HTMLButtonElement>(element, 'remove')!.click();
    await until(element, 'confirm');
    expect(document.activeElement).to.equal(part(element, 'heading'));
    expect(text(part(element, 'heading'))).to.equal('„iCloud-Schlüsselbund“ entfernen?');
    expect(text(part(element, 'form'))).to.contain('mit einem Ihrer anderen Passkeys frei');
    expect(passwordField(element), 'no password while another passkey remains').to.equal(null);
    expect(part(element, 'warning')).to.equal(null);
    await press(element, 'Passkey entfernen');
    const approve = await approval(element);
    expect(client.callsTo('removePasskey').map((call) => call.args)).to.deep.equal([
      [{ id: 'pk-1' }],
    ]);
    expect(approve.approval?.kind).to.equal('passkey-remove');
    expect(text(approve)).to.contain('iCloud-Schlüsselbund');
    expect(element.state).to.equal('idle');
    expect(names(element), 'nothing removed before the approval').to.deep.equal([]);
  });

  it('removes the passkey once approved, announces it and fires pk-passkey-removed', async () => {
    const { client, element } = await remove();
    await approval(element);
    setTimeout(() => void press(element, 'Mit Passkey freigeben'));
    const event = await oneEvent(element, 'pk-passkey-removed');
    expect(event.detail.passkey).to.deep.equal(icloud);
    await until(element, 'success');
    await settle(element);
    expect(names(element)).to.deep.equal(['YubiKey 5 NFC']);
    expect(statusText(element)).to.equal('Der Passkey „iCloud-Schlüsselbund“ wurde entfernt.');
    expect(client.callsTo('approveWithPasskey')).to.have.length(1);
    expect(document.activeElement).to.equal(part(element, 'rename'));
  });

  it('keeps the passkey when the approval is declined and leads back to the list', async () => {
    const removed: Event[] = [];
    const { element } = await remove();
    element.addEventListener('pk-passkey-removed', (event) => removed.push(event));
    const approve = await approval(element);
    await press(element, 'Ablehnen');
    await waitUntil(() => approve.getAttribute('state') === 'denied', 'not denied');
    await settle(element);
    await press(element, 'Zurück zu Ihren Passkeys');
    await until(element, 'idle');
    expect(names(element)).to.deep.equal(['iCloud-Schlüsselbund', 'YubiKey 5 NFC']);
    expect(document.activeElement).to.equal(part(element, 'remove'));
    expect(removed).to.have.length(0);
  });

  it('goes back to the list on "Abbrechen", with focus on the passkey’s button', async () => {
    const { client, element } = await passkeys();
    element.querySelectorAll<HTMLButtonElement>('[part~=remove]')[1]!.click();
    await until(element, 'confirm');
    await press(element, 'Abbrechen');
    await until(element, 'idle');
    expect(document.activeElement).to.equal(element.querySelectorAll('[part~=remove]')[1]);
    expect(client.callsTo('removePasskey')).to.have.length(0);
  });

  it('says when a removal cannot be sent', async () => {
    const { element } = await remove({ removePasskey: { error: 'NETWORK' } });
    await until(element, 'error');
    expect(text(part(element, 'error-summary'))).to.contain(
      'Der Passkey kann gerade nicht entfernt werden.',
    );
    expect(document.activeElement).to.equal(part(element, 'error-summary'));
  });
});

describe('pk-passkeys: removing the last passkey', () => {
  it('warns about address and bank changes and asks for the password', async () => {
    const { element } = await passkeys(onlyOne);
    part<HTMLButtonElement>(element, 'remove')!.click();
    await until(element, 'confirm');
    expect(text(part(element, 'heading'))).to.equal(
      'Ihren letzten Passkey „iCloud-Schlüsselbund“ entfernen?',
    );
    expect(text(part(element, 'warning'))).to.contain(
      'Änderungen Ihrer Anschrift oder Bankverbindung sind erst wieder möglich',
    );
    expect(passwordField(element).getAttribute('autocomplete')).to.equal('current-password');
    expect(passwordField(element).nextElementSibling).to.equal(part(element, 'toggle'));
    await expectAccessible(element);
  });

  it('removes it with the password, without an approval', async () => {
    const { client, element } = await passkeys(onlyOne);
    part<HTMLButtonElement>(element, 'remove')!.click();
    await until(element, 'confirm');
    await typeInto(element, passwordField(element), 'mein Passwort');
    setTimeout(() => void press(element, 'Passkey entfernen'));
    const event = await oneEvent(element, 'pk-passkey-removed');
    expect(event.detail.passkey).to.deep.equal(icloud);
    await until(element, 'success');
    expect(client.callsTo('removeLastPasskey').map((call) => call.args)).to.deep.equal([
      [{ id: 'pk-1', password: 'mein Passwort' }],
    ]);
    expect(client.callsTo('removePasskey')).to.have.length(0);
    expect(element.querySelector('pk-approve')).to.equal(null);
    expect(text(part(element, 'empty'))).to.contain('Sie haben noch keinen Passkey.');
    expect(statusText(element)).to.equal('Der Passkey „iCloud-Schlüsselbund“ wurde entfernt.');
  });

  it('says the password is wrong, above the field too, and clears it', async () => {
    const { client, element } = await remove(
      { ...onlyOne, removeLastPasskey: { error: 'CREDENTIALS_INVALID' } },
      'de',
      'falsch',
    );
    await until(element, 'error');
    expect(text(part(element, 'error-summary'))).to.equal(
      'Es gibt ein Problem Das Passwort ist falsch.',
    );
    expect(document.activeElement).to.equal(part(element, 'error-summary'));
    expect(text(part(element, 'error'))).to.equal('Fehler: Das Passwort ist falsch.');
    expect(passwordField(element).value).to.equal('');
    expect(client.callsTo('removeLastPasskey')).to.have.length(1);
    await expectAccessible(element);
  });

  it('names an empty password without asking the server', async () => {
    const { client, element } = await remove(onlyOne, 'de', '');
    await until(element, 'error');
    expect(text(part(element, 'error'))).to.equal('Fehler: Geben Sie Ihr Passwort ein.');
    expect(client.callsTo('removeLastPasskey')).to.have.length(0);
  });

  it('asks for the password when the server says the passkey became the last one', async () => {
    const { element } = await remove({
      removePasskey: { error: 'VALIDATION_FAILED', fields: { id: 'last' } },
    });
    await until(element, 'confirm');
    expect(passwordField(element)).to.exist;
    expect(part(element, 'warning')).to.exist;
    expect(document.activeElement).to.equal(part(element, 'heading'));
  });
});

describe('pk-passkeys: the list changed in another tab', () => {
  it('asks for an approval when a passkey was added meanwhile', async () => {
    const { client, element } = await remove(
      { ...onlyOne, removeLastPasskey: { error: 'VALIDATION_FAILED', fields: { id: 'notLast' } } },
      'de',
      'mein Passwort',
    );
    client.set({ listPasskeys: { value: sampleList(samplePasskeys) } });
    await until(element, 'confirm');
    expect(passwordField(element)).to.equal(null);
    expect(part(element, 'warning')).to.equal(null);
    expect(text(part(element, 'heading'))).to.equal('„iCloud-Schlüsselbund“ entfernen?');
    expect(document.activeElement).to.equal(part(element, 'heading'));
  });
});

describe('pk-passkeys: keyboard only', () => {
  it('renames and removes a passkey with Tab, Enter and Space', async () => {
    const { client, element } = await passkeys();
    part<HTMLButtonElement>(element, 'rename')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(document.activeElement).to.equal(nameField(element));
    await sendKeys({ press: 'Control+A' });
    await sendKeys({ type: 'Arbeit' });
    await sendKeys({ press: 'Enter' });
    await until(element, 'success');
    expect(names(element)[0]).to.equal('Arbeit');
    expect(document.activeElement).to.equal(part(element, 'rename'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(part(element, 'remove'));
    await sendKeys({ press: 'Space' });
    await until(element, 'confirm');
    expect(document.activeElement).to.equal(part(element, 'heading'));
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Passkey entfernen');
    await sendKeys({ press: 'Enter' });
    await approval(element);
    await waitUntil(() => text(document.activeElement) !== '', 'focus in the approval');
    const approveButton = button(element, 'Mit Passkey freigeben')!;
    for (let i = 0; i < 5 && document.activeElement !== approveButton; i++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(document.activeElement).to.equal(approveButton);
    await sendKeys({ press: 'Enter' });
    await until(element, 'success');
    expect(names(element)).to.deep.equal(['YubiKey 5 NFC']);
    expect(client.callsTo('approveWithPasskey')).to.have.length(1);
  });
});

describe('pk-passkeys: accessible in each new state', () => {
  const states: Record<string, (lang: Lang) => Promise<PkPasskeys>> = {
    renaming: async (lang) => {
      const { element } = await passkeys({}, lang);
      part<HTMLButtonElement>(element, 'rename')!.click();
      await settle(element);
      return element;
    },
    'rename error': async (lang) => (await rename('', {}, lang)).element,
    renamed: async (lang) => (await rename('Arbeit', {}, lang)).element,
    'remove confirm': async (lang) => {
      const { element } = await passkeys({}, lang);
      part<HTMLButtonElement>(element, 'remove')!.click();
      return until(element, 'confirm');
    },
    'remove approve': async (lang) => {
      const { element } = await remove({}, lang);
      await approval(element);
      return element;
    },
    'remove last': async (lang) => {
      const { element } = await passkeys(onlyOne, lang);
      part<HTMLButtonElement>(element, 'remove')!.click();
      return until(element, 'confirm');
    },
    'remove last, wrong password': async (lang) =>
      until(
        (
          await remove(
            { ...onlyOne, removeLastPasskey: { error: 'CREDENTIALS_INVALID' } },
            lang,
            'x',
          )
        ).element,
        'error',
      ),
    removed: async (lang) =>
      until((await remove({ ...onlyOne }, lang, 'mein Passwort')).element, 'success'),
  };
  for (const lang of ['de', 'en'] as const) {
    for (const [name, reach] of Object.entries(states)) {
      it(`${name} (${lang})`, async () => {
        await expectAccessible(await reach(lang));
      });
    }
  }
});
