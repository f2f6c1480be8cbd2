import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './index.js';
import { part, settle, text, until } from '../test-support/fixtures.js';
import { runProtectedFormSuite } from '../test-support/protected-form-suite.js';
import { FakeBankDetailsClient, type FakeBankDetailsOptions } from './pk-bank-details.fake.js';
import {
  approved,
  bankDetails,
  fill,
  headingText,
  input,
  press,
  reviewed,
  sent,
  summaryText,
} from './pk-bank-details.fixtures.js';
import type { PkBankDetails } from './pk-bank-details.js';

runProtectedFormSuite<PkBankDetails, FakeBankDetailsOptions>({
  tag: 'pk-bank-details',
  fake: FakeBankDetailsClient,
  fixtures: { mount: bankDetails, reviewed, sent, approved },
  load: 'currentBankDetails',
  send: 'changeBankDetails',
  text: { de: 'Ihre aktuelle Bankverbindung', en: 'Your current bank details' },
  changeProperty: (element) => {
    element.messages = { 'bankDetails.submit': 'Prüfen' };
    return 'Prüfen';
  },
  moreSteps: [
    [
      'form',
      'idle',
      (lang) => bankDetails({ currentBankDetails: { value: { bankDetails: null } } }, lang),
    ],
  ],
});

/** The IBAN field focused with the caret at `position`. */
function caretAt(element: PkBankDetails, position: number): HTMLInputElement {
  const field = input(element, 'iban');
  field.focus();
  field.setSelectionRange(position, position);
  return field;
}

describe('pk-bank-details', () => {
  it('shows the details on file masked, or that there are none', async () => {
    const { element } = await bankDetails();
    expect(text(part(element, 'current'))).to.equal(
      'Ihre aktuelle Bankverbindung Kontoinhaber Erika Mustermann IBAN DE89 •••• •••• •••• •••• 00 Bank Commerzbank',
    );
    const none = await bankDetails({ currentBankDetails: { value: { bankDetails: null } } });
    expect(text(part(none.element, 'current'))).to.contain(
      'Wir haben noch keine Bankverbindung von Ihnen.',
    );
  });

  describe('the IBAN in groups of four', () => {
    it('groups it as it is typed, lower case too, with the caret at the end', async () => {
      const { element } = await bankDetails();
      caretAt(element, 0);
      await sendKeys({ type: 'de0212030000' });
      const field = input(element, 'iban');
      expect(field.value).to.equal('DE02 1203 0000');
      expect(field.selectionStart).to.equal(14);
    });

    it('keeps the caret after a character typed in the middle', async () => {
      const { element } = await bankDetails();
      caretAt(element, 0);
      await sendKeys({ type: 'DE0212030000' });
      caretAt(element, 7);
      await sendKeys({ type: '9' });
      const field = input(element, 'iban');
      expect(field.value).to.equal('DE02 1290 3000 0');
      expect(field.selectionStart).to.equal(8);
    });

    it("removes the character before a group's space on backspace", async () => {
      const { element } = await bankDetails();
      caretAt(element, 0);
      await sendKeys({ type: 'DE021203' });
      caretAt(element, 5);
      await sendKeys({ press: 'Backspace' });
      const field = input(element, 'iban');
      expect(field.value).to.equal('DE01 203');
      expect(field.selectionStart).to.equal(3);
    });

    it('groups a pasted IBAN and puts the caret after it', async () => {
      const { element } = await bankDetails();
      const field = caretAt(element, 0);
      // What the browser does on paste: the text inserted at the caret, then `input`.
      field.setRangeText('de02120300000000202051', 0, 0, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      expect(field.value).to.equal('DE02 1203 0000 0000 2020 51');
      expect(field.selectionStart).to.equal(27);
    });

    it('keeps the caret after text pasted in the middle', async () => {
      const { element } = await bankDetails();
      caretAt(element, 0);
      await sendKeys({ type: 'DE02 2020 51' });
      const field = caretAt(element, 4);
      field.setRangeText('12030000 0000', 4, 4, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      expect(field.value).to.equal('DE02 1203 0000 0000 2020 51');
      expect(field.selectionStart).to.equal(19);
    });
  });

  it('checks the IBAN on submit: length for its country, format, check digits', async () => {
    const { client, element } = await bankDetails();
    const cases: [string, string][] = [
      ['', 'Geben Sie die IBAN ein.'],
      ['1234 5678', 'mit Ländercode am Anfang'],
      ['DE02 1203 0000 0000 2020 5', 'nicht die richtige Länge'],
      ['DE03 1203 0000 0000 2020 51', 'Diese IBAN ist nicht gültig.'],
    ];
    for (const [iban, message] of cases) {
      fill(element, { holder: 'Erika Mustermann', iban });
      setTimeout(() => part<HTMLButtonElement>(element, 'submit')!.click());
      const event = await oneEvent(element, 'pk-bank-details-error');
      expect(event.detail).to.deep.equal({ code: 'VALIDATION_FAILED' });
      await until(element, 'error');
      expect(summaryText(element), iban).to.contain(message);
      expect(input(element, 'iban').getAttribute('aria-invalid')).to.equal('true');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
    }
    expect(client.callsTo('changeBankDetails')).to.have.length(0);
  });

  it('shows old beside new, and "Ändern" goes back with every value kept', async () => {
    const { element } = await reviewed();
    const rows = [...element.querySelectorAll('[part~=review] tbody tr')].map((row) =>
      [...row.children].map(text),
    );
    expect(rows).to.deep.equal([
      ['Kontoinhaber', 'Erika Mustermann', 'Erika Mustermann'],
      ['IBAN', 'DE89 •••• •••• •••• •••• 00', 'DE02 1203 0000 0000 2020 51'],
    ]);
    await press(element, 'Ändern');
    expect(element.getAttribute('step')).to.equal('form');
    expect(input(element, 'iban').value).to.equal('DE02 1203 0000 0000 2020 51');
  });

  it('sends the IBAN without spaces once, then approves inline and says how it is confirmed', async () => {
    const { client, element } = await reviewed();
    part<HTMLButtonElement>(element, 'submit')!.click();
    part<HTMLButtonElement>(element, 'submit')!.click();
    await settle(element);
    expect(client.callsTo('changeBankDetails').map((call) => call.args[0])).to.deep.equal([
      { holder: 'Erika Mustermann', iban: 'DE02120300000000202051' },
    ]);
    const approve = element.querySelector('pk-approve')!;
    await approve.updateComplete;
    expect(text(approve)).to.contain('Bitte freigeben: Neue Bankverbindung');
    setTimeout(() => part<HTMLButtonElement>(approve, 'submit')!.click());
    const event = await oneEvent(element, 'pk-bank-details-complete');
    expect(event.detail.approval.kind).to.equal('bank-details');
    await until(element, 'success');
    expect(headingText(element)).to.equal('Ihre neue Bankverbindung ist gespeichert');
    expect(text(element)).to.contain('eine E-Mail und einen Brief');
    expect(document.activeElement).to.equal(part(element, 'heading'));
  });
});
