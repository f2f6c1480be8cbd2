import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { clientErrorCodes, serverErrorCodes, type ErrorCode } from '@portalkit/protocol';
import { sendKeys } from '@web/test-runner-commands';
import './index.js';
import { expectAccessible, runElementSuite } from '../test-support/element-suite.js';
import { part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import { FakeApproveClient, sampleApproval, sampleChoices } from './pk-approve.fake.js';
import {
  approve,
  claimed,
  handedOff,
  headingText,
  picked,
  press,
  statusText,
  summaryText,
} from './pk-approve.fixtures.js';
import type { PkApprove } from './pk-approve.js';

const words = {
  phone: { de: 'Auf meinem Smartphone freigeben', en: 'Approve on my phone' },
  deny: { de: 'Ablehnen', en: 'Decline' },
  cancel: { de: 'Abbrechen', en: 'Cancel' },
};

async function denied(lang: Lang) {
  const result = await approve({}, { lang });
  await press(result.element, words.deny[lang]);
  return result;
}

async function approved(lang: Lang) {
  const result = await approve({}, { lang });
  await press(result.element, 'submit');
  return result;
}

async function expired(lang: Lang) {
  const result = await handedOff({}, { lang });
  result.client.emit({ ...result.approval, status: 'expired' });
  await settle(result.element);
  return result;
}

runElementSuite<PkApprove>({
  tag: 'pk-approve',
  template: (client) => html`<pk-approve .client=${client} approval-id="apv-7f3k"></pk-approve>`,
  pendingClient: () => new FakeApproveClient({ approvalStatus: 'hang' }),
  states: {
    idle: async (lang) => (await approve({}, { lang })).element,
    busy: async (lang) =>
      (
        await approve({ approveWithPasskey: 'hang' }, { lang }).then(async (r) => {
          await press(r.element, 'submit');
          return r;
        })
      ).element,
    error: async (lang) =>
      (
        await approve({ approveWithPasskey: { error: 'PASSKEY_UNKNOWN' } }, { lang }).then(
          async (r) => (await press(r.element, 'submit'), r),
        )
      ).element,
    waiting: async (lang) => (await handedOff({}, { lang })).element,
    approved: async (lang) => (await approved(lang)).element,
    denied: async (lang) => (await denied(lang)).element,
    expired: async (lang) => (await expired(lang)).element,
    cancelled: async (lang) =>
      (
        await picked(
          '18',
          {
            pickApprovalNumber: {
              value: { approval: sampleApproval(0, 'cancelled') },
            },
          },
          { lang },
        )
      ).element,
  },
  richest: 'waiting',
  parts: [
    'step',
    'heading',
    'qr',
    'link',
    'number-box',
    'number',
    'countdown',
    'secondary-action',
    'status',
  ],
  text: { de: 'Ihre Zahl', en: 'Your number' },
  success: async (lang) => (await approved(lang)).element,
  successEvent: 'pk-approval-complete',
  errorEvent: 'pk-approval-error',
  error: async (lang) =>
    (
      await approve({ handOffApproval: { error: 'NETWORK' } }, { lang }).then(
        async (r) => (await press(r.element, words.phone[lang]), r),
      )
    ).element,
  changeProperty: (element) => {
    element.messages = { 'approve.numberLabel': 'Die Zahl' };
    return 'Die Zahl';
  },
});

describe('pk-approve', () => {
  describe('the summary', () => {
    it('shows what changes, from what to what, as a description list in the element language', async () => {
      const { element } = await approve();
      expect(headingText(element)).to.equal('Bitte freigeben: Neue Anschrift');
      const lines = [...element.querySelectorAll('[part~=changes] [part~=change]')];
      expect(lines.map((line) => text(line.querySelector('dt')))).to.deep.equal([
        'Straße',
        'Ort',
        'Gültig ab',
      ]);
      expect(text(lines[0]!.querySelector('dd'))).to.equal(
        'bisher: Heidestraße 17 → neu: Lindenallee 5',
      );
      expect(text(lines[2]!.querySelector('dd'))).to.equal('neu: 1. März 2027');
      expect(lines[0]!.querySelector('[aria-hidden=true]')!.textContent).to.equal('→');
      element.lang = 'en';
      await waitUntil(() => headingText(element) === 'Please approve: New address');
      expect(text(element.querySelector('[part~=change] dt'))).to.equal('Street');
    });

    it('moves focus to its heading when a protected form hands it a transaction', async () => {
      const { element } = await approve();
      expect(document.activeElement).to.equal(part(element, 'heading'));
    });

    it('loads a transaction by its id', async () => {
      const { client, element } = await approve({}, { by: 'id' });
      expect(client.callsTo('approvalStatus')[0]!.args[0]).to.deep.equal({
        id: 'apv-7f3k',
      });
      expect(headingText(element)).to.equal('Bitte freigeben: Neue Anschrift');
    });

    it('says a transaction that is not there (or not this member’s) cannot be approved', async () => {
      const { element } = await approve({ approvalStatus: { error: 'NOT_FOUND' } }, { by: 'id' });
      await until(element, 'error');
      expect(headingText(element)).to.equal('Freigabe nicht möglich');
      expect(summaryText(element)).to.contain('Diese Freigabe-Anfrage gibt es nicht');
    });

    it('fires pk-approval-status with pending when it shows a transaction', async () => {
      const client = new FakeApproveClient();
      const element = document.createElement('pk-approve');
      element.client = client;
      element.approval = sampleApproval();
      setTimeout(() => document.body.append(element));
      try {
        const event = await oneEvent(document.body, 'pk-approval-status');
        expect(event.detail).to.deep.equal({ status: 'pending' });
      } finally {
        element.remove();
      }
    });
  });

  describe('approving on this device', () => {
    it('runs the passkey ceremony for this transaction, busy, ignoring a second press', async () => {
      const { client, element } = await approve({ approveWithPasskey: 'hang' });
      await press(element, 'submit');
      await press(element, 'submit');
      expect(client.callsTo('approveWithPasskey')).to.have.length(1);
      expect(client.callsTo('approveWithPasskey')[0]!.args[0]).to.deep.equal({
        id: 'apv-7f3k',
      });
      expect(text(part(element, 'submit'))).to.equal('Warten auf Ihren Passkey …');
      expect(statusText(element)).to.equal('Warten auf Ihren Passkey …');
      expect(part(element, 'step')!.getAttribute('aria-busy')).to.equal('true');
    });

    it('is approved: says so, fires pk-approval-complete and the status', async () => {
      const { element } = await approve();
      const statuses: string[] = [];
      element.addEventListener('pk-approval-status', (event) => statuses.push(event.detail.status));
      setTimeout(() => part<HTMLButtonElement>(element, 'submit')!.click());
      const event = await oneEvent(element, 'pk-approval-complete');
      expect(event.detail.approval.status).to.equal('approved');
      await until(element, 'approved');
      expect(headingText(element)).to.equal('Änderung freigegeben');
      expect(document.activeElement).to.equal(part(element, 'heading'));
      expect(statuses).to.deep.equal(['approved']);
    });

    it('answers a closed passkey prompt calmly, with the same buttons again', async () => {
      const { element } = await approve({
        approveWithPasskey: { error: 'PASSKEY_CANCELLED' },
      });
      let errors = 0;
      element.addEventListener('pk-approval-error', () => errors++);
      await press(element, 'submit');
      await until(element, 'idle');
      expect(statusText(element)).to.contain('Die Anfrage an Ihren Passkey wurde abgebrochen.');
      expect(part(element, 'error-summary')).to.equal(null);
      expect(errors).to.equal(0);
    });

    it('names a passkey of another account in a focused summary', async () => {
      const { element } = await approve({
        approveWithPasskey: { error: 'PASSKEY_UNKNOWN' },
      });
      setTimeout(() => part<HTMLButtonElement>(element, 'submit')!.click());
      const event = await oneEvent(element, 'pk-approval-error');
      expect(event.detail).to.deep.equal({ code: 'PASSKEY_UNKNOWN' });
      await until(element, 'error');
      expect(summaryText(element)).to.contain('Dieser Passkey gehört nicht zu Ihrem Konto.');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
    });

    it('shows the end of a transaction closed meanwhile instead of an error', async () => {
      const { client, element } = await approve({
        approveWithPasskey: { error: 'APPROVAL_CLOSED' },
        approvalStatus: { value: { approval: sampleApproval(0, 'expired') } },
      });
      await press(element, 'submit');
      await until(element, 'expired');
      expect(client.callsTo('approvalStatus')).to.have.length(1);
      expect(headingText(element)).to.equal('Zeit abgelaufen');
    });

    it('hides the passkey button and says why where the browser has no passkeys', async () => {
      const { element } = await approve({
        passkeySupport: { available: false, autofill: false },
      });
      await waitUntil(() => part(element, 'note'));
      expect(part(element, 'submit')).to.equal(null);
      expect(text(part(element, 'note'))).to.contain('Ihr Browser unterstützt keine Passkeys.');
    });

    it('denies: the change is not made, and says what to do next', async () => {
      const { client, element } = await denied('de');
      expect(client.callsTo('denyApproval')[0]!.args[0]).to.deep.equal({
        id: 'apv-7f3k',
      });
      expect(headingText(element)).to.equal('Änderung abgelehnt');
      expect(text(element)).to.contain('Die Änderung wurde nicht ausgeführt.');
    });
  });

  describe('approving on the phone', () => {
    it('shows the QR code, the short link, the number and the time left', async () => {
      const { element } = await handedOff();
      expect(headingText(element)).to.equal('Auf Ihrem Smartphone freigeben');
      expect(document.activeElement).to.equal(part(element, 'heading'));
      const qr = part(element, 'qr')!;
      expect(qr.getAttribute('role')).to.equal('img');
      expect(qr.getAttribute('aria-label')).to.equal(
        'QR-Code: öffnet diese Freigabe auf Ihrem Smartphone',
      );
      // 37 modules and a quiet zone of 4 on each side.
      expect(qr.getAttribute('viewBox')).to.equal('0 0 45 45');
      expect(qr.querySelectorAll('g rect').length).to.be.greaterThan(100);
      expect(text(part(element, 'link'))).to.equal('example-bkk.de/f/7KQ2M');
      expect(text(part(element, 'number'))).to.equal('47');
      expect(text(part(element, 'countdown')!.querySelector('[aria-hidden=true]'))).to.equal(
        'Noch 5:00 Minuten',
      );
      expect(statusText(element)).to.equal(
        'Warten auf Ihre Freigabe auf dem Smartphone. Die Anfrage gilt noch 5 Minuten.',
      );
    });

    it('draws each run of dark modules as one rect, inside the quiet zone', async () => {
      const { element } = await handedOff();
      const first = part(element, 'qr')!.querySelector('g rect')!;
      // The finder pattern's top row: 7 dark modules from the corner.
      expect(['x', 'y', 'width'].map((name) => first.getAttribute(name))).to.deep.equal([
        '4',
        '4',
        '7',
      ]);
    });

    it('counts down each second, tells screen readers in steps of 15 seconds and the last minute', async () => {
      const { clock, element } = await handedOff();
      clock.tick(7_000);
      await element.updateComplete;
      const countdown = part(element, 'countdown')!;
      expect(text(countdown.querySelector('[aria-hidden=true]'))).to.equal('Noch 4:53 Minuten');
      expect(text(countdown.querySelector('.pk-visually-hidden'))).to.equal(
        'Die Anfrage gilt noch 5 Minuten.',
      );
      clock.tick(20_000);
      await element.updateComplete;
      expect(text(countdown.querySelector('.pk-visually-hidden'))).to.equal(
        'Die Anfrage gilt noch 4 Minuten und 45 Sekunden.',
      );
      clock.tick(3 * 60_000 + 33_000);
      await element.updateComplete;
      expect(statusText(element)).to.equal('Die Anfrage gilt nur noch 1 Minute.');
    });

    it('learns the phone approved it from the event stream', async () => {
      const { approval, client, element } = await handedOff();
      expect(client.callsTo('approvalEvents')[0]!.args[0]).to.equal('apv-7f3k');
      setTimeout(() => client.emit({ ...approval, status: 'approved' }));
      const event = await oneEvent(element, 'pk-approval-complete');
      expect(event.detail.approval.id).to.equal('apv-7f3k');
      await until(element, 'approved');
      expect(client.streams.size, 'stream closed').to.equal(0);
    });

    it('asks for the status every few seconds where the event stream fails', async () => {
      const { approval, client, clock, element } = await handedOff({
        events: 'failed',
      });
      expect(client.callsTo('approvalStatus')).to.have.length(0);
      clock.tick(3_000);
      await settle(element);
      expect(client.callsTo('approvalStatus')).to.have.length(1);
      client.set({
        approvalStatus: {
          value: { approval: { ...approval, status: 'cancelled' } },
        },
      });
      clock.tick(3_000);
      await settle(element);
      await until(element, 'cancelled');
      expect(headingText(element)).to.equal('Freigabe abgebrochen');
      clock.tick(30_000);
      await settle(element);
      expect(client.callsTo('approvalStatus'), 'no requests after the end').to.have.length(2);
    });

    it('keeps asking through a failed status request', async () => {
      const { client, clock, element } = await handedOff({
        events: 'failed',
        approvalStatus: { error: 'NETWORK' },
      });
      clock.tick(3_000);
      await settle(element);
      clock.tick(3_000);
      await settle(element);
      expect(client.callsTo('approvalStatus')).to.have.length(2);
      expect(element.state).to.equal('waiting');
    });

    it('asks for the status when the time is up and shows it expired', async () => {
      const { approval, client, clock, element } = await handedOff({
        approvalStatus: {
          value: { approval: { ...sampleApproval(0), status: 'expired' } },
        },
      });
      clock.tick(5 * 60_000);
      await settle(element);
      await until(element, 'expired');
      expect(client.callsTo('approvalStatus')[0]!.args[0]).to.deep.equal({
        id: approval.id,
      });
      expect(text(element)).to.contain('nicht innerhalb von 5 Minuten freigegeben');
    });

    it('denies the transaction with "Abbrechen"', async () => {
      const { client, element } = await handedOff();
      await press(element, 'Abbrechen');
      await until(element, 'denied');
      expect(client.callsTo('denyApproval')).to.have.length(1);
      expect(client.streams.size).to.equal(0);
    });
  });

  describe('on the phone', () => {
    it('claims the transaction with the link token and removes it from the address', async () => {
      const { client, element } = await claimed();
      expect(location.hash).to.equal('');
      expect(client.callsTo('claimApproval')[0]!.args[0]).to.deep.equal({
        token: 'tok-123',
      });
      expect(element.step).to.equal('pick');
      expect(text(element.querySelector('legend'))).to.equal(
        'Welche Zahl zeigt Ihr anderes Gerät?',
      );
      const numbers = [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      expect(numbers.map((input) => input.value)).to.deep.equal(sampleChoices);
      expect(numbers.some((input) => input.checked)).to.equal(false);
      expect(numbers.every((input) => input.labels!.length === 1)).to.equal(true);
      expect(text(element)).not.to.contain('Auf meinem Smartphone freigeben');
    });

    it('asks for a number when none is picked', async () => {
      const { client, element } = await claimed();
      await press(element, 'submit');
      await until(element, 'error');
      expect(summaryText(element)).to.contain('Wählen Sie die Zahl, die Ihr anderes Gerät zeigt.');
      expect(client.callsTo('pickApprovalNumber')).to.have.length(0);
      part(element, 'error-summary')!.querySelector('a')!.click();
      expect(document.activeElement).to.equal(element.querySelector('input[type=radio]'));
    });

    it('sends the right number, then runs the passkey ceremony', async () => {
      const { client, element } = await picked('47');
      expect(client.callsTo('pickApprovalNumber')[0]!.args[0]).to.deep.equal({
        id: 'apv-7f3k',
        number: '47',
      });
      await until(element, 'approved');
      expect(client.callsTo('approveWithPasskey')).to.have.length(1);
    });

    it('offers the passkey button again after a closed prompt', async () => {
      const { element } = await picked('47', {
        approveWithPasskey: { error: 'PASSKEY_CANCELLED' },
      });
      await until(element, 'idle');
      expect(element.step).to.equal('summary');
      expect(text(part(element, 'submit'))).to.equal('Mit Passkey freigeben');
    });

    it('shows a wrong pick as cancelled, with no passkey prompt', async () => {
      const { client, element } = await picked('18', {
        pickApprovalNumber: {
          value: { approval: sampleApproval(0, 'cancelled') },
        },
      });
      await until(element, 'cancelled');
      expect(client.callsTo('approveWithPasskey')).to.have.length(0);
      expect(text(element)).to.contain('eine andere Zahl gewählt als angezeigt');
    });

    it('says a used or unknown link is no longer valid', async () => {
      const { element } = await claimed({
        claimApproval: { error: 'NOT_FOUND' },
      });
      await until(element, 'error');
      expect(summaryText(element)).to.contain('Dieser Link gilt nicht mehr.');
    });
  });

  describe('the inbox', () => {
    it('lists the pending approvals and opens one in place', async () => {
      const { client, element } = await approve({}, { by: 'inbox' });
      expect(client.callsTo('listApprovals')).to.have.length(1);
      expect(headingText(element)).to.equal('Offene Freigaben');
      expect(text(part(element, 'status')), 'no loading text once listed').to.equal('');
      const items = [...element.querySelectorAll('[part~=item]')];
      expect(items.map((item) => text(item.querySelector('[part~=title]')))).to.deep.equal([
        'Neue Anschrift',
        'Neue Bankverbindung',
      ]);
      await press(element, 'Neue Bankverbindung prüfen');
      expect(headingText(element)).to.equal('Bitte freigeben: Neue Bankverbindung');
      expect(document.activeElement).to.equal(part(element, 'heading'));
      expect(text(element)).not.to.contain('Auf meinem Smartphone freigeben');
      await press(element, 'Zurück zu den offenen Freigaben');
      expect(element.step).to.equal('inbox');
      expect(client.callsTo('listApprovals')).to.have.length(2);
    });

    it('names each transaction in its button, in English within the sentence', async () => {
      const { element } = await approve({}, { by: 'inbox', lang: 'en' });
      const buttons = [...element.querySelectorAll('[part~=item] button')].map((b) => text(b));
      expect(buttons).to.deep.equal(['Check new address', 'Check new bank details']);
    });

    it('says when nothing waits', async () => {
      const { element } = await approve(
        { listApprovals: { value: { approvals: [] } } },
        {
          by: 'inbox',
        },
      );
      expect(text(element)).to.contain('Es warten keine Änderungen auf Ihre Freigabe.');
    });

    for (const lang of ['de', 'en'] as const) {
      it(`is accessible empty, with items, and opened (${lang})`, async () => {
        const empty = await approve(
          { listApprovals: { value: { approvals: [] } } },
          {
            by: 'inbox',
            lang,
          },
        );
        await expectAccessible(empty.element);
        const { element } = await approve({}, { by: 'inbox', lang });
        await expectAccessible(element);
        await press(element, lang === 'de' ? 'Neue Anschrift prüfen' : 'Check new address');
        await expectAccessible(element);
        await press(element, 'submit');
        await until(element, 'approved');
        await expectAccessible(element);
      });

      it(`is accessible on the phone picking a number, with its error (${lang})`, async () => {
        const { element } = await claimed({}, { lang });
        await expectAccessible(element);
        await press(element, 'submit');
        await until(element, 'error');
        await expectAccessible(element);
      });
    }
  });

  it('says every error code the routes may answer in clear words in both languages', async () => {
    const codes: ErrorCode[] = [...serverErrorCodes, ...clientErrorCodes].filter(
      (code) => code !== 'PASSKEY_CANCELLED' && code !== 'APPROVAL_CLOSED',
    );
    for (const lang of ['de', 'en'] as const) {
      for (const code of codes) {
        const { element } = await approve({ approveWithPasskey: { error: code } }, { lang });
        await press(element, 'submit');
        await until(element, 'error');
        const said = summaryText(element);
        expect(said, code).to.match(/\w{3,}.*\./);
        expect(said, code).not.to.contain('undefined');
        expect(said, code).not.to.contain(code);
      }
    }
  });

  it('can be used with the keyboard alone', async () => {
    const { client, element } = await approve();
    expect(document.activeElement).to.equal(part(element, 'heading'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(part(element, 'submit'));
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Auf meinem Smartphone freigeben');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    await until(element, 'waiting');
    expect(document.activeElement).to.equal(part(element, 'heading'));
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Abbrechen');
    await sendKeys({ press: 'Space' });
    await settle(element);
    await until(element, 'denied');
    expect(client.callsTo('denyApproval')).to.have.length(1);
  });
});
