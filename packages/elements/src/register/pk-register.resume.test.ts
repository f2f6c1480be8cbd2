import { expect, fixture, html } from '@open-wc/testing';
import '../portal/index.js';
import './index.js';
import type { RegistrationState } from '@portalkit/protocol';
import { afterPaint } from '../controllers/after-paint.js';
import { mount, part, settle, text, until } from '../test-support/fixtures.js';
import { FakeRegisterClient } from './pk-register.fake.js';
import {
  activated,
  atPassword,
  fill,
  headingText,
  identified,
  input,
  letterKey,
  member,
  register,
  returning,
  statusText,
} from './pk-register.fixtures.js';
import type { PkRegister } from './pk-register.js';

beforeEach(() => localStorage.removeItem(letterKey));

/** Puts a fragment into the page's address, as opening the letter's QR code link does. */
function openWithFragment(fragment: string): () => void {
  const before = location.href;
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${fragment}`);
  return () => history.replaceState(history.state, '', before);
}

describe('pk-register: coming back', () => {
  it('shows its first step at once, while it asks the server in the background', async () => {
    const { client, element } = await register({ registration: 'hang' });
    expect(element.state).to.equal('idle');
    expect(element.getAttribute('step')).to.equal('identify');
    expect(statusText(element)).to.equal('');
    await afterPaint();
    expect(client.callsTo('registration')).to.have.length(1);
  });

  it('after a code was accepted here, says it is loading while it asks the server', async () => {
    const { element } = await returning({ registration: 'hang' });
    expect(element.state).to.equal('loading');
    expect(element.hasAttribute('step')).to.equal(false);
    expect(statusText(element)).to.equal('Wird geladen …');
    expect(part(element, 'form')).to.equal(null);
  });

  it('moves on to the password when the server holds an activation this browser forgot', async () => {
    const { element } = await atPassword();
    expect(element.getAttribute('step')).to.equal('password');
    expect(text(element)).to.contain('Willkommen, Erika Mustermann!');
  });

  it('leaves a step the member began typing in where it is, whatever the server answers late', async () => {
    let answer!: (state: RegistrationState) => void;
    const client = new FakeRegisterClient();
    client.registration = () => new Promise((resolve) => (answer = resolve));
    const element = await mount<PkRegister>(html`<pk-register .client=${client}></pk-register>`);
    await settle(element);
    fill(element, { kvnr: 'A12' });
    answer({ activated: true, displayName: 'Erika Mustermann' });
    await settle(element);
    expect(element.getAttribute('step')).to.equal('identify');
    expect(input(element, 'kvnr').value).to.equal('A12');
    expect(text(element)).to.not.contain('Erika');
  });

  it('remembers an accepted code, with no personal data kept', async () => {
    const { element } = await activated();
    expect(element.getAttribute('step')).to.equal('password');
    expect(localStorage.getItem(letterKey)).to.match(/^activated:\d+$/);
  });

  it('after a reload, starts at the code once a letter was requested, with no personal data kept', async () => {
    const first = await identified();
    first.element.remove();
    const stored = Object.entries(localStorage).filter(([key]) => key.startsWith('portalkit.'));
    expect(stored.map(([key]) => key)).to.deep.equal([letterKey]);
    expect(stored[0]![1]).to.match(/^letter:\d+$/);
    const { client, element } = await register();
    await until(element, 'idle');
    expect(element.getAttribute('step')).to.equal('activate');
    await afterPaint();
    expect(client.callsTo('registration')).to.have.length(1);
    expect(input(element, 'kvnr').value, 'nothing typed before survives the reload').to.equal('');
  });

  it('forgets a letter request older than the longest validity of a code', async () => {
    localStorage.setItem(letterKey, String(Date.now() - 61 * 24 * 60 * 60 * 1000));
    const { element } = await register();
    expect(element.getAttribute('step')).to.equal('identify');
    expect(localStorage.getItem(letterKey)).to.equal(null);
  });

  it('resumes at the password when the activation in this browser still holds', async () => {
    const { element } = await atPassword();
    expect(element.getAttribute('step')).to.equal('password');
    expect(text(element)).to.contain('Willkommen, Erika Mustermann!');
    expect(document.activeElement, 'a page load does not move focus').to.not.equal(
      part(element, 'heading'),
    );
  });

  it('without an answer from the server, starts where this browser knows', async () => {
    const fresh = await register({ registration: { error: 'NETWORK' } });
    expect(fresh.element.getAttribute('step')).to.equal('identify');
    expect(part(fresh.element, 'error-summary')).to.equal(null);
    localStorage.setItem(letterKey, String(Date.now()));
    const returning = await register({ registration: { error: 'NETWORK' } });
    expect(returning.element.getAttribute('step')).to.equal('activate');
  });

  it('opened from the QR code on another device, fills in the code and removes it from the address', async () => {
    const restore = openWithFragment('code=k7qm-x4tp-9whr');
    try {
      const { client, element } = await register();
      expect(location.hash, 'not bookmarked or shared').to.equal('');
      expect(element.getAttribute('step')).to.equal('activate');
      expect(input(element, 'code').value).to.equal('K7QM-X4TP-9WHR');
      expect(text(part(element, 'note'))).to.equal(
        'Der Aktivierungscode aus Ihrem Brief ist schon eingetragen. Geben Sie noch Ihre Versichertennummer ein.',
      );
      expect(client.callsTo('registration')).to.have.length(0);
      expect(headingText(element)).to.equal('Schritt 2 von 5 Aktivierungscode eingeben');
    } finally {
      restore();
    }
  });

  it('keeps other parts of the fragment', async () => {
    const restore = openWithFragment('code=K7QMX4TP9WHR&from=letter');
    try {
      await register();
      expect(location.hash).to.equal('#from=letter');
    } finally {
      restore();
    }
  });
});

describe('pk-register: where its client comes from', () => {
  it('uses the client of the enclosing <pk-portal>', async () => {
    const client = new FakeRegisterClient();
    const portal = await fixture(
      html`<pk-portal .client=${client}><pk-register></pk-register></pk-portal>`,
    );
    const element = portal.querySelector('pk-register')!;
    await settle(element);
    expect(element.getAttribute('step')).to.equal('identify');
    await afterPaint();
    expect(client.callsTo('registration')).to.have.length(1);
  });

  it('standalone, sends its requests below its api attribute', async () => {
    const requests: string[] = [];
    const original = window.fetch;
    window.fetch = async (url, init) => {
      requests.push(`${init?.method} ${String(url)}`);
      const body = String(url).endsWith('/identify')
        ? { letter: 'requested' }
        : { activated: false };
      return new Response(JSON.stringify(body), {
        headers: { 'Content-Type': 'application/json' },
      });
    };
    try {
      const element = await fixture<PkRegister>(
        html`<pk-register api="/kasse/portal"></pk-register>`,
      );
      await until(element, 'idle');
      // The question where to resume goes out once the first step is painted.
      while (requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      for (const [name, value] of Object.entries(member)) {
        input(element, name).value = value;
      }
      part<HTMLButtonElement>(element, 'submit')!.click();
      await until(element, 'success');
      expect(requests).to.deep.equal([
        'GET /kasse/portal/register',
        'POST /kasse/portal/register/identify',
      ]);
    } finally {
      window.fetch = original;
    }
  });
});
