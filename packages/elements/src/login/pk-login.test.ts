import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../portal/index.js';
import './index.js';
import { registerMessages } from '../i18n/localize-controller.js';
import { expectAccessible, runElementSuite } from '../test-support/element-suite.js';
import { signedIn } from '../test-support/fake-client.js';
import { FakeLoginClient, type FakeLoginOptions } from './pk-login.fake.js';
import { mount, part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import type { PkLogin } from './pk-login.js';

const validKvnr = 'A123456780';

function login(client: FakeLoginClient, lang: Lang = 'de', attrs: { methods?: string } = {}) {
  return mount<PkLogin>(
    html`<pk-login .client=${client} methods=${attrs.methods ?? 'all'}></pk-login>`,
    lang,
  );
}

function input(element: PkLogin, name: 'identifier' | 'password'): HTMLInputElement {
  return element.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
}

function fill(element: PkLogin, identifier: string, password: string): void {
  for (const [name, value] of [
    ['identifier', identifier],
    ['password', password],
  ] as const) {
    const field = input(element, name);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Replaces `fetch` with a server that refuses every sign-in; records the URLs asked for. */
function answerEveryFetchWithWrongPassword(): { requests: string[]; restore(): void } {
  const requests: string[] = [];
  const original = window.fetch;
  window.fetch = async (url) => {
    requests.push(String(url));
    return new Response(JSON.stringify({ error: { code: 'CREDENTIALS_INVALID' } }), {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return { requests, restore: () => void (window.fetch = original) };
}

function submit(element: PkLogin): void {
  part<HTMLButtonElement>(element, 'submit')!.click();
}

async function logIn(
  options: Partial<FakeLoginOptions>,
  lang: Lang = 'de',
  [identifier, password] = [validKvnr, 'richtiges Passwort'],
) {
  const client = new FakeLoginClient(options);
  const element = await login(client, lang);
  fill(element, identifier, password);
  submit(element);
  await settle(element);
  return { client, element };
}

async function pressPasskey(options: Partial<FakeLoginOptions>, lang: Lang = 'de') {
  const client = new FakeLoginClient(options);
  const element = await login(client, lang);
  await settle(element);
  part<HTMLButtonElement>(element, 'secondary-action')!.click();
  await settle(element);
  return { client, element };
}

const summaryText = (element: PkLogin) => text(part(element, 'error-summary'));
const statusText = (element: PkLogin) => text(part(element, 'status'));

runElementSuite<PkLogin>({
  tag: 'pk-login',
  template: (client) => html`<pk-login .client=${client}></pk-login>`,
  pendingClient: () => new FakeLoginClient({ loginWithPassword: 'hang' }),
  states: {
    idle: async (lang) => {
      const element = await login(new FakeLoginClient(), lang);
      await settle(element);
      return element;
    },
    busy: async (lang) =>
      until((await logIn({ loginWithPassword: 'hang' }, lang)).element, 'busy'),
    error: async (lang) => (await logIn({}, lang, ['', ''])).element,
    success: async (lang) => until((await logIn({}, lang)).element, 'success'),
  },
  richest: 'error',
  parts: [
    'form',
    'field',
    'label',
    'hint',
    'input',
    'error',
    'error-summary',
    'submit',
    'toggle',
    'status',
    'passkey-section',
    'secondary-action',
  ],
  text: {
    de: 'Versichertennummer oder E-Mail-Adresse',
    en: 'Health insurance number or email address',
  },
  success: async (lang) => (await logIn({}, lang)).element,
  error: async (lang) => (await logIn({}, lang, ['', ''])).element,
  changeProperty: (element) => {
    element.messages = { 'login.submit': 'Jetzt anmelden' };
    return 'Jetzt anmelden';
  },
});

describe('pk-login', () => {
  it('is accessible with passkeys unsupported and in passkey-only mode', async () => {
    const unsupported = await login(
      new FakeLoginClient({ passkeySupport: { available: false, autofill: false } }),
    );
    await settle(unsupported);
    await expectAccessible(unsupported);
    const passkeyOnly = await login(new FakeLoginClient(), 'en', { methods: 'passkey' });
    await settle(passkeyOnly);
    await expectAccessible(passkeyOnly);
  });

  describe('fields for password managers and passkey autofill', () => {
    it('marks the identifier field for passkey autofill', async () => {
      const element = await login(new FakeLoginClient());
      const found = document.querySelector('pk-login input[autocomplete~=webauthn]');
      expect(found).to.equal(input(element, 'identifier'));
      expect(found!.getAttribute('autocomplete')).to.equal('username webauthn');
      expect(found!.getAttribute('autocapitalize')).to.equal('none');
      expect(found!.getAttribute('spellcheck')).to.equal('false');
      expect(found!.closest('form')).to.equal(part(element, 'form'));
    });

    it('asks password managers for the current password and allows any length', async () => {
      const element = await login(new FakeLoginClient());
      const password = input(element, 'password');
      expect(password.type).to.equal('password');
      expect(password.getAttribute('autocomplete')).to.equal('current-password');
      expect(password.hasAttribute('maxlength')).to.equal(false);
      expect(password.nextElementSibling).to.equal(part(element, 'toggle'));
    });

    it('renders a real form that validates itself (novalidate, POST)', async () => {
      const element = await login(new FakeLoginClient());
      const form = part<HTMLFormElement>(element, 'form')!;
      expect(form.tagName).to.equal('FORM');
      expect(form.noValidate).to.equal(true);
      expect(form.method).to.equal('post');
    });

    it('links to the forgot-password page under the password field where the site has one', async () => {
      const without = await login(new FakeLoginClient());
      expect(part(without, 'forgot-password')).to.equal(null);
      const element = await mount<PkLogin>(
        html`<pk-login
          .client=${new FakeLoginClient()}
          forgot-password-href="/passwort-vergessen"
        ></pk-login>`,
      );
      const link = part<HTMLAnchorElement>(element, 'forgot-password')!;
      expect(text(link)).to.equal('Passwort vergessen?');
      expect(link.getAttribute('href')).to.equal('/passwort-vergessen');
      const field = input(element, 'password').closest('[part~=field]')!;
      expect(field.nextElementSibling!.contains(link), 'right under the password field').to.equal(
        true,
      );
      expect(
        link.compareDocumentPosition(part(element, 'submit')!) & Node.DOCUMENT_POSITION_FOLLOWING,
        'before the button in the Tab order',
      ).to.not.equal(0);
      await expectAccessible(element);
      element.lang = 'en';
      await waitUntil(() => text(link) === 'Forgot your password?', 'English link');
    });

    it('gives each instance its own field ids', async () => {
      const first = await login(new FakeLoginClient());
      const second = await login(new FakeLoginClient());
      expect(input(first, 'identifier').id).not.to.equal(input(second, 'identifier').id);
      expect(part(first, 'label')!.getAttribute('for')).to.equal(input(first, 'identifier').id);
    });
  });

  describe('validation on submit', () => {
    it('names both empty fields in a focused summary and above each field', async () => {
      const { client, element } = await logIn({}, 'de', ['', '']);
      expect(element.state).to.equal('error');
      const summary = part(element, 'error-summary')!;
      expect(summary.getAttribute('tabindex')).to.equal('-1');
      expect(document.activeElement).to.equal(summary);
      expect(text(summary.querySelector('h2'))).to.equal('Es gibt ein Problem');
      expect(summaryText(element)).to.contain(
        'Geben Sie Ihre Versichertennummer oder E-Mail-Adresse ein.',
      );
      expect(summaryText(element)).to.contain('Geben Sie Ihr Passwort ein.');
      for (const name of ['identifier', 'password'] as const) {
        const field = input(element, name);
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        const ids = field.getAttribute('aria-describedby')!.split(' ');
        const error = element.querySelector(`#${ids[0]}`)!;
        expect(error.getAttribute('part')).to.equal('error');
        expect(summaryText(element)).to.contain(text(error).replace(/^Fehler: /, ''));
      }
      expect(client.callsTo('loginWithPassword')).to.have.length(0);
    });

    it('explains a KVNR in the wrong format with an example', async () => {
      const { element } = await logIn({}, 'de', ['A12345', 'geheim']);
      expect(summaryText(element)).to.equal(
        'Es gibt ein Problem Geben Sie Ihre Versichertennummer ein, wie sie auf Ihrer Gesundheitskarte steht, zum Beispiel A123456780.',
      );
      expect(input(element, 'password').getAttribute('aria-invalid')).to.equal(null);
    });

    it('says when the check digit of a KVNR does not match', async () => {
      const { element } = await logIn({}, 'de', ['A123456781', 'geheim']);
      expect(summaryText(element)).to.contain(
        'Diese Versichertennummer ist nicht gültig. Prüfen Sie die Nummer auf Ihrer Gesundheitskarte.',
      );
    });

    it('explains an incomplete e-mail address', async () => {
      const { element } = await logIn({}, 'de', ['erika@', 'geheim']);
      expect(summaryText(element)).to.contain('zum Beispiel name@beispiel.de');
    });

    it('moves focus to the field when its summary link is followed', async () => {
      const { element } = await logIn({}, 'de', ['', '']);
      const links = part(element, 'error-summary')!.querySelectorAll('a');
      links[1]!.click();
      expect(document.activeElement).to.equal(input(element, 'password'));
      expect(location.hash).to.equal('');
    });

    it('fires pk-login-error with VALIDATION_FAILED and keeps what was typed', async () => {
      const client = new FakeLoginClient();
      const element = await login(client);
      fill(element, 'A12', '');
      setTimeout(() => submit(element));
      const event = await oneEvent(element, 'pk-login-error');
      expect(event.detail).to.deep.equal({ code: 'VALIDATION_FAILED' });
      expect(input(element, 'identifier').value).to.equal('A12');
    });

    it('ignores a second submit while busy without disabling the button', async () => {
      const { client, element } = await logIn({ loginWithPassword: 'hang' });
      expect(element.state).to.equal('busy');
      submit(element);
      submit(element);
      await settle(element);
      expect(client.callsTo('loginWithPassword')).to.have.length(1);
      expect(part<HTMLButtonElement>(element, 'submit')!.disabled).to.equal(false);
      expect(text(part(element, 'submit'))).to.equal('Wird angemeldet …');
      expect(part(element, 'form')!.getAttribute('aria-busy')).to.equal('true');
    });

    it('sends the normalized identifier', async () => {
      const { client } = await logIn({}, 'de', [' a123456780 ', 'geheim']);
      expect(client.callsTo('loginWithPassword')[0]!.args[0]).to.deep.equal({
        identifier: validKvnr,
        password: 'geheim',
      });
    });
  });

  describe('answers from the server', () => {
    it('does not say which of identifier or password was wrong and clears only the password', async () => {
      const { element } = await logIn({ loginWithPassword: { error: 'CREDENTIALS_INVALID' } });
      expect(summaryText(element)).to.contain(
        'Versichertennummer, E-Mail-Adresse oder Passwort ist falsch.',
      );
      expect(input(element, 'password').value).to.equal('');
      expect(input(element, 'identifier').value).to.equal(validKvnr);
      expect(input(element, 'identifier').getAttribute('aria-invalid')).to.equal(null);
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
    });

    it('says how many minutes to wait when rate limited', async () => {
      const { element } = await logIn({
        loginWithPassword: { error: 'RATE_LIMITED', retryAfter: 90 },
      });
      expect(summaryText(element)).to.contain('Bitte warten Sie 2 Minuten');
    });

    it('says sign-in is not possible right now when the service cannot be reached', async () => {
      for (const code of ['NETWORK', 'RESPONSE_INVALID', 'INTERNAL'] as const) {
        const { element } = await logIn({ loginWithPassword: { error: code } });
        expect(summaryText(element)).to.contain(
          'Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es in einigen Minuten erneut.',
        );
        expect(input(element, 'password').value, 'password kept').to.equal('richtiges Passwort');
      }
    });

    it('signs in, says so and hands over the session through pk-login-success', async () => {
      const client = new FakeLoginClient();
      const element = await login(client);
      await settle(element);
      fill(element, validKvnr, 'geheim');
      setTimeout(() => submit(element));
      const event = await oneEvent(element, 'pk-login-success');
      expect(event.detail.method).to.equal('password');
      expect(event.detail.session.member.displayName).to.equal('Erika Mustermann');
      expect(JSON.stringify(event.detail)).not.to.contain('geheim');
      await until(element, 'success');
      expect(statusText(element)).to.equal('Sie sind angemeldet.');
      expect(client.ceremonies[0]!.outcome, 'autofill stopped').to.equal('aborted');
    });

    it('shows English errors when the page is English', async () => {
      const { element } = await logIn(
        { loginWithPassword: { error: 'CREDENTIALS_INVALID' } },
        'en',
      );
      expect(summaryText(element)).to.equal(
        'There is a problem Health insurance number, email address or password is wrong.',
      );
    });
  });

  describe('show and hide password', () => {
    it('switches the field and the button name and announces the change', async () => {
      const element = await login(new FakeLoginClient());
      const toggle = part<HTMLButtonElement>(element, 'toggle')!;
      expect(toggle.type).to.equal('button');
      expect(text(toggle)).to.equal('Passwort anzeigen');
      toggle.click();
      await element.updateComplete;
      expect(input(element, 'password').type).to.equal('text');
      expect(text(toggle)).to.equal('Passwort verbergen');
      expect(statusText(element)).to.equal('Ihr Passwort wird angezeigt.');
    });

    it('hides the password again on submit', async () => {
      const element = await login(new FakeLoginClient({ loginWithPassword: 'hang' }));
      part<HTMLButtonElement>(element, 'toggle')!.click();
      fill(element, validKvnr, 'geheim');
      submit(element);
      await element.updateComplete;
      expect(input(element, 'password').type).to.equal('password');
    });
  });

  describe('passkeys', () => {
    it('explains passkeys once and offers the passkey button', async () => {
      const element = await login(new FakeLoginClient());
      await settle(element);
      expect(text(part(element, 'passkey-section'))).to.contain(
        'Mit einem Passkey melden Sie sich per Fingerabdruck, Gesichtserkennung oder Geräte-PIN an – ohne Passwort.',
      );
      expect(text(part(element, 'secondary-action'))).to.equal('Mit Passkey anmelden');
    });

    it('starts the autofill ceremony on connect and aborts it when the button is pressed', async () => {
      const { client, element } = await pressPasskey({ loginWithPasskey: 'hang' });
      expect(client.ceremonies.map((ceremony) => ceremony.kind)).to.deep.equal([
        'autofill',
        'button',
      ]);
      expect(client.ceremonies[0]!.outcome).to.equal('aborted');
      expect(client.callsTo('loginWithPasskey')[0]!.args).to.deep.equal([{ autofill: true }]);
      expect(element.state).to.equal('busy');
      expect(text(part(element, 'secondary-action'))).to.equal('Warten auf Ihren Passkey …');
      expect(part(element, 'error-summary'), 'aborted autofill is silent').to.equal(null);
    });

    it('treats a cancelled passkey prompt calmly and offers it again', async () => {
      const { client, element } = await pressPasskey({
        loginWithPasskey: { error: 'PASSKEY_CANCELLED' },
      });
      expect(element.state).to.equal('idle');
      expect(part(element, 'error-summary')).to.equal(null);
      expect(statusText(element)).to.equal('Die Anmeldung mit Passkey wurde abgebrochen.');
      expect(text(part(element, 'secondary-action'))).to.equal('Mit Passkey anmelden');
      expect(client.ceremonies.map((ceremony) => ceremony.kind)).to.deep.equal([
        'autofill',
        'button',
        'autofill',
      ]);
      await expectAccessible(element);
    });

    it('tells the member when the server does not know the passkey', async () => {
      const { element } = await pressPasskey({ loginWithPasskey: { error: 'PASSKEY_UNKNOWN' } });
      expect(summaryText(element)).to.contain(
        'Dieser Passkey ist bei uns nicht registriert. Melden Sie sich mit Passwort an und fügen Sie den Passkey erneut hinzu.',
      );
      expect(document.activeElement).to.equal(part(element, 'error-summary'));
    });

    it('signs in with a passkey picked from the autofill list', async () => {
      const session = { ...signedIn, method: 'passkey' as const };
      const element = await login(
        new FakeLoginClient({ loginWithPasskeyAutofill: { value: { session }, delay: 20 } }),
      );
      const event = await oneEvent(element, 'pk-login-success');
      expect(event.detail.method).to.equal('passkey');
      expect(element.state).to.equal('success');
    });

    it('shows an error of a passkey picked from autofill, but not a failure before any choice', async () => {
      const quiet = await login(new FakeLoginClient({ loginWithPasskeyAutofill: { error: 'NETWORK' } }));
      await settle(quiet);
      expect(quiet.state).to.equal('idle');
      const unknown = await login(
        new FakeLoginClient({ loginWithPasskeyAutofill: { error: 'PASSKEY_UNKNOWN' } }),
      );
      await settle(unknown);
      expect(unknown.state).to.equal('error');
      expect(summaryText(unknown)).to.contain('Dieser Passkey ist bei uns nicht registriert.');
    });

    it('hides the passkey path and says why when the browser has no passkeys', async () => {
      const client = new FakeLoginClient({ passkeySupport: { available: false, autofill: false } });
      const element = await login(client);
      await settle(element);
      expect(part(element, 'secondary-action')).to.equal(null);
      expect(text(part(element, 'passkey-section'))).to.equal(
        'Ihr Browser unterstützt keine Passkeys. Melden Sie sich mit Passwort an.',
      );
      expect(client.ceremonies).to.have.length(0);
    });

    it('offers only the passkey in passkey-only mode, without autofill', async () => {
      const client = new FakeLoginClient();
      const element = await login(client, 'de', { methods: 'passkey' });
      await settle(element);
      expect(element.querySelector('input')).to.equal(null);
      expect(part(element, 'secondary-action')).to.exist;
      expect(client.ceremonies).to.have.length(0);
    });

    it('offers no passkey in password-only mode', async () => {
      const client = new FakeLoginClient();
      const element = await login(client, 'de', { methods: 'password' });
      await settle(element);
      expect(part(element, 'passkey-section')).to.equal(null);
      expect(input(element, 'identifier').getAttribute('autocomplete')).to.equal('username');
      expect(client.ceremonies).to.have.length(0);
    });

    it('cancels its passkey ceremony when removed from the page', async () => {
      const client = new FakeLoginClient();
      const element = await login(client);
      await settle(element);
      element.remove();
      expect(client.callsTo('cancelPasskey')).to.have.length(1);
      expect(client.ceremonies[0]!.outcome).to.equal('aborted');
    });
  });

  describe('configuration', () => {
    it('uses the client of an enclosing pk-portal', async () => {
      const client = new FakeLoginClient();
      const portal = await fixture(
        html`<pk-portal .client=${client}><pk-login></pk-login></pk-portal>`,
      );
      const element = portal.querySelector('pk-login')!;
      await settle(element);
      expect(client.callsTo('passkeySupport')).to.have.length(1);
      fill(element, validKvnr, 'geheim');
      submit(element);
      await until(element, 'success');
      expect(client.callsTo('loginWithPassword')).to.have.length(1);
      expect(portal.shadowRoot, 'children stay visible').to.equal(null);
      expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('talks to the api of an enclosing pk-portal that has no client', async () => {
      const { requests, restore } = answerEveryFetchWithWrongPassword();
      try {
        const portal = await fixture(
          html`<pk-portal api="/kasse/portal"><pk-login methods="password"></pk-login></pk-portal>`,
        );
        const element = portal.querySelector('pk-login')!;
        fill(element, validKvnr, 'geheim');
        submit(element);
        await until(element, 'error');
        expect(requests).to.deep.equal(['/kasse/portal/login/password']);
      } finally {
        restore();
      }
    });

    it('shows English texts with lang="en"', async () => {
      const element = await login(new FakeLoginClient(), 'en');
      await settle(element);
      expect(text(part(element, 'submit'))).to.equal('Sign in');
      expect(text(part(element, 'secondary-action'))).to.equal('Sign in with a passkey');
      expect(text(part(element, 'toggle'))).to.equal('Show password');
    });

    it('uses an insurer wording registered with registerMessages', async () => {
      registerMessages('de', { 'login.submit': 'Einloggen bei der Kasse' });
      try {
        const element = await login(new FakeLoginClient());
        expect(text(part(element, 'submit'))).to.equal('Einloggen bei der Kasse');
      } finally {
        registerMessages('de', { 'login.submit': 'Anmelden' });
      }
    });

    it('talks to the api attribute when no client is given', async () => {
      const { requests, restore } = answerEveryFetchWithWrongPassword();
      try {
        const element = await mount<PkLogin>(
          html`<pk-login api="/kasse/portal/" methods="password"></pk-login>`,
        );
        fill(element, validKvnr, 'geheim');
        submit(element);
        await until(element, 'error');
        expect(requests).to.deep.equal(['/kasse/portal/login/password']);
        expect(summaryText(element)).to.contain('Passwort ist falsch');
      } finally {
        restore();
      }
    });
  });
});
