import { expect, oneEvent } from '@open-wc/testing';
import './index.js';
import { sampleApproval } from '../approve/pk-approve.fake.js';
import { part, settle, text, until } from '../test-support/fixtures.js';
import { runProtectedFormSuite } from '../test-support/protected-form-suite.js';
import {
  FakeAddressChangeClient,
  type FakeAddressChangeOptions,
} from './pk-address-change.fake.js';
import {
  addressChange,
  approved,
  fill,
  headingText,
  input,
  newAddress,
  press,
  reviewed,
  sent,
  statusText,
  summaryText,
  today,
} from './pk-address-change.fixtures.js';
import type { PkAddressChange } from './pk-address-change.js';

runProtectedFormSuite<PkAddressChange, FakeAddressChangeOptions>({
  tag: 'pk-address-change',
  fake: FakeAddressChangeClient,
  fixtures: { mount: addressChange, reviewed, sent, approved },
  load: 'currentAddress',
  send: 'changeAddress',
  text: { de: 'Ihre aktuelle Anschrift', en: 'Your current address' },
  changeProperty: (element) => {
    element.messages = { 'addressChange.submit': 'Prüfen' };
    return 'Prüfen';
  },
  moreSteps: [
    ['review', 'error', (lang) => sent({ changeAddress: { error: 'RATE_LIMITED' } }, lang)],
  ],
});

describe('pk-address-change', () => {
  it('loads the current address, then shows it above the fields with their autocomplete tokens', async () => {
    const { client, element } = await addressChange({
      currentAddress: {
        value: {
          address: {
            street: 'Heidestraße',
            houseNumber: '17',
            postcode: '10557',
            city: 'Berlin',
          },
        },
        delay: 30,
      },
    });
    expect(element.state).to.equal('loading');
    expect(statusText(element)).to.equal('Wird geladen …');
    await until(element, 'idle');
    expect(client.callsTo('currentAddress')).to.have.length(1);
    expect(part(element, 'current')!.innerText).to.equal(
      'Ihre aktuelle Anschrift\n\nHeidestraße 17\n10557 Berlin',
    );
    expect(input(element, 'street').autocomplete).to.equal('address-line1');
    expect(input(element, 'postcode').autocomplete).to.equal('postal-code');
    expect(input(element, 'city').autocomplete).to.equal('address-level2');
    const legend = element.querySelector('fieldset legend');
    expect(text(legend)).to.equal('Gültig ab');
    expect(
      ['day', 'month', 'year'].map((name) =>
        text(element.querySelector(`label[for=${input(element, name).id}]`)),
      ),
    ).to.deep.equal(['Tag', 'Monat', 'Jahr']);
    expect(part(element, 'form')!.hasAttribute('novalidate')).to.equal(true);
  });

  it('offers "Erneut versuchen" when the address cannot be loaded, and loads it again', async () => {
    const { client, element } = await addressChange({
      currentAddress: { error: 'NETWORK' },
    });
    await until(element, 'error');
    expect(headingText(element)).to.equal('Ihre Anschrift konnte nicht geladen werden');
    expect(summaryText(element)).to.contain('nicht möglich');
    expect(document.activeElement).to.equal(part(element, 'error-summary'));
    client.options.currentAddress = {
      value: {
        address: {
          street: 'Heidestraße',
          houseNumber: '17',
          postcode: '10557',
          city: 'Berlin',
        },
      },
    };
    await press(element, 'Erneut versuchen');
    await until(element, 'idle');
    expect(element.getAttribute('step')).to.equal('form');
  });

  it('names each invalid field on submit in a focused summary, one message per cause', async () => {
    const { client, element } = await addressChange();
    fill(element, {
      street: ' ',
      houseNumber: 'zwölf',
      postcode: '1234',
      city: 'Potsdam',
      day: '1',
      year: '2027',
    });
    setTimeout(() => part<HTMLButtonElement>(element, 'submit')!.click());
    const event = await oneEvent(element, 'pk-address-change-error');
    expect(event.detail).to.deep.equal({ code: 'VALIDATION_FAILED' });
    await until(element, 'error');
    const items = [...part(element, 'error-summary')!.querySelectorAll('li')].map(text);
    expect(items).to.deep.equal([
      'Geben Sie die Straße ein.',
      'Geben Sie die Hausnummer mit Ziffern ein, wenn nötig mit einem Buchstaben, zum Beispiel 12 oder 12a.',
      'Geben Sie die Postleitzahl mit 5 Ziffern ein, zum Beispiel 10115.',
      'Geben Sie Tag, Monat und Jahr an, ab dem die neue Anschrift gilt.',
    ]);
    expect(document.activeElement).to.equal(part(element, 'error-summary'));
    expect(input(element, 'postcode').getAttribute('aria-invalid')).to.equal('true');
    expect(input(element, 'city').hasAttribute('aria-invalid')).to.equal(false);
    // Only the missing part of the date is marked.
    expect(input(element, 'month').getAttribute('aria-invalid')).to.equal('true');
    expect(input(element, 'day').hasAttribute('aria-invalid')).to.equal(false);
    expect(input(element, 'houseNumber').value).to.equal('zwölf');
    expect(client.callsTo('changeAddress')).to.have.length(0);
  });

  it('checks the valid-from date against today: at most 12 months back and 6 months ahead', async () => {
    const { element } = await addressChange();
    fill(element, { ...newAddress, day: '2', month: '6', year: '2027' });
    await press(element, 'submit');
    expect(summaryText(element)).to.contain('höchstens 6 Monate in der Zukunft');
    fill(element, { day: '30', month: '11', year: '2025' });
    await press(element, 'submit');
    expect(summaryText(element)).to.contain('höchstens 12 Monate zurückliegen');
    fill(element, { day: '31', month: '2', year: '2027' });
    await press(element, 'submit');
    expect(summaryText(element)).to.contain('gültiges Datum');
    fill(element, { day: '1', month: '6', year: '2027' });
    await press(element, 'submit');
    expect(element.getAttribute('step')).to.equal('review');
  });

  it('shows old beside new before sending, and "Ändern" goes back with every value kept', async () => {
    const { client, element } = await reviewed();
    expect(headingText(element)).to.equal('Bitte prüfen Sie Ihre Angaben');
    expect(document.activeElement).to.equal(part(element, 'heading'));
    const rows = [...element.querySelectorAll('[part~=review] tbody tr')].map((row) =>
      [...row.children].map(text),
    );
    expect(rows).to.deep.equal([
      ['Straße und Hausnummer', 'Heidestraße 17', 'Lindenallee 5a'],
      ['Postleitzahl und Ort', '10557 Berlin', '14467 Potsdam'],
      ['Gültig ab', 'keine Angabe', '1. März 2027'],
    ]);
    expect(client.callsTo('changeAddress')).to.have.length(0);
    await press(element, 'Ändern');
    expect(element.getAttribute('step')).to.equal('form');
    expect(input(element, 'street').value).to.equal('Lindenallee');
    expect(input(element, 'year').value).to.equal('2027');
  });

  it("sends the checked address once and shows <pk-approve> with the answer's approval", async () => {
    const { client, element } = await reviewed();
    part<HTMLButtonElement>(element, 'submit')!.click();
    part<HTMLButtonElement>(element, 'submit')!.click();
    await settle(element);
    expect(client.callsTo('changeAddress').map((call) => call.args[0])).to.deep.equal([
      {
        street: 'Lindenallee',
        houseNumber: '5a',
        postcode: '14467',
        city: 'Potsdam',
        validFrom: '2027-03-01',
      },
    ]);
    expect(element.getAttribute('step')).to.equal('approve');
    const approve = element.querySelector('pk-approve')!;
    expect(approve.approval).to.deep.equal(sampleApproval(today));
    await approve.updateComplete;
    expect(text(approve)).to.contain('Bitte freigeben: Neue Anschrift');
  });

  it('shows the new address and both letters once approved, and fires pk-address-change-complete', async () => {
    const { element } = await sent();
    const approve = element.querySelector('pk-approve')!;
    await approve.updateComplete;
    setTimeout(() => part<HTMLButtonElement>(approve, 'submit')!.click());
    const event = await oneEvent(element, 'pk-address-change-complete');
    expect(event.detail.approval.status).to.equal('approved');
    await until(element, 'success');
    expect(element.getAttribute('step')).to.equal('done');
    expect(headingText(element)).to.equal('Ihre neue Anschrift ist gespeichert');
    expect(part(element, 'current')!.innerText).to.equal('Lindenallee 5a\n14467 Potsdam');
    expect(text(element)).to.contain('Sie gilt ab dem 1. März 2027.');
    expect(text(element)).to.contain(
      'einen Brief an Ihre bisherige und einen an Ihre neue Anschrift',
    );
    expect(document.activeElement).to.equal(part(element, 'heading'));
  });

  it('offers to enter the change again, values kept, after the approval was denied', async () => {
    const { element } = await sent();
    const approve = element.querySelector('pk-approve')!;
    await approve.updateComplete;
    const deny = [...approve.querySelectorAll('button')].find(
      (button) => text(button) === 'Ablehnen',
    )!;
    deny.click();
    await until(approve, 'denied');
    await settle(element);
    expect(element.state).to.equal('idle');
    await press(element, 'Änderung erneut eingeben');
    expect(element.getAttribute('step')).to.equal('form');
    expect(input(element, 'city').value).to.equal('Potsdam');
  });

  it('says a refused request in the review and keeps it for another try', async () => {
    const { element } = await sent({
      changeAddress: { error: 'SESSION_EXPIRED' },
    });
    await until(element, 'error');
    expect(element.getAttribute('step')).to.equal('review');
    expect(summaryText(element)).to.contain('Ihre Sitzung ist abgelaufen');
  });

  it('fires pk-address-change-step for each step, in English too', async () => {
    const steps: string[] = [];
    const listener = (event: Event) => steps.push((event as CustomEvent).detail.step);
    document.addEventListener('pk-address-change-step', listener);
    try {
      const { element } = await approved({}, 'en');
      expect(headingText(element)).to.equal('Your new address is saved');
      expect(text(element)).to.contain('It is valid from 1 March 2027.');
    } finally {
      document.removeEventListener('pk-address-change-step', listener);
    }
    expect(steps).to.deep.equal(['form', 'review', 'approve', 'done']);
  });
});
