import { expect, html, oneEvent } from '@open-wc/testing';
import { clientErrorCodes, serverErrorCodes, type ErrorCode } from '@portalkit/protocol';
import { sendKeys } from '@web/test-runner-commands';
import './index.js';
import { expectAccessible, runElementSuite } from '../test-support/element-suite.js';
import { part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import { spyOnSignalApi } from '../test-support/signal-api.js';
import {
  FakeAccountClient,
  sampleAccountView,
  sampleEmailCode,
  sampleNewEmail,
  sampleSessions,
} from './pk-account.fake.js';
import {
  account,
  codeEntered,
  codeSent,
  confirmingEndOthers,
  currentPassword,
  endApproved,
  endButton,
  endSent,
  fill,
  headingText,
  input,
  opened,
  opener,
  passwordSent,
  press,
  statusText,
  strongPassword,
  summaryText,
} from './pk-account.fixtures.js';
import type { PkAccount } from './pk-account.js';

runElementSuite<PkAccount>({
  tag: 'pk-account',
  template: (client) => html`<pk-account .client=${client}></pk-account>`,
  pendingClient: () => new FakeAccountClient({ account: 'hang' }),
  states: {
    loading: async (lang) => (await account({ account: 'hang' }, lang)).element,
    idle: async (lang) => (await account({}, lang)).element,
    busy: async (lang) => (await codeEntered({ verifyEmailCode: 'hang' }, lang)).element,
    error: async (lang) =>
      (await codeEntered({ verifyEmailCode: { error: 'CODE_INVALID' } }, lang)).element,
    success: async (lang) => (await codeEntered({}, lang)).element,
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
  text: { de: 'Code eingeben', en: 'Enter the code' },
  success: async (lang) => (await codeEntered({}, lang)).element,
  successEvent: 'pk-email-changed',
  error: async (lang) => (await codeSent({ requestEmailCode: { error: 'NETWORK' } }, lang)).element,
  changeProperty: (element) => {
    element.messages = { 'account.codeSubmit': 'Jetzt bestätigen' };
    return 'Jetzt bestätigen';
  },
});

type Reach = (lang: Lang) => Promise<{ element: PkAccount }>;

describe('pk-account', () => {
  /** Every step in each of its states, reached as a member reaches it. */
  const steps: [string | null, string, Reach][] = [
    [null, 'loading', (lang) => account({ sessions: 'hang' }, lang)],
    [null, 'error', (lang) => account({ account: { error: 'SESSION_EXPIRED' } }, lang)],
    ['overview', 'idle', (lang) => account({}, lang)],
    ['email', 'idle', (lang) => opened('email', {}, lang)],
    [
      'email',
      'error',
      (lang) => opened('email', {}, lang).then(async (r) => (await press(r.element, 'submit'), r)),
    ],
    ['email', 'busy', (lang) => codeSent({ requestEmailCode: 'hang' }, lang)],
    ['email-code', 'idle', (lang) => codeSent({}, lang)],
    [
      'email-code',
      'error',
      (lang) => codeEntered({ verifyEmailCode: { error: 'CODE_INVALID' } }, lang),
    ],
    ['email-code', 'busy', (lang) => codeEntered({ verifyEmailCode: 'hang' }, lang)],
    ['email-done', 'success', (lang) => codeEntered({}, lang)],
    ['password', 'idle', (lang) => opened('password', {}, lang)],
    ['password', 'busy', (lang) => passwordSent({ changePassword: 'hang' }, lang)],
    [
      'password',
      'error',
      (lang) =>
        passwordSent(
          {
            changePassword: {
              error: 'PASSWORD_REJECTED',
              fields: { password: 'notRecent' },
            },
          },
          lang,
        ),
    ],
    [
      'password',
      'error',
      (lang) => passwordSent({ changePassword: { error: 'CREDENTIALS_INVALID' } }, lang),
    ],
    ['password-done', 'success', (lang) => passwordSent({}, lang)],
    ['sessions', 'idle', (lang) => opened('sessions', {}, lang)],
    [
      'sessions',
      'busy',
      (lang) =>
        opened('sessions', { endSession: 'hang' }, lang).then(async (r) => {
          endButton(r.element, 'Safari').click();
          await settle(r.element);
          return r;
        }),
    ],
    ['end-others', 'idle', (lang) => confirmingEndOthers({}, lang)],
    [
      'sessions',
      'success',
      (lang) =>
        confirmingEndOthers({}, lang).then(async (r) => (await press(r.element, 'submit'), r)),
    ],
    ['end', 'idle', (lang) => opened('end', {}, lang)],
    ['end', 'error', (lang) => endSent({ endRegistration: { error: 'SESSION_EXPIRED' } }, lang)],
    ['end-approve', 'idle', (lang) => endSent({}, lang)],
    ['end-done', 'success', (lang) => endApproved({}, lang)],
  ];
  for (const lang of ['de', 'en'] as const) {
    it(`is accessible in every step and state (${lang})`, async () => {
      for (const [step, state, reach] of steps) {
        const { element } = await reach(lang);
        await until(element, state);
        expect(element.getAttribute('step'), `${step} ${state}`).to.equal(step);
        if (step === 'end-approve') await element.querySelector('pk-approve')!.updateComplete;
        await expectAccessible(element);
      }
    });
  }

  describe('the overview', () => {
    it('shows each setting with a summary and a button named after it', async () => {
      const { element } = await account();
      const headings = [...element.querySelectorAll('[part~=section-heading]')].map(text);
      expect(headings).to.deep.equal([
        'E-Mail-Adresse',
        'Passwort',
        'Angemeldete Geräte',
        'Registrierung aufheben',
      ]);
      expect(text(element)).to.contain('erika.mustermann@example.de');
      expect(text(element)).to.contain('Sie sind auf diesem und 2 anderen Geräten angemeldet.');
      expect(text(opener(element, 'email'))).to.equal('Ändern: E-Mail-Adresse');
      expect(text(opener(element, 'password'))).to.equal('Ändern: Passwort');
      expect(opener(element, 'email').getAttribute('type')).to.equal('button');
    });

    it('offers to load again when the settings cannot be loaded', async () => {
      const { client, element } = await account({
        account: { error: 'NETWORK' },
      });
      expect(element.state).to.equal('error');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
      client.options.account = { value: sampleAccountView() };
      await press(element, 'Erneut versuchen');
      await until(element, 'idle');
      expect(element.getAttribute('step')).to.equal('overview');
    });

    for (const task of ['email', 'password', 'sessions', 'end'] as const) {
      it(`opens ${task} in place of the overview, and Escape returns focus to its button`, async () => {
        const { element } = await opened(task);
        expect(element.getAttribute('step')).to.equal(task);
        expect(element.querySelectorAll('[part~=section]')).to.have.length(0);
        expect(document.activeElement).to.equal(part(element, 'heading'));
        await sendKeys({ press: 'Escape' });
        await settle(element);
        expect(element.getAttribute('step')).to.equal('overview');
        expect(document.activeElement).to.equal(opener(element, task));
      });
    }

    it('"Abbrechen" returns to the overview with focus on the button that opened the task', async () => {
      const { client, element } = await codeSent();
      await press(element, 'Abbrechen');
      expect(element.getAttribute('step')).to.equal('overview');
      expect(document.activeElement).to.equal(opener(element, 'email'));
      expect(client.callsTo('verifyEmailCode')).to.have.length(0);
    });
  });

  describe('the e-mail address', () => {
    it('checks the new address on submit and sends nothing until it is right', async () => {
      const { client, element } = await opened('email');
      const cases: [string, string][] = [
        ['', 'Geben Sie Ihre neue E-Mail-Adresse ein.'],
        ['erika.neu@', 'vollständig ein'],
        ['Erika.Mustermann@example.de', 'Das ist Ihre bisherige Adresse.'],
      ];
      for (const [email, message] of cases) {
        fill(element, { email });
        setTimeout(() => part<HTMLButtonElement>(element, 'submit')!.click());
        const event = await oneEvent(element, 'pk-account-error');
        expect(event.detail).to.deep.equal({ code: 'VALIDATION_FAILED' });
        await until(element, 'error');
        expect(summaryText(element), email).to.contain(message);
        expect(input(element, 'email').getAttribute('aria-invalid')).to.equal('true');
        expect(text(part(element, 'error')), email).to.contain(message);
        expect(document.activeElement).to.equal(part(element, 'error-summary'));
      }
      expect(client.callsTo('requestEmailCode')).to.have.length(0);
    });

    it('says at the field what the server refused', async () => {
      const { element } = await codeSent({
        requestEmailCode: {
          error: 'VALIDATION_FAILED',
          fields: { email: 'unchanged' },
        },
      });
      expect(element.getAttribute('step')).to.equal('email');
      expect(text(part(element, 'error'))).to.contain('Das ist Ihre bisherige Adresse.');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
    });

    it('sends a code to the new address and asks for it in one field', async () => {
      const { client, element } = await codeSent();
      expect(client.callsTo('requestEmailCode').map((call) => call.args[0])).to.deep.equal([
        { email: sampleNewEmail },
      ]);
      expect(headingText(element)).to.equal('Code eingeben');
      expect(text(element)).to.contain(
        `Wir haben einen Code an ${sampleNewEmail} geschickt. Er gilt 10 Minuten.`,
      );
      const code = input(element, 'code');
      expect(code.autocomplete).to.equal('one-time-code');
      expect(code.inputMode).to.equal('numeric');
      expect(element.querySelectorAll('input')).to.have.length(1);
    });

    it('changes the address only with the code typed, pasted with spaces too', async () => {
      const { client, element } = await codeSent();
      const changed = oneEvent(element, 'pk-email-changed');
      fill(element, { code: '493 027' });
      await press(element, 'submit');
      expect(client.callsTo('verifyEmailCode').map((call) => call.args[0])).to.deep.equal([
        { code: sampleEmailCode },
      ]);
      expect((await changed).detail).to.deep.equal({ email: sampleNewEmail });
      await until(element, 'success');
      expect(headingText(element)).to.equal('Ihre E-Mail-Adresse ist geändert');
      expect(statusText(element)).to.equal(
        `Nachrichten zu Ihrem Konto gehen ab jetzt an ${sampleNewEmail}.`,
      );
      expect(document.activeElement).to.equal(part(element, 'heading'));
      await press(element, 'Zurück zu den Einstellungen');
      expect(text(element)).to.contain(sampleNewEmail);
      expect(document.activeElement).to.equal(opener(element, 'email'));
    });

    it("tells the password manager the passkeys' new name (Signal API), where it has one", async () => {
      const spy = spyOnSignalApi();
      try {
        const { element } = await codeSent();
        fill(element, { code: sampleEmailCode });
        await press(element, 'submit');
        await until(element, 'success');
        expect(spy.calls['signalCurrentUserDetails']).to.deep.equal([
          {
            rpId: 'localhost',
            userId: 'dXNlci1oYW5kbGUtZXJpa2E',
            name: sampleNewEmail,
            displayName: 'Erika Mustermann',
          },
        ]);
      } finally {
        spy.restore();
      }
    });

    it('checks the code on submit: empty, not 6 digits', async () => {
      const { client, element } = await codeSent();
      for (const [code, message] of [
        ['', 'Geben Sie den Code aus der E-Mail ein.'],
        ['12345', 'Geben Sie die 6 Ziffern'],
      ] as const) {
        fill(element, { code });
        await press(element, 'submit');
        await until(element, 'error');
        expect(summaryText(element)).to.contain(message);
        expect(document.activeElement).to.equal(part(element, 'error-summary'));
      }
      expect(client.callsTo('verifyEmailCode')).to.have.length(0);
    });

    it('says a wrong code at its field, and a void one asks for a new code', async () => {
      const wrong = await codeEntered({
        verifyEmailCode: { error: 'CODE_INVALID' },
      });
      expect(wrong.element.getAttribute('step')).to.equal('email-code');
      expect(text(part(wrong.element, 'error'))).to.contain('Der Code stimmt nicht');
      expect(input(wrong.element, 'code').getAttribute('aria-invalid')).to.equal('true');
      expect(document.activeElement).to.equal(part(wrong.element, 'error-summary'));

      const locked = await codeEntered({
        verifyEmailCode: { error: 'CODE_LOCKED' },
      });
      expect(locked.element.getAttribute('step')).to.equal('email');
      expect(summaryText(locked.element)).to.contain('Lassen Sie sich einen neuen Code schicken.');
      expect(input(locked.element, 'email').value).to.equal(sampleNewEmail);
      expect(document.activeElement).to.equal(part(locked.element, 'error-summary'));
    });

    it('asks for another address when one was taken before the code came back', async () => {
      const { element } = await codeEntered({
        verifyEmailCode: { error: 'VALIDATION_FAILED', fields: { email: 'taken' } },
      });
      expect(element.getAttribute('step')).to.equal('email');
      expect(text(part(element, 'error'))).to.contain('gehört inzwischen zu einem anderen Konto');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
    });

    it('says when to try again after too many requests', async () => {
      const { element } = await codeSent({
        requestEmailCode: { error: 'RATE_LIMITED', retryAfter: 300 },
      });
      expect(summaryText(element)).to.contain('Bitte warten Sie 5 Minuten');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
    });

    it('offers "Code erneut senden" after the wait, said when it starts and ends', async () => {
      const { client, clock, element } = await codeSent();
      const resend = [...element.querySelectorAll('[part~=secondary-action]')].find(
        (button) => text(button) === 'Code erneut senden',
      ) as HTMLButtonElement;
      expect(resend.getAttribute('aria-disabled')).to.equal('true');
      expect(statusText(element)).to.contain('in 60 Sekunden');
      resend.click();
      await settle(element);
      expect(client.callsTo('requestEmailCode')).to.have.length(1);
      clock.tick(60_000);
      await settle(element);
      expect(statusText(element)).to.equal('Sie können jetzt einen neuen Code anfordern.');
      expect(resend.hasAttribute('aria-disabled')).to.equal(false);
      resend.click();
      await settle(element);
      expect(client.callsTo('requestEmailCode').map((call) => call.args[0])).to.deep.equal([
        { email: sampleNewEmail },
        { email: sampleNewEmail },
      ]);
      expect(text(part(element, 'countdown'))).to.contain('Neuer Code gesendet.');
    });
  });

  describe('the password', () => {
    it('shows the current and the new password, each with its toggle in the Tab order', async () => {
      const { element } = await opened('password');
      const current = input(element, 'current');
      const password = input(element, 'password');
      expect(current.autocomplete).to.equal('current-password');
      expect(password.autocomplete).to.equal('new-password');
      const labels = [...element.querySelectorAll('[part~=label]')].map(text);
      expect(labels).to.include.members(['Aktuelles Passwort', 'Neues Passwort']);
      const toggles = [...element.querySelectorAll<HTMLButtonElement>('[part~=toggle]')];
      expect(toggles.map(text)).to.deep.equal([
        'Aktuelles Passwort anzeigen',
        'Neues Passwort anzeigen',
      ]);
      for (const toggle of toggles) expect(toggle.tabIndex).to.equal(0);
      expect(part(element, 'rules'), 'rules visible before typing').to.exist;
      toggles[0]!.click();
      await element.updateComplete;
      expect(current.type).to.equal('text');
      expect(statusText(element)).to.equal('Ihr Passwort wird angezeigt.');
    });

    it('changes it with both passwords sent once, and says the other devices are signed out', async () => {
      const { client, element } = await opened('password');
      fill(element, { current: currentPassword, password: strongPassword });
      const changed = oneEvent(element, 'pk-password-changed');
      part<HTMLButtonElement>(element, 'submit')!.click();
      part<HTMLButtonElement>(element, 'submit')!.click();
      await settle(element);
      expect(client.callsTo('changePassword').map((call) => call.args[0])).to.deep.equal([
        { current: currentPassword, password: strongPassword },
      ]);
      expect((await changed).detail.session.signedIn).to.equal(true);
      await until(element, 'success');
      expect(text(element)).to.contain(
        'Ihr Passwort ist geändert. Auf allen anderen Geräten wurden Sie abgemeldet.',
      );
      expect(document.activeElement).to.equal(part(element, 'heading'));
      await press(element, 'Zurück zu den Einstellungen');
      expect(text(element)).to.contain('Sie sind nur auf diesem Gerät angemeldet.');
    });

    it('asks for both passwords on submit, and names the rules a new one breaks', async () => {
      const { client, element } = await passwordSent({}, 'de', {
        current: '',
        password: 'kurz',
      });
      expect(element.state).to.equal('error');
      expect(summaryText(element)).to.contain('Geben Sie Ihr aktuelles Passwort ein.');
      expect(summaryText(element)).to.contain('mindestens 12 Zeichen');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
      expect(client.callsTo('changePassword')).to.have.length(0);
    });

    for (const refusal of [
      { error: 'CREDENTIALS_INVALID' as const },
      { error: 'VALIDATION_FAILED' as const, fields: { current: 'wrong' } },
    ]) {
      it(`says a wrong current password at its field and clears it (${refusal.error})`, async () => {
        const { element } = await passwordSent({ changePassword: refusal });
        expect(element.getAttribute('step')).to.equal('password');
        expect(text(part(element, 'error'))).to.contain('Das aktuelle Passwort stimmt nicht.');
        expect(input(element, 'current').getAttribute('aria-invalid')).to.equal('true');
        expect(input(element, 'current').value).to.equal('');
        expect(document.activeElement).to.equal(part(element, 'error-summary'));
      });
    }

    it('says when to try again after too many wrong passwords, the field cleared', async () => {
      const { element } = await passwordSent({
        changePassword: { error: 'RATE_LIMITED', retryAfter: 900 },
      });
      expect(summaryText(element)).to.contain('Bitte warten Sie 15 Minuten');
      expect(input(element, 'current').value).to.equal('');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
    });

    it('names the rules the server refused', async () => {
      const { element } = await passwordSent({
        changePassword: {
          error: 'PASSWORD_REJECTED',
          fields: { password: 'notRecent' },
        },
      });
      expect(summaryText(element)).to.contain('keines Ihrer letzten 10 Passwörter');
      expect(input(element, 'password').getAttribute('aria-invalid')).to.equal('true');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
    });

    it('never keeps the current password in the values it carries across steps', async () => {
      const { element } = await passwordSent({ changePassword: 'hang' });
      const values = (element as unknown as { values: Record<string, string> }).values;
      expect(Object.values(values)).not.to.include(currentPassword);
      expect(Object.values(values)).not.to.include(strongPassword);
    });
  });

  describe('the signed-in devices', () => {
    it('lists each session in the element language, this device marked', async () => {
      const { client, element } = await opened('sessions', {}, 'en');
      const items = [...element.querySelectorAll('[part~=session]')];
      expect(items.map((item) => text(part(item, 'session-device')))).to.deep.equal([
        'Chrome on Windows This device',
        'Safari on iOS',
        'Firefox on Linux',
      ]);
      const listed = client.options.sessions;
      const created = new Date(
        listed !== 'hang' && 'value' in listed ? listed.value.sessions[2]!.createdAt : 0,
      );
      const expected = new Intl.DateTimeFormat('en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
      expect(text(items[2]!)).to.contain(`Signed in since ${expected.format(created)}`);
      expect(text(items[2]!)).to.contain('Signed in with password');
      expect(items[0]!.querySelector('[part~=end-session]')).to.equal(null);
      expect(text(endButton(element, 'Safari'))).to.equal('Sign out: Safari on iOS');
    });

    it('names a device whose browser or system is unknown as well as it can', async () => {
      const [current, other] = sampleSessions();
      const { element } = await opened('sessions', {
        sessions: {
          value: {
            sessions: [
              { ...current!, browser: 'Chrome', system: undefined },
              { ...other!, browser: undefined, system: undefined },
            ],
          },
        },
      });
      const items = [...element.querySelectorAll('[part~=session]')];
      expect(items.map((item) => text(part(item, 'session-device')))).to.deep.equal([
        'Chrome Dieses Gerät',
        'Unbekanntes Gerät',
      ]);
    });

    it('signs out one other device, named, and shows the list the server answers', async () => {
      const { client, element } = await opened('sessions');
      const ended = oneEvent(element, 'pk-session-ended');
      endButton(element, 'Safari').click();
      await settle(element);
      expect(client.callsTo('endSession').map((call) => call.args[0])).to.deep.equal([
        { id: 'ses-b2' },
      ]);
      expect((await ended).detail).to.deep.equal({
        ended: { id: 'ses-b2', browser: 'Safari', system: 'iOS' },
      });
      expect(statusText(element)).to.equal('Safari unter iOS ist abgemeldet.');
      expect(element.querySelectorAll('[part~=session]')).to.have.length(2);
      expect(text(element)).not.to.contain('Safari unter iOS Mit');
      expect(document.activeElement).to.equal(part(element, 'heading'));
    });

    it('asks before signing out all other devices, and "Abbrechen" signs out none', async () => {
      const { client, element } = await confirmingEndOthers();
      expect(headingText(element)).to.equal('Alle anderen Geräte abmelden?');
      expect(text(element)).to.contain('Wir melden Sie auf 2 anderen Geräten ab.');
      expect(client.callsTo('endOtherSessions')).to.have.length(0);
      await press(element, 'Abbrechen');
      expect(element.getAttribute('step')).to.equal('sessions');
      expect(document.activeElement).to.equal(part(element, 'submit'));
      expect(client.callsTo('endOtherSessions')).to.have.length(0);
    });

    it('signs out all other devices once confirmed', async () => {
      const { client, element } = await confirmingEndOthers();
      const ended = oneEvent(element, 'pk-session-ended');
      await press(element, 'submit');
      expect(client.callsTo('endOtherSessions')).to.have.length(1);
      expect((await ended).detail).to.deep.equal({ ended: 'others' });
      await until(element, 'success');
      expect(statusText(element)).to.equal('Sie sind auf allen anderen Geräten abgemeldet.');
      expect(element.querySelectorAll('[part~=session]')).to.have.length(1);
      expect(text(element)).to.contain('Sie sind nur auf diesem Gerät angemeldet.');
    });

    it('says when a device was signed out already, and loads the list again', async () => {
      const { client, element } = await opened('sessions', {
        endSession: { error: 'NOT_FOUND' },
      });
      endButton(element, 'Firefox').click();
      await settle(element);
      expect(summaryText(element)).to.contain('Dieses Gerät war schon abgemeldet.');
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
      expect(client.callsTo('sessions').length).to.be.greaterThan(1);
    });
  });

  describe('ending the registration', () => {
    it('explains what happens before anything is sent', async () => {
      const { client, element } = await opened('end');
      expect(text(part(element, 'consequences'))).to.contain('Ihre 2 Passkeys');
      expect(text(part(element, 'consequences'))).to.contain('per Brief');
      expect(text(part(element, 'consequences'))).to.contain('registrieren Sie sich neu');
      expect(client.callsTo('endRegistration')).to.have.length(0);
    });

    it('leads a member without a passkey to add one first, and sends nothing', async () => {
      const { client, element } = await account({
        account: { value: sampleAccountView({ passkeys: 0 }) },
      });
      element.setAttribute('passkeys-href', '/konto/passkeys');
      opener(element, 'end').click();
      await settle(element);
      expect(element.getAttribute('step')).to.equal('end');
      expect(text(element)).to.contain('Legen Sie dafür zuerst einen Passkey an.');
      expect(part(element, 'submit'), 'nothing to send without a passkey').to.equal(null);
      expect(part(element, 'link')!.getAttribute('href')).to.equal('/konto/passkeys');
      part<HTMLButtonElement>(element, 'secondary-action')!.click();
      await settle(element);
      expect(element.getAttribute('step')).to.equal('overview');
      expect(client.callsTo('endRegistration')).to.have.length(0);
      await expectAccessible(element);
    });

    it('ends it only through <pk-approve>, approved with a passkey', async () => {
      const { client, element } = await endSent({}, 'de');
      expect(client.callsTo('endRegistration')).to.have.length(1);
      const approve = element.querySelector('pk-approve')!;
      await approve.updateComplete;
      expect(text(approve)).to.contain('Registrierung aufheben');
      expect(element.getAttribute('step')).to.equal('end-approve');
      const ended = oneEvent(element, 'pk-registration-ended');
      part<HTMLButtonElement>(approve, 'submit')!.click();
      expect((await ended).detail.approval.kind).to.equal('end-registration');
      await until(element, 'success');
      expect(headingText(element)).to.equal('Ihre Registrierung ist aufgehoben');
      expect(document.activeElement).to.equal(part(element, 'heading'));
      expect(part(element, 'link'), 'no link without done-href').to.equal(null);
    });

    it('links to the site start when done-href is set', async () => {
      const { element } = await account({}, 'de', '/');
      element.doneHref = '/start';
      opener(element, 'end').click();
      await settle(element);
      await press(element, 'submit');
      const approve = element.querySelector('pk-approve')!;
      await approve.updateComplete;
      part<HTMLButtonElement>(approve, 'submit')!.click();
      await until(element, 'success');
      expect(part(element, 'link')!.getAttribute('href')).to.equal('/start');
      expect(text(part(element, 'link'))).to.equal('Zur Startseite');
    });

    it('ends nothing when the approval is declined, and offers the way back', async () => {
      const events: Event[] = [];
      document.addEventListener('pk-registration-ended', (event) => events.push(event));
      const { client, element } = await endSent();
      const approve = element.querySelector('pk-approve')!;
      await approve.updateComplete;
      const decline = [...approve.querySelectorAll('button')].find((b) => text(b) === 'Ablehnen')!;
      decline.click();
      await settle(element);
      await settle(element);
      expect(client.callsTo('denyApproval')).to.have.length(1);
      expect(element.getAttribute('step')).to.equal('end-approve');
      expect(events).to.have.length(0);
      await press(element, 'Zurück zu den Einstellungen');
      expect(element.getAttribute('step')).to.equal('overview');
      expect(document.activeElement).to.equal(opener(element, 'end'));
    });

    it('cannot be left with Escape while the approval is pending', async () => {
      const { element } = await endSent();
      await sendKeys({ press: 'Escape' });
      await settle(element);
      expect(element.getAttribute('step')).to.equal('end-approve');
    });
  });

  describe('errors', () => {
    const reach: [
      string,
      (
        options: ConstructorParameters<typeof FakeAccountClient>[0],
      ) => Promise<{ element: PkAccount }>,
      string,
    ][] = [
      ['requestEmailCode', (o) => codeSent(o), 'email'],
      ['verifyEmailCode', (o) => codeEntered(o), 'email-code'],
      ['changePassword', (o) => passwordSent(o), 'password'],
      [
        'endOtherSessions',
        (o) => confirmingEndOthers(o).then(async (r) => (await press(r.element, 'submit'), r)),
        'end-others',
      ],
      ['endRegistration', (o) => endSent(o), 'end'],
    ];
    for (const [method, go, step] of reach) {
      it(`shows an expired session on ${step} in the summary, focused`, async () => {
        const { element } = await go({
          [method]: { error: 'SESSION_EXPIRED' },
        });
        await until(element, 'error');
        expect(element.getAttribute('step')).to.equal(step);
        expect(summaryText(element)).to.contain('Ihre Sitzung ist abgelaufen.');
        expect(document.activeElement).to.equal(part(element, 'error-summary'));
      });
    }

    it('says every error code in clear words in both languages', async () => {
      const codes: ErrorCode[] = [...serverErrorCodes, ...clientErrorCodes];
      for (const lang of ['de', 'en'] as const) {
        for (const code of codes) {
          const { element } = await codeEntered({ verifyEmailCode: { error: code } }, lang);
          if (code === 'PASSKEY_CANCELLED') continue;
          await until(element, 'error');
          const said = summaryText(element);
          expect(said, code).to.match(/\w{3,}.*\./);
          expect(said, code).not.to.contain('undefined');
          expect(said, code).not.to.contain(code);
          expect(said, code).not.to.contain('account.');
        }
      }
    });
  });

  it('can be used with the keyboard alone', async () => {
    const { client, element } = await account();
    opener(element, 'email').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(document.activeElement).to.equal(part(element, 'heading'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(input(element, 'email'));
    await sendKeys({ type: sampleNewEmail });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.getAttribute('step')).to.equal('email-code');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(input(element, 'code'));
    await sendKeys({ type: sampleEmailCode });
    await sendKeys({ press: 'Enter' });
    await until(element, 'success');
    expect(client.callsTo('verifyEmailCode')[0]!.args[0]).to.deep.equal({
      code: sampleEmailCode,
    });
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Zurück zu den Einstellungen');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(document.activeElement).to.equal(opener(element, 'email'));
    // On to the devices: past the password's button.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(opener(element, 'sessions'));
    await sendKeys({ press: 'Space' });
    await settle(element);
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('Abmelden: Safari unter iOS');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(client.callsTo('endSession')).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(document.activeElement).to.equal(opener(element, 'sessions'));
  });
});
