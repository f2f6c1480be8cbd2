import { expect, html, oneEvent } from '@open-wc/testing';
import './index.js';
import { expectAccessible, runElementSuite } from '../test-support/element-suite.js';
import { part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import { FakeRegisterClient } from './pk-register.fake.js';
import {
  activated,
  atActivate,
  atPassword,
  fill,
  headingText,
  identified,
  input,
  later,
  letterKey,
  member,
  passkeyCreated,
  passwordSet,
  press,
  register,
  returning,
  statusText,
  summaryText,
} from './pk-register.fixtures.js';
import type { PkRegister } from './pk-register.js';

// Each test starts in a browser that has not requested a letter.
beforeEach(() => localStorage.removeItem(letterKey));

const at = async (step: string, state: string, reach: Promise<{ element: PkRegister }>) => {
  const { element } = await reach;
  await until(element, state);
  expect(element.getAttribute('step')).to.equal(step);
  return element;
};

runElementSuite<PkRegister>({
  tag: 'pk-register',
  template: (client) => html`<pk-register .client=${client}></pk-register>`,
  pendingClient: () => new FakeRegisterClient({ registration: 'hang' }),
  states: {
    loading: async (lang) => (await returning({ registration: 'hang' }, { lang })).element,
    idle: async (lang) => (await register({}, { lang })).element,
    busy: async (lang) => (await identified({ requestLetter: 'hang' }, { lang })).element,
    error: async (lang) =>
      (await activated({ activate: { error: 'CODE_INVALID' } }, { lang })).element,
    success: async (lang) => (await passkeyCreated({}, { lang })).element,
  },
  richest: 'error',
  parts: [
    'step',
    'form',
    'heading',
    'progress',
    'field',
    'label',
    'hint',
    'input',
    'error',
    'error-summary',
    'submit',
    'secondary-action',
    'status',
  ],
  text: { de: 'Aktivierungscode eingeben', en: 'Enter activation code' },
  success: async (lang) => (await passkeyCreated({}, { lang })).element,
  successEvent: 'pk-register-complete',
  error: async (lang) =>
    (await identified({ requestLetter: { error: 'NETWORK' } }, { lang })).element,
  changeProperty: (element) => {
    element.messages = { 'register.activateSubmit': 'Jetzt aktivieren' };
    return 'Jetzt aktivieren';
  },
});

describe('pk-register', () => {
  /** Every step in each of its states, reached as a member reaches it. */
  const steps: [string, string, (lang: Lang) => Promise<{ element: PkRegister }>][] = [
    ['identify', 'idle', (lang) => register({}, { lang, cardNumber: true })],
    ['identify', 'busy', (lang) => identified({ requestLetter: 'hang' }, { lang })],
    [
      'identify',
      'error',
      (lang) => register({}, { lang }).then(async (r) => (await press(r.element, 'submit'), r)),
    ],
    ['letter', 'success', (lang) => identified({}, { lang })],
    ['activate', 'idle', (lang) => atActivate({}, { lang })],
    ['activate', 'busy', (lang) => activated({ activate: 'hang' }, { lang })],
    ['activate', 'error', (lang) => activated({ activate: { error: 'CODE_INVALID' } }, { lang })],
    ['identify', 'error', (lang) => activated({ activate: { error: 'CODE_LOCKED' } }, { lang })],
    ['password', 'idle', (lang) => atPassword({}, { lang, policy: 'classic' })],
    ['password', 'busy', (lang) => passwordSet({ createAccount: 'hang' }, { lang })],
    [
      'password',
      'error',
      (lang) =>
        passwordSet(
          { createAccount: { error: 'PASSWORD_REJECTED', fields: { password: 'notCommon' } } },
          { lang },
        ),
    ],
    ['passkey', 'idle', (lang) => passwordSet({}, { lang })],
    ['passkey', 'idle', (lang) => later({}, { lang })],
    [
      'passkey',
      'idle',
      (lang) => passwordSet({ passkeySupport: { available: false, autofill: false } }, { lang }),
    ],
    ['passkey', 'busy', (lang) => passkeyCreated({ addPasskey: 'hang' }, { lang })],
    [
      'passkey',
      'error',
      (lang) => passkeyCreated({ addPasskey: { error: 'PASSKEY_FAILED' } }, { lang }),
    ],
    ['done', 'success', (lang) => passkeyCreated({}, { lang })],
  ];
  for (const lang of ['de', 'en'] as const) {
    it(`is accessible in every step and state (${lang})`, async () => {
      for (const [step, state, reach] of steps) {
        localStorage.removeItem(letterKey);
        const element = await at(step, state, reach(lang));
        await expectAccessible(element);
      }
    });
  }

  describe('step 1: identify', () => {
    it('asks for the KVNR, postcode, date of birth in three fields and the e-mail address', async () => {
      const { element } = await register();
      expect(headingText(element)).to.equal('Schritt 1 von 5 Ihre Angaben');
      expect(part(element, 'form')!.hasAttribute('novalidate')).to.equal(true);
      const legend = element.querySelector('fieldset legend');
      expect(text(legend)).to.equal('Geburtsdatum');
      expect(text(element.querySelector('fieldset [part~=hint]'))).to.equal(
        'Zum Beispiel 27 3 1964',
      );
      const tokens = ['postcode', 'day', 'month', 'year', 'email'].map(
        (name) => input(element, name).autocomplete,
      );
      expect(tokens).to.deep.equal(['postal-code', 'bday-day', 'bday-month', 'bday-year', 'email']);
      for (const name of ['day', 'month', 'year']) {
        expect(input(element, name).type).to.equal('text');
        expect(input(element, name).inputMode).to.equal('numeric');
        expect(input(element, name).labels![0]).to.exist;
      }
      expect(input(element, 'cardNumber')).to.equal(null);
      expect(text(part(element, 'submit'))).to.equal('Aktivierungsbrief anfordern');
    });

    it('asks for the last 6 digits of the card number where the insurer wants them', async () => {
      const { client, element } = await register({}, { cardNumber: true });
      expect(input(element, 'cardNumber').labels![0]!.textContent).to.contain(
        'Die letzten 6 Ziffern Ihrer Kartennummer',
      );
      fill(element, { ...member, kvnr: 'a123456780', postcode: '101 15', cardNumber: '123 456' });
      await press(element, 'submit');
      expect(client.callsTo('requestLetter')[0]!.args[0]).to.deep.equal({
        kvnr: 'A123456780',
        postcode: '10115',
        birthDate: '1964-03-27',
        email: 'erika@example.de',
        cardNumber: '123456',
      });
    });

    it('checks on submit: one message per field in the summary, which takes focus', async () => {
      const { client, element } = await register({}, { cardNumber: true });
      setTimeout(() => part<HTMLButtonElement>(element, 'submit')!.click());
      const event = await oneEvent(element, 'pk-register-error');
      expect(event.detail).to.deep.equal({ code: 'VALIDATION_FAILED' });
      await until(element, 'error');
      const items = [...part(element, 'error-summary')!.querySelectorAll('li')].map(text);
      expect(items).to.deep.equal([
        'Geben Sie Ihre Versichertennummer ein.',
        'Geben Sie Ihre Postleitzahl ein.',
        'Geben Sie Ihr Geburtsdatum ein.',
        'Geben Sie Ihre E-Mail-Adresse ein.',
        'Geben Sie die letzten 6 Ziffern Ihrer Kartennummer ein.',
      ]);
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
      expect(input(element, 'kvnr').getAttribute('aria-invalid')).to.equal('true');
      expect(input(element, 'day').getAttribute('aria-invalid')).to.equal('true');
      const link = part(element, 'error-summary')!.querySelectorAll('a')[2]!;
      link.click();
      expect(document.activeElement).to.equal(input(element, 'day'));
      expect(client.callsTo('requestLetter')).to.have.length(0);
    });

    it('names a wrong check digit, an impossible date and marks only the missing date parts', async () => {
      const { element } = await register();
      fill(element, { ...member, kvnr: 'A123456781', day: '31', month: '2' });
      await press(element, 'submit');
      expect(summaryText(element)).to.contain('Diese Versichertennummer ist nicht gültig.');
      expect(summaryText(element)).to.contain('Geben Sie ein Geburtsdatum ein, das es gibt');
      fill(element, { kvnr: member.kvnr, day: '27', month: '', year: '' });
      await press(element, 'submit');
      expect(summaryText(element)).to.contain('Geben Sie Tag, Monat und Jahr Ihrer Geburt ein.');
      const invalid = ['day', 'month', 'year'].map((name) =>
        input(element, name).hasAttribute('aria-invalid'),
      );
      expect(invalid).to.deep.equal([false, true, true]);
      expect(input(element, 'email').value, 'what was entered stays').to.equal(member.email);
    });

    it('says it is busy and ignores a second press', async () => {
      const { client, element } = await identified({ requestLetter: 'hang' });
      await press(element, 'submit');
      expect(client.callsTo('requestLetter')).to.have.length(1);
      expect(text(part(element, 'submit'))).to.equal('Wird angefordert …');
      expect(part(element, 'form')!.getAttribute('aria-busy')).to.equal('true');
      expect(statusText(element)).to.equal('Wird angefordert …');
    });

    it('answers the same whether or not the details matched, and moves focus to the heading', async () => {
      const { element } = await identified({}, { lang: 'en' });
      expect(element.getAttribute('step')).to.equal('letter');
      expect(element.state).to.equal('success');
      expect(text(element)).to.contain(
        'If your details match our records, we will send you an activation letter. It usually arrives within 2 to 3 working days.',
      );
      expect(document.activeElement).to.equal(part(element, 'heading'));
      expect(headingText(element)).to.equal('Step 1 of 5 Activation letter requested');
    });

    it('shows a refusal in the summary and keeps the details', async () => {
      const { element } = await identified({
        requestLetter: { error: 'RATE_LIMITED', retryAfter: 120 },
      });
      expect(summaryText(element)).to.contain('Zu viele Versuche. Bitte warten Sie 2 Minuten');
      expect(input(element, 'kvnr').value).to.equal(member.kvnr);
      expect(input(element, 'year').value).to.equal(member.year);
    });
  });

  describe('moving between steps', () => {
    it('goes back from the letter and from the code step with everything entered kept', async () => {
      const { element } = await identified();
      await press(element, 'secondary-action');
      expect(element.getAttribute('step')).to.equal('identify');
      expect(document.activeElement).to.equal(part(element, 'heading'));
      expect(Object.keys(member).map((name) => input(element, name).value)).to.deep.equal(
        Object.values(member),
      );
      await press(element, 'submit');
      await press(element, 'submit');
      expect(element.getAttribute('step')).to.equal('activate');
      expect(input(element, 'kvnr').value, 'the KVNR carries over').to.equal(member.kvnr);
      fill(element, { code: 'K7QM' });
      await press(element, 'secondary-action');
      expect(input(element, 'email').value).to.equal(member.email);
      await press(element, 'submit');
      await press(element, 'submit');
      expect(input(element, 'code').value).to.equal('K7QM');
    });

    it('fires pk-register-step for each step shown', async () => {
      const steps: string[] = [];
      const listener = (event: Event) => steps.push((event as CustomEvent).detail.step);
      document.addEventListener('pk-register-step', listener);
      try {
        const { element } = await identified();
        await press(element, 'submit');
        expect(steps).to.deep.equal(['identify', 'letter', 'activate']);
      } finally {
        document.removeEventListener('pk-register-step', listener);
      }
    });
  });

  describe('step 2: activate', () => {
    it('takes the code in one field, however it is typed or pasted', async () => {
      const { client, element } = await atActivate();
      expect(headingText(element)).to.equal('Schritt 2 von 5 Aktivierungscode eingeben');
      const code = input(element, 'code');
      expect(code.autocomplete).to.equal('one-time-code');
      expect(code.hasAttribute('maxlength')).to.equal(false);
      expect(code.getAttribute('spellcheck')).to.equal('false');
      fill(element, { kvnr: member.kvnr, code: ' k7qm x4tp–9whr ' });
      await press(element, 'submit');
      expect(client.callsTo('activate')[0]!.args[0]).to.deep.equal({
        kvnr: 'A123456780',
        code: 'K7QMX4TP9WHR',
      });
    });

    it('says what is wrong with the code before sending it', async () => {
      const { client, element } = await atActivate();
      fill(element, { kvnr: member.kvnr, code: 'K7QM-X4TP' });
      await press(element, 'submit');
      expect(summaryText(element)).to.equal(
        'Es gibt ein Problem Der Aktivierungscode hat 12 Zeichen. Geben Sie ihn ein, wie er im Brief steht, zum Beispiel K7QM-X4TP-9WHR.',
      );
      expect(input(element, 'code').getAttribute('aria-invalid')).to.equal('true');
      expect(client.callsTo('activate')).to.have.length(0);
    });

    it('shows a wrong code above the code field and keeps what was entered', async () => {
      const { element } = await activated({ activate: { error: 'CODE_INVALID' } });
      expect(element.getAttribute('step')).to.equal('activate');
      expect(text(part(element, 'error'))).to.contain('Der Aktivierungscode stimmt nicht');
      expect(input(element, 'code').value).to.equal('K7QM-X4TP-9WHR');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
    });

    it('after five wrong codes asks for a new letter at step 1, details kept', async () => {
      const { element } = await activated({ activate: { error: 'CODE_LOCKED' } });
      expect(element.getAttribute('step')).to.equal('identify');
      expect(summaryText(element)).to.contain('Fordern Sie einen neuen Brief an.');
      expect(input(element, 'kvnr').value).to.equal(member.kvnr);
      expect(localStorage.getItem(letterKey), 'a reload does not return to the code').to.equal(
        null,
      );
    });

    it('goes on to the password with a greeting, focus on the heading', async () => {
      const { element } = await activated();
      expect(element.getAttribute('step')).to.equal('password');
      expect(headingText(element)).to.equal('Schritt 3 von 5 Passwort festlegen');
      expect(text(element)).to.contain('Willkommen, Erika Mustermann! Ihr Zugang ist aktiviert.');
      expect(document.activeElement).to.equal(part(element, 'heading'));
    });
  });

  describe('step 3: password', () => {
    const rules = (element: PkRegister) =>
      [...element.querySelectorAll('[part~=rule]')].map((rule) => [
        text(rule),
        rule.getAttribute('data-status'),
      ]);

    it('shows the rules before typing and ticks each as it is met', async () => {
      const { element } = await atPassword();
      expect(rules(element)).to.deep.equal([
        ['mindestens 12 Zeichen lang', 'unmet'],
        ['ohne Ihre Versichertennummer, E-Mail-Adresse oder Ihren Namen', 'unmet'],
        ['nicht häufig verwendet', 'server'],
      ]);
      fill(element, { password: 'Sonnenblumenfeld' });
      await element.updateComplete;
      expect(rules(element)[0]).to.deep.equal(['Erfüllt: mindestens 12 Zeichen lang', 'met']);
      fill(element, { password: 'Erika Sonnenblumenfeld' });
      await element.updateComplete;
      expect(rules(element)[1]![1], 'the name from the activation').to.equal('unmet');
      const field = input(element, 'password');
      expect(field.getAttribute('aria-describedby')).to.contain(`${field.id}-hint`);
    });

    it('shows the classic rules of the insurer that chose them', async () => {
      const { element } = await atPassword({}, { policy: 'classic' });
      expect(rules(element).map(([label]) => label)).to.deep.equal([
        'mindestens 12 Zeichen lang',
        'mit einem Großbuchstaben',
        'mit einem Kleinbuchstaben',
        'mit einer Ziffer',
        'mit einem dieser Zeichen: ? ! , . : _ ( ) @ - +',
        'nicht Ihre Versichertennummer',
      ]);
    });

    it('offers show/hide in the Tab order, no repeat field and lets password managers fill it', async () => {
      const { element } = await activated();
      const field = input(element, 'password');
      expect(field.autocomplete).to.equal('new-password');
      expect(field.hasAttribute('maxlength')).to.equal(false);
      expect(element.querySelectorAll('input[type=password]')).to.have.length(1);
      expect(input(element, 'username').value, 'the name to save it under').to.equal(member.kvnr);
      const toggle = part<HTMLButtonElement>(element, 'toggle')!;
      expect(field.nextElementSibling).to.equal(toggle);
      expect(toggle.type).to.equal('button');
      expect(toggle.tabIndex).to.equal(0);
      toggle.click();
      await element.updateComplete;
      expect(field.type).to.equal('text');
      expect(statusText(element)).to.equal('Ihr Passwort wird angezeigt.');
    });

    it('sums up what is missing once typing pauses, not on every keystroke', async () => {
      const { element } = await atPassword();
      fill(element, { password: 'kurz' });
      await element.updateComplete;
      expect(statusText(element)).to.equal('');
      await until(element, 'idle');
      await new Promise((resolve) => setTimeout(resolve, 1600));
      expect(statusText(element)).to.equal('Noch nicht erfüllt: mindestens 12 Zeichen lang.');
    });

    it('refuses a password that breaks a rule before sending it, naming the rule', async () => {
      const { client, element } = await atPassword();
      fill(element, { password: 'kurz' });
      await press(element, 'submit');
      expect(element.state).to.equal('error');
      expect(text(part(element, 'error'))).to.contain(
        'Ihr Passwort erfüllt diese Regeln noch nicht: mindestens 12 Zeichen lang.',
      );
      expect(rules(element)[0]![1]).to.equal('failed');
      expect(client.callsTo('createAccount')).to.have.length(0);
    });

    it("shows the server's refusals per rule", async () => {
      const { element } = await passwordSet(
        { createAccount: { error: 'PASSWORD_REJECTED', fields: { password: 'notCommon' } } },
        { lang: 'en' },
      );
      expect(rules(element)[2]).to.deep.equal(['not commonly used', 'failed']);
      expect(summaryText(element)).to.contain(
        'Your password does not meet these rules yet: not commonly used.',
      );
      expect(input(element, 'password').value, 'kept to change it').to.not.equal('');
    });

    it('sends the member back to the code when the activation expired', async () => {
      const { element } = await passwordSet({ createAccount: { error: 'REGISTRATION_REQUIRED' } });
      expect(element.getAttribute('step')).to.equal('activate');
      expect(summaryText(element)).to.contain('Geben Sie den Aktivierungscode erneut ein.');
    });

    it('creates the account, forgets the letter and goes on to this device', async () => {
      localStorage.setItem(letterKey, String(Date.now()));
      const { client, element } = await passwordSet();
      expect(client.callsTo('createAccount')[0]!.args[0]).to.deep.equal({
        password: 'Blaue Tassen am Morgen 2026!',
      });
      expect(localStorage.getItem(letterKey)).to.equal(null);
      expect(headingText(element)).to.equal('Schritt 4 von 5 Dieses Gerät verbinden');
      expect(document.activeElement).to.equal(part(element, 'heading'));
    });
  });

  describe('step 4: this device', () => {
    it('creates a passkey, then is done and fires pk-register-complete', async () => {
      const { client, element } = await passwordSet();
      setTimeout(() => part<HTMLButtonElement>(element, 'submit')!.click());
      const event = await oneEvent(element, 'pk-register-complete');
      expect(event.detail.passkeyAdded).to.equal(true);
      expect(event.detail.session.member.displayName).to.equal('Erika Mustermann');
      await until(element, 'success');
      expect(element.getAttribute('step')).to.equal('done');
      expect(headingText(element)).to.equal('Schritt 5 von 5 Ihr Zugang ist eingerichtet');
      expect(text(element)).to.contain('Ab jetzt melden Sie sich mit diesem Gerät per Passkey an.');
      expect(client.ceremonies.map((ceremony) => ceremony.kind)).to.deep.equal(['add']);
    });

    it('treats a closed prompt calmly and offers the same button again', async () => {
      const { element } = await passkeyCreated({ addPasskey: { error: 'PASSKEY_CANCELLED' } });
      expect(element.state).to.equal('idle');
      expect(part(element, 'error-summary')).to.equal(null);
      expect(statusText(element)).to.equal('Das Erstellen des Passkeys wurde abgebrochen.');
      expect(text(part(element, 'submit'))).to.equal('Passkey erstellen');
    });

    it('says when creating the passkey failed', async () => {
      const { element } = await passkeyCreated({ addPasskey: { error: 'PASSKEY_FAILED' } });
      expect(summaryText(element)).to.contain('Der Passkey konnte nicht erstellt werden.');
      expect(text(part(element, 'secondary-action'))).to.equal('Später');
    });

    it('"Später" explains what a passkey protects, then finishes without one', async () => {
      const { element } = await later();
      expect(headingText(element)).to.equal('Schritt 4 von 5 Ohne Passkey weiter?');
      expect(text(part(element, 'form'))).to.contain(
        'Um Ihre Anschrift oder Bankverbindung zu ändern, brauchen Sie aber einen Passkey',
      );
      expect(document.activeElement).to.equal(part(element, 'heading'));
      setTimeout(() => part<HTMLButtonElement>(element, 'secondary-action')!.click());
      const event = await oneEvent(element, 'pk-register-complete');
      expect(event.detail.passkeyAdded).to.equal(false);
      await settle(element);
      expect(text(element)).to.contain('fügen Sie in Ihrem Konto einen Passkey hinzu');
    });

    it('without passkey support, says why and goes on', async () => {
      const { element } = await passwordSet({
        passkeySupport: { available: false, autofill: false },
      });
      expect(text(part(element, 'note'))).to.contain('Ihr Browser unterstützt keine Passkeys.');
      await press(element, 'submit');
      expect(element.getAttribute('step')).to.equal('done');
    });
  });
});
