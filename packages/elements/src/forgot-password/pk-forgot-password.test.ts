import { expect, html, oneEvent } from '@open-wc/testing';
import './index.js';
import { expectAccessible, runElementSuite } from '../test-support/element-suite.js';
import { mount, part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import { FakeForgotPasswordClient, sampleLetterCode } from './pk-forgot-password.fake.js';
import {
  chose,
  codeEntered,
  fill,
  forgot,
  headingText,
  identified,
  input,
  kvnr,
  passwordSet,
  press,
  radio,
  statusText,
  summaryText,
} from './pk-forgot-password.fixtures.js';
import type { PkForgotPassword } from './pk-forgot-password.js';

runElementSuite<PkForgotPassword>({
  tag: 'pk-forgot-password',
  template: (client) => html`<pk-forgot-password .client=${client}></pk-forgot-password>`,
  pendingClient: () => new FakeForgotPasswordClient({ requestResetCode: 'hang' }),
  states: {
    idle: async (lang) => (await forgot({}, { lang })).element,
    busy: async (lang) => (await chose('email', { requestResetCode: 'hang' }, { lang })).element,
    error: async (lang) =>
      (await codeEntered({ verifyResetCode: { error: 'CODE_INVALID' } }, { lang })).element,
    success: async (lang) => (await passwordSet({}, { lang })).element,
  },
  richest: 'error',
  parts: [
    'step',
    'form',
    'heading',
    'field',
    'label',
    'hint',
    'input',
    'error',
    'error-summary',
    'submit',
    'secondary-action',
    'countdown',
    'status',
  ],
  text: { de: 'Code eingeben', en: 'Enter your code' },
  success: async (lang) => (await passwordSet({}, { lang })).element,
  successEvent: 'pk-password-reset',
  error: async (lang) =>
    (await chose('email', { requestResetCode: { error: 'NETWORK' } }, { lang })).element,
  changeProperty: (element) => {
    element.messages = { 'forgotPassword.codeSubmit': 'Jetzt prüfen' };
    return 'Jetzt prüfen';
  },
});

describe('pk-forgot-password', () => {
  /** Every step in each of its states, reached as a member reaches it. */
  const steps: [string, string, (lang: Lang) => Promise<{ element: PkForgotPassword }>][] = [
    ['identify', 'idle', (lang) => forgot({}, { lang })],
    [
      'identify',
      'error',
      (lang) => forgot({}, { lang }).then(async (r) => (await press(r.element, 'submit'), r)),
    ],
    ['method', 'idle', (lang) => identified({}, { lang })],
    [
      'method',
      'idle',
      (lang) => identified({ passkeySupport: { available: false, autofill: false } }, { lang }),
    ],
    [
      'method',
      'error',
      (lang) => identified({}, { lang }).then(async (r) => (await press(r.element, 'submit'), r)),
    ],
    ['method', 'busy', (lang) => chose('passkey', { verifyResetPasskey: 'hang' }, { lang })],
    [
      'method',
      'error',
      (lang) => chose('passkey', { verifyResetPasskey: { error: 'PASSKEY_UNKNOWN' } }, { lang }),
    ],
    ['code', 'idle', (lang) => chose('sms', {}, { lang })],
    ['code', 'busy', (lang) => codeEntered({ verifyResetCode: 'hang' }, { lang })],
    [
      'method',
      'error',
      (lang) => codeEntered({ verifyResetCode: { error: 'CODE_LOCKED' } }, { lang }),
    ],
    ['letter', 'success', (lang) => chose('letter', {}, { lang })],
    ['password', 'idle', (lang) => codeEntered({}, { lang, policy: 'classic' })],
    ['password', 'busy', (lang) => passwordSet({ resetPassword: 'hang' }, { lang })],
    [
      'password',
      'error',
      (lang) =>
        passwordSet(
          { resetPassword: { error: 'PASSWORD_REJECTED', fields: { password: 'notRecent' } } },
          { lang },
        ),
    ],
    ['done', 'success', (lang) => passwordSet({}, { lang })],
  ];
  for (const lang of ['de', 'en'] as const) {
    it(`is accessible in every step and state (${lang})`, async () => {
      for (const [step, state, reach] of steps) {
        const { element } = await reach(lang);
        await until(element, state);
        expect(element.getAttribute('step'), `${step} ${state}`).to.equal(step);
        await expectAccessible(element);
      }
    });
  }

  describe('step 1: whose account', () => {
    it('asks for the KVNR or e-mail address as at sign-in and sends nothing yet', async () => {
      const { client, element } = await forgot();
      expect(headingText(element)).to.equal('Passwort vergessen');
      expect(input(element, 'identifier').autocomplete).to.equal('username');
      expect(part(element, 'form')!.hasAttribute('novalidate')).to.equal(true);
      fill(element, { identifier: 'erika@example.de' });
      await press(element, 'submit');
      expect(element.getAttribute('step')).to.equal('method');
      expect(document.activeElement).to.equal(part(element, 'heading'));
      expect(client.callsTo('requestResetCode')).to.have.length(0);
    });

    it('names what is wrong with the identifier in a focused summary', async () => {
      const { element } = await forgot();
      fill(element, { identifier: 'A123456781' });
      setTimeout(() => part<HTMLButtonElement>(element, 'submit')!.click());
      const event = await oneEvent(element, 'pk-forgot-password-error');
      expect(event.detail).to.deep.equal({ code: 'VALIDATION_FAILED' });
      await until(element, 'error');
      expect(summaryText(element)).to.contain('Diese Versichertennummer ist nicht gültig.');
      expect(input(element, 'identifier').getAttribute('aria-invalid')).to.equal('true');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
    });
  });

  describe('step 2: the way', () => {
    it('offers the same four ways to everyone, none chosen beforehand', async () => {
      const { element } = await identified();
      const ways = [...element.querySelectorAll<HTMLInputElement>('input[name=method]')];
      expect(ways.map((way) => way.value)).to.deep.equal(['email', 'sms', 'letter', 'passkey']);
      expect(ways.some((way) => way.checked)).to.equal(false);
      expect(text(element.querySelector('legend'))).to.equal('Ihr Weg zum neuen Passwort');
      expect(ways.every((way) => way.labels!.length === 1)).to.equal(true);
    });

    it('offers only the ways the site names in methods', async () => {
      const { element } = await identified({}, { methods: 'email letter' });
      const ways = [...element.querySelectorAll<HTMLInputElement>('input[name=method]')];
      expect(ways.map((way) => way.value)).to.deep.equal(['email', 'letter']);
    });

    it('asks to choose a way when none is chosen', async () => {
      const { element } = await identified();
      await press(element, 'submit');
      expect(summaryText(element)).to.contain('Wählen Sie, wie Sie sich ausweisen möchten.');
      expect(radio(element, 'email').getAttribute('aria-invalid')).to.equal('true');
      part(element, 'error-summary')!.querySelector('a')!.click();
      expect(document.activeElement).to.equal(radio(element, 'email'));
    });

    it('hides the passkey and says why where the browser has none', async () => {
      const { element } = await identified({
        passkeySupport: { available: false, autofill: false },
      });
      expect(radio(element, 'passkey')).to.equal(null);
      expect(text(part(element, 'note'))).to.contain('Ihr Browser unterstützt keine Passkeys.');
    });

    it('requests a code by e-mail, says it is busy and ignores a second press', async () => {
      const { client, element } = await chose('email', { requestResetCode: 'hang' });
      await press(element, 'submit');
      expect(client.callsTo('requestResetCode')).to.have.length(1);
      expect(client.callsTo('requestResetCode')[0]!.args[0]).to.deep.equal({
        identifier: kvnr,
        channel: 'email',
      });
      expect(text(part(element, 'submit'))).to.equal('Wird angefordert …');
      expect(statusText(element)).to.equal('Wird angefordert …');
    });

    it('answers a letter request with the same words for every member', async () => {
      const { element } = await chose('letter');
      expect(element.getAttribute('step')).to.equal('letter');
      expect(text(element)).to.contain('Wenn wir Ihr Konto kennen, schicken wir Ihnen einen Brief');
      expect(document.activeElement).to.equal(part(element, 'heading'));
      await press(element, 'submit');
      expect(element.getAttribute('step')).to.equal('code');
      expect(input(element, 'code').inputMode, 'a letter code has letters').to.equal('');
    });

    it('says when to try again when the server limits requests', async () => {
      const { element } = await chose('sms', {
        requestResetCode: { error: 'RATE_LIMITED', retryAfter: 600 },
      });
      expect(element.getAttribute('step')).to.equal('method');
      expect(summaryText(element)).to.contain('Bitte warten Sie 10 Minuten');
    });

    it('goes to the code for a member who already has one, and back', async () => {
      const { element } = await identified();
      await press(element, 'Ich habe schon einen Code');
      expect(element.getAttribute('step')).to.equal('code');
      expect(part(element, 'countdown')).to.equal(null);
      await press(element, 'Anderen Weg wählen');
      expect(element.getAttribute('step')).to.equal('method');
      await press(element, 'Zurück');
      expect(input(element, 'identifier').value).to.equal(kvnr);
    });
  });

  describe('passkey', () => {
    it('proves possession with the passkey and goes straight to the new password', async () => {
      const { client, element } = await chose('passkey');
      expect(client.ceremonies.map((ceremony) => ceremony.kind)).to.deep.equal(['reset']);
      expect(client.callsTo('verifyResetPasskey')[0]!.args[0]).to.deep.equal({ identifier: kvnr });
      expect(element.getAttribute('step')).to.equal('password');
      expect(document.activeElement).to.equal(part(element, 'heading'));
      expect(client.callsTo('requestResetCode')).to.have.length(0);
    });

    it('treats a closed prompt calmly', async () => {
      const { element } = await chose('passkey', {
        verifyResetPasskey: { error: 'PASSKEY_CANCELLED' },
      });
      expect(element.state).to.equal('idle');
      expect(part(element, 'error-summary')).to.equal(null);
      expect(statusText(element)).to.contain('Die Anfrage an Ihren Passkey wurde abgebrochen.');
    });

    it('says calmly when the passkey is not this account’s', async () => {
      const { element } = await chose('passkey', {
        verifyResetPasskey: { error: 'PASSKEY_UNKNOWN' },
      });
      expect(summaryText(element)).to.contain(
        'Mit diesem Passkey konnten wir Sie nicht ausweisen.',
      );
    });
  });

  describe('step 3: the code', () => {
    it('takes the code in one field, pasted with spaces', async () => {
      const { client, element } = await chose('email');
      const code = input(element, 'code');
      expect(code.autocomplete).to.equal('one-time-code');
      expect(code.inputMode).to.equal('numeric');
      expect(code.hasAttribute('maxlength')).to.equal(false);
      fill(element, { code: ' 482 913 ' });
      await press(element, 'submit');
      expect(client.callsTo('verifyResetCode')[0]!.args[0]).to.deep.equal({
        identifier: kvnr,
        code: '482913',
      });
    });

    it('names an empty and a malformed code before sending it', async () => {
      const { client, element } = await chose('email');
      await press(element, 'submit');
      expect(summaryText(element)).to.contain('Geben Sie den Code ein.');
      fill(element, { code: '4829' });
      await press(element, 'submit');
      expect(summaryText(element)).to.contain('Geben Sie die 6 Ziffern');
      expect(client.callsTo('verifyResetCode')).to.have.length(0);
    });

    it('shows a wrong code above the field and keeps it', async () => {
      const { element } = await codeEntered({ verifyResetCode: { error: 'CODE_INVALID' } });
      expect(text(part(element, 'error'))).to.contain('Der Code stimmt nicht oder ist abgelaufen.');
      expect(input(element, 'code').value).to.equal('482913');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
    });

    it('after too many wrong codes asks for a new one at the choice of way', async () => {
      const { element } = await codeEntered({ verifyResetCode: { error: 'CODE_LOCKED' } });
      expect(element.getAttribute('step')).to.equal('method');
      expect(summaryText(element)).to.contain(
        'Der Code wurde zu oft falsch eingegeben und gilt nicht mehr. Fordern Sie einen neuen Code an.',
      );
    });

    it('offers "Code erneut senden" after a visible wait, announced only at its start and end', async () => {
      const { client, clock, element } = await chose('email');
      expect(statusText(element)).to.equal('Sie können in 60 Sekunden einen neuen Code anfordern.');
      expect(text(part(element, 'countdown'))).to.contain('Sie können in 60 Sekunden');
      const announced: string[] = [];
      const status = part(element, 'status')!;
      const observer = new MutationObserver(() => announced.push(text(status)));
      observer.observe(status, { childList: true, subtree: true, characterData: true });
      clock.tick(15_000);
      await element.updateComplete;
      const countdown = part(element, 'countdown')!;
      expect(text(countdown.querySelector('[aria-hidden=true]'))).to.equal(
        'Sie können in 45 Sekunden einen neuen Code anfordern.',
      );
      clock.tick(44_000);
      await element.updateComplete;
      expect(text(countdown.querySelector('.pk-visually-hidden')), 'in steps of 15 s').to.equal(
        'Sie können in 15 Sekunden einen neuen Code anfordern.',
      );
      expect(announced, 'not every second').to.deep.equal([]);
      clock.tick(1_000);
      await element.updateComplete;
      observer.disconnect();
      expect(statusText(element)).to.equal('Sie können jetzt einen neuen Code anfordern.');
      expect(part(element, 'countdown')).to.equal(null);
      await press(element, 'Code erneut senden');
      expect(client.callsTo('requestResetCode')).to.have.length(2);
      expect(client.callsTo('requestResetCode')[1]!.args[0]).to.deep.equal({
        identifier: kvnr,
        channel: 'email',
      });
      expect(statusText(element)).to.equal('Sie können in 60 Sekunden einen neuen Code anfordern.');
      expect(element.getAttribute('step')).to.equal('code');
    });

    it('keeps "Code erneut senden" in place and focusable during the wait, the wait shown once', async () => {
      const { client, clock, element } = await chose('email');
      const resend = () =>
        [...element.querySelectorAll<HTMLButtonElement>('[part~=secondary-action]')].find(
          (button) => text(button) === 'Code erneut senden',
        )!;
      const button = resend();
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.disabled, 'stays in the Tab order').to.equal(false);
      const spoken = element.querySelector(`#${button.getAttribute('aria-describedby')}`);
      expect(text(spoken)).to.equal('Sie können in 60 Sekunden einen neuen Code anfordern.');
      const status = part(element, 'status')!;
      expect(status.classList.contains('pk-visually-hidden'), 'read, not shown twice').to.equal(
        true,
      );
      button.focus();
      await press(element, 'Code erneut senden');
      expect(client.callsTo('requestResetCode'), 'a press during the wait').to.have.length(1);
      clock.tick(60_000);
      await element.updateComplete;
      expect(status.classList.contains('pk-visually-hidden')).to.equal(false);
      expect(resend().hasAttribute('aria-disabled')).to.equal(false);
      await press(element, 'Code erneut senden');
      expect(client.callsTo('requestResetCode')).to.have.length(2);
      expect(resend(), 'the same button').to.equal(button);
      expect(document.activeElement, 'focus stays on it').to.equal(button);
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(text(part(element, 'countdown'))).to.match(/^Neuer Code gesendet\. Sie können in 60/);
      await expectAccessible(element);
    });

    it('starts at the code, filled in, when opened from a reset letter’s QR code', async () => {
      const before = location.href;
      history.replaceState(history.state, '', `${location.pathname}#code=k7qmx4tp9whr`);
      try {
        const client = new FakeForgotPasswordClient();
        const element = await mount<PkForgotPassword>(
          html`<pk-forgot-password .client=${client}></pk-forgot-password>`,
        );
        expect(location.hash, 'the code leaves the address').to.equal('');
        expect(element.getAttribute('step')).to.equal('code');
        expect(input(element, 'code').value).to.equal(sampleLetterCode);
        expect(text(part(element, 'note'))).to.contain('ist schon eingetragen');
        await press(element, 'submit');
        expect(summaryText(element)).to.contain(
          'Geben Sie Ihre Versichertennummer oder E-Mail-Adresse ein.',
        );
        fill(element, { identifier: 'erika@example.de' });
        await press(element, 'submit');
        expect(client.callsTo('verifyResetCode')[0]!.args[0]).to.deep.equal({
          identifier: 'erika@example.de',
          code: 'K7QMX4TP9WHR',
        });
        expect(element.getAttribute('step')).to.equal('password');
      } finally {
        history.replaceState(history.state, '', before);
      }
    });
  });

  describe('step 4: the new password', () => {
    const rules = (element: PkForgotPassword) =>
      [...element.querySelectorAll('[part~=rule]')].map((rule) => [
        text(rule),
        rule.getAttribute('data-status'),
      ]);

    it('greets the member, names where the notice goes and shows the rules with the history', async () => {
      const { element } = await codeEntered();
      expect(headingText(element)).to.equal('Neues Passwort festlegen');
      expect(text(part(element, 'form'))).to.contain(
        'Hallo Erika Mustermann, Sie haben sich ausgewiesen. Über die Änderung benachrichtigen wir Sie an e•••@example.de und +49 ••• ••• ••12.',
      );
      expect(rules(element)).to.deep.equal([
        ['mindestens 12 Zeichen lang', 'unmet'],
        ['ohne Ihre Versichertennummer, E-Mail-Adresse oder Ihren Namen', 'unmet'],
        ['nicht häufig verwendet', 'server'],
        ['keines Ihrer letzten 10 Passwörter', 'server'],
      ]);
      expect(input(element, 'password').autocomplete).to.equal('new-password');
      expect(input(element, 'username').value).to.equal(kvnr);
    });

    it('refuses one of the last passwords, as the server says', async () => {
      const { element } = await passwordSet({
        resetPassword: { error: 'PASSWORD_REJECTED', fields: { password: 'notRecent' } },
      });
      expect(summaryText(element)).to.contain(
        'Ihr Passwort erfüllt diese Regeln noch nicht: keines Ihrer letzten 10 Passwörter.',
      );
      expect(rules(element)[3]![1]).to.equal('failed');
    });

    it('starts the proof again when it ran out', async () => {
      const { element } = await passwordSet({ resetPassword: { error: 'RESET_REQUIRED' } });
      expect(element.getAttribute('step')).to.equal('method');
      expect(summaryText(element)).to.contain('Fordern Sie einen neuen Code an');
    });

    it('sets the password, is done and fires pk-password-reset with the session', async () => {
      const { client, element } = await codeEntered();
      fill(element, { password: 'Blaue Tassen am Morgen 2026!' });
      setTimeout(() => part<HTMLButtonElement>(element, 'submit')!.click());
      const event = await oneEvent(element, 'pk-password-reset');
      expect(event.detail.session.member.displayName).to.equal('Erika Mustermann');
      await until(element, 'success');
      expect(client.callsTo('resetPassword')[0]!.args[0]).to.deep.equal({
        password: 'Blaue Tassen am Morgen 2026!',
      });
      expect(element.getAttribute('step')).to.equal('done');
      expect(headingText(element)).to.equal('Ihr Passwort ist geändert');
      await settle(element);
      expect(document.activeElement).to.equal(part(element, 'heading'));
    });

    it('fires pk-forgot-password-step for each step shown', async () => {
      const steps: string[] = [];
      const listener = (event: Event) => steps.push((event as CustomEvent).detail.step);
      document.addEventListener('pk-forgot-password-step', listener);
      try {
        await passwordSet();
        expect(steps).to.deep.equal(['identify', 'method', 'code', 'password', 'done']);
      } finally {
        document.removeEventListener('pk-forgot-password-step', listener);
      }
    });
  });
});
