import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './index.js';
import { FakeClock } from '../test-support/fake-clock.js';
import { expectAccessible, runElementSuite } from '../test-support/element-suite.js';
import { mount, part, settle, text, until } from '../test-support/fixtures.js';
import type { PkSessionExpiredEvent, PkSessionExtendedEvent } from './pk-session-timer.events.js';
import { FakeSessionTimerClient } from './pk-session-timer.fake.js';
import {
  dialog,
  expired,
  headingText,
  loginHref,
  pass,
  stay,
  statusText,
  timer,
  warned,
} from './pk-session-timer.fixtures.js';
import type { PkSessionTimer } from './pk-session-timer.js';

runElementSuite<PkSessionTimer>({
  tag: 'pk-session-timer',
  template: (client) => html`<pk-session-timer .client=${client}></pk-session-timer>`,
  pendingClient: () => new FakeSessionTimerClient({ session: 'hang' }),
  states: {
    idle: async (lang) => (await timer({}, { lang })).element,
    warning: async (lang) => (await warned({}, { lang })).element,
    busy: async (lang) => (await stay({ extendSession: 'hang' }, { lang })).element,
    error: async (lang) => (await stay({ extendSession: { error: 'NETWORK' } }, { lang })).element,
    'signed-out': async (lang) => (await expired({}, { lang })).element,
  },
  richest: 'error',
  parts: [
    'dialog',
    'heading',
    'countdown',
    'countdown-time',
    'intro',
    'dialog-status',
    'error',
    'actions',
    'submit',
    'secondary-action',
    'status',
  ],
  text: { de: 'Sie werden in 2 Minuten abgemeldet', en: 'You will be signed out in 2 minutes' },
  success: async (lang) => (await stay({}, { lang })).element,
  successEvent: 'pk-session-extended',
  error: async (lang) => (await stay({ extendSession: { error: 'NETWORK' } }, { lang })).element,
  errorEvent: 'pk-session-error',
  changeProperty: (element) => {
    element.messages = { 'sessionTimer.signOut': 'Abmelden und schließen' };
    return 'Abmelden und schließen';
  },
});

describe('pk-session-timer', () => {
  it('reads the session once after the first paint and shows nothing while there is time', async () => {
    const { client, element } = await timer();
    expect(client.callsTo('session')).to.have.length(1);
    expect(element.state).to.equal('idle');
    expect(dialog(element).open).to.equal(false);
    expect(text(element)).to.equal('');
    expect(part(element, 'status')!.getAttribute('role')).to.equal('status');
  });

  it('warns 2 minutes before the idle sign-out, after reading the session again', async () => {
    const result = await timer();
    const { client, element } = result;
    await pass(result, 779_000);
    expect(element.state).to.equal('idle');
    expect(client.callsTo('session')).to.have.length(1);
    await pass(result, 1_000);
    await until(element, 'warning');
    expect(client.callsTo('session')).to.have.length(2);
    expect(dialog(element).open).to.equal(true);
    expect(headingText(element)).to.equal('Sie werden in 2 Minuten abgemeldet');
    expect(text(part(element, 'countdown-time'))).to.equal('02:00');
    expect(text(part(element, 'intro'))).to.contain('15 Minuten nicht aktiv');
  });

  it('opens no warning when another request extended the session meanwhile', async () => {
    const result = await timer();
    const { client, element } = result;
    await pass(result, 600_000);
    // A form sent in another tab counts as activity on the server.
    await client.extendSession();
    await pass(result, 180_000);
    expect(element.state).to.equal('idle');
    expect(dialog(element).open).to.equal(false);
    // The new deadline: 600 s + 900 s, warned 2 minutes before.
    await pass(result, 599_000);
    expect(element.state).to.equal('idle');
    await pass(result, 1_000);
    await until(element, 'warning');
  });

  it('opens warn-before seconds ahead, never less than 2 minutes', async () => {
    const early = await timer({}, { warnBefore: 300 });
    await pass(early, 600_000);
    await until(early.element, 'warning');
    expect(headingText(early.element)).to.equal('Sie werden in 5 Minuten abgemeldet');

    const late = await timer({}, { warnBefore: 30 });
    await pass(late, 780_000);
    await until(late.element, 'warning');
    expect(headingText(late.element)).to.equal('Sie werden in 2 Minuten abgemeldet');
  });

  it('moves focus into the dialog and describes it once, with a countdown that is not live', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'Seite';
    document.body.append(outside);
    try {
      outside.focus();
      const { element } = await warned();
      const box = dialog(element);
      expect(document.activeElement).to.equal(part(element, 'submit'));
      expect(text(part(element, 'submit'))).to.equal('Angemeldet bleiben');
      expect(text(document.getElementById(box.getAttribute('aria-labelledby')!))).to.equal(
        'Sie werden in 2 Minuten abgemeldet',
      );
      const described = box.getAttribute('aria-describedby')!.split(' ');
      expect(described).to.include(part(element, 'countdown')!.id);
      expect(part(element, 'countdown-time')!.getAttribute('aria-hidden')).to.equal('true');
      expect(part(element, 'countdown')!.closest('[aria-live], [role=status], [role=alert]')).to
        .be.null;
      expect(text(part(element, 'countdown'))).to.contain('2 Minuten');
      await expectAccessible(element);
    } finally {
      outside.remove();
    }
  });

  it('updates the visible time every second and the time screen readers read every 15 seconds', async () => {
    const result = await warned();
    const { element } = result;
    const spoken = () => text(part(element, 'countdown')!.querySelector('.pk-visually-hidden'));
    await pass(result, 1_000);
    expect(text(part(element, 'countdown-time'))).to.equal('01:59');
    expect(spoken()).to.equal('2 Minuten');
    await pass(result, 14_000);
    expect(text(part(element, 'countdown-time'))).to.equal('01:45');
    expect(spoken()).to.equal('1 Minute und 45 Sekunden');
    await pass(result, 1_000);
    expect(spoken()).to.equal('1 Minute und 45 Sekunden');
  });

  it('sends one request while extending, however often the button is pressed', async () => {
    const { client, element } = await warned({ extendSession: 'hang' });
    part(element, 'submit')!.click();
    part(element, 'submit')!.click();
    await settle(element);
    part(element, 'submit')!.click();
    await settle(element);
    expect(element.state).to.equal('busy');
    expect(text(part(element, 'submit'))).to.equal('Wird verlängert …');
    expect(dialog(element).getAttribute('aria-busy')).to.equal('true');
    expect(client.callsTo('extendSession')).to.have.length(1);
  });

  it('extends and closes: the idle time starts again and the next warning comes 15 minutes on', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      outside.focus();
      const result = await warned();
      const { client, element } = result;
      const event = oneEvent(element, 'pk-session-extended') as Promise<PkSessionExtendedEvent>;
      part(element, 'submit')!.click();
      const { detail } = await event;
      await settle(element);
      expect(detail.idleExpiresIn).to.equal(900);
      expect(client.callsTo('extendSession')).to.have.length(1);
      expect(element.state).to.equal('idle');
      expect(dialog(element).open).to.equal(false);
      expect(statusText(element)).to.equal('Sie bleiben angemeldet.');
      expect(document.activeElement).to.equal(outside);
      await pass(result, 779_000);
      expect(element.state).to.equal('idle');
      await pass(result, 1_000);
      await until(element, 'warning');
    } finally {
      outside.remove();
    }
  });

  it('shows a failed extension in the dialog and tries again', async () => {
    const result = await stay({ extendSession: { error: 'NETWORK' } });
    const { client, element } = result;
    expect(element.state).to.equal('error');
    expect(dialog(element).open).to.equal(true);
    expect(text(part(element, 'dialog-status'))).to.contain('konnte nicht verlängert werden');
    expect(text(part(element, 'submit'))).to.equal('Erneut versuchen');
    expect(document.activeElement).to.equal(part(element, 'submit'));
    client.set({ extendSession: undefined });
    part(element, 'submit')!.click();
    await settle(element);
    await until(element, 'idle');
    expect(client.callsTo('extendSession')).to.have.length(2);
  });

  it('says when the session ends when its absolute limit comes first, and that it cannot be extended', async () => {
    const result = await warned({ absoluteLeft: 600 });
    const { client, clock, element } = result;
    const time = new Intl.DateTimeFormat('de', { hour: 'numeric', minute: '2-digit' }).format(
      new Date(clock.now() + 120_000),
    );
    expect(headingText(element)).to.equal('Sie werden bald abgemeldet');
    expect(text(part(element, 'intro'))).to.contain(
      `Ihre Sitzung endet um ${time} Uhr. Sie kann aus Sicherheitsgründen nicht verlängert werden.`,
    );
    expect(text(part(element, 'submit'))).to.equal('OK');
    expect(text(part(element, 'secondary-action'))).to.equal('Jetzt abmelden');
    await expectAccessible(element);
    part(element, 'submit')!.click();
    await settle(element);
    expect(element.state).to.equal('idle');
    expect(client.callsTo('extendSession')).to.have.length(0);
    // Seen once: it does not open again, and the session ends at its limit.
    await pass(result, 119_000);
    expect(element.state).to.equal('idle');
    const event = oneEvent(element, 'pk-session-expired') as Promise<PkSessionExpiredEvent>;
    await pass(result, 1_000);
    expect((await event).detail.reason).to.equal('absolute');
    await until(element, 'signed-out');
    expect(text(part(element, 'reason'))).to.contain('längste erlaubte Dauer');
  });

  it('signs out when the time runs out, says why, offers to sign in again and fires the event', async () => {
    const result = await warned();
    const { client, element } = result;
    const event = oneEvent(element, 'pk-session-expired') as Promise<PkSessionExpiredEvent>;
    await pass(result, 119_000);
    expect(element.state).to.equal('warning');
    await pass(result, 1_000);
    const { detail, bubbles, composed } = await event;
    expect({ detail, bubbles, composed }).to.deep.equal({
      detail: { reason: 'idle' },
      bubbles: true,
      composed: true,
    });
    await until(element, 'signed-out');
    expect(client.callsTo('logout')).to.have.length(1);
    expect(dialog(element).open).to.equal(false);
    expect(text(part(element, 'reason'))).to.equal(
      'Sie wurden aus Sicherheitsgründen abgemeldet, weil Sie 15 Minuten nicht aktiv waren.',
    );
    const link = part<HTMLAnchorElement>(element, 'login-link')!;
    expect(text(link)).to.equal('Erneut anmelden');
    expect(link.getAttribute('href')).to.equal(loginHref);
    await waitUntil(() => document.activeElement === part(element, 'signed-out'), 'focus moved');
    await expectAccessible(element);
  });

  it('takes the idle minutes from the server, not from the time left at page load', async () => {
    const { element } = await expired({ idleTimeout: 600, idleLeft: 300 });
    expect(text(part(element, 'reason'))).to.contain('weil Sie 10 Minuten nicht aktiv waren');
  });

  it('signs out at once with "Jetzt abmelden"', async () => {
    const { client, element } = await warned();
    const event = oneEvent(element, 'pk-session-expired') as Promise<PkSessionExpiredEvent>;
    part(element, 'secondary-action')!.click();
    expect((await event).detail.reason).to.equal('signed-out');
    await until(element, 'signed-out');
    expect(client.callsTo('logout')).to.have.length(1);
    expect(text(part(element, 'reason'))).to.equal('Ihre Sitzung wurde beendet.');
  });

  it('says the member is signed out when extending finds the session gone', async () => {
    const { client, element } = await stay({ extendSession: { error: 'SESSION_EXPIRED' } });
    await until(element, 'signed-out');
    expect(client.callsTo('logout')).to.have.length(1);
    expect(text(part(element, 'reason'))).to.equal('Ihre Sitzung wurde beendet.');
  });

  it('times nothing on a page without a signed-in member', async () => {
    const result = await timer({ session: { value: { signedIn: false } } });
    await pass(result, 3_600_000);
    expect(result.element.state).to.equal('idle');
    expect(result.client.callsTo('session')).to.have.length(1);
  });

  it('signs out even when /logout fails', async () => {
    const { element } = await expired({ logout: { error: 'NETWORK' } });
    expect(text(part(element, 'reason'))).to.contain('nicht aktiv');
  });

  it('checks the deadline when the tab becomes visible again, as background timers run late', async () => {
    const clock = new FakeClock();
    const client = new FakeSessionTimerClient({ clock });
    // A background tab: time goes on, its timers do not fire.
    const throttled = { now: () => clock.now(), setTimeout: () => 0, clearTimeout: () => {} };
    const element = await mount<PkSessionTimer>(
      html`<pk-session-timer .client=${client} .clock=${throttled} channel="portalkit-throttled">
      </pk-session-timer>`,
    );
    await settle(element);
    clock.tick(800_000);
    await settle(element);
    expect(element.state).to.equal('idle');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(element);
    await until(element, 'warning');
    expect(text(part(element, 'countdown-time'))).to.equal('01:40');
  });

  it('can be used with the keyboard alone, and Escape keeps the member signed in', async () => {
    const { client, element } = await warned();
    expect(document.activeElement).to.equal(part(element, 'submit'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(part(element, 'secondary-action'));
    await sendKeys({ press: 'Shift+Tab' });
    expect(document.activeElement).to.equal(part(element, 'submit'));
    await sendKeys({ press: 'Escape' });
    await settle(element);
    await until(element, 'idle');
    expect(client.callsTo('extendSession')).to.have.length(1);
    expect(client.callsTo('logout')).to.have.length(0);

    const next = await warned();
    await sendKeys({ press: 'Enter' });
    await settle(next.element);
    await until(next.element, 'idle');
    expect(next.client.callsTo('extendSession')).to.have.length(1);

    const last = await warned();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await settle(last.element);
    await until(last.element, 'signed-out');
    expect(document.activeElement).to.equal(part(last.element, 'signed-out'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(part(last.element, 'login-link'));
  });

  describe('two tabs', () => {
    /** Two timers on one server session, each with its own `BroadcastChannel` instance. */
    async function tabs() {
      const clock = new FakeClock();
      const client = new FakeSessionTimerClient({ clock });
      const channel = `portalkit-tabs-${Math.random()}`;
      const first = await timer({}, { client, clock, channel });
      const second = await timer({}, { client, clock, channel });
      clock.tick(780_000);
      await settle(first.element);
      await until(first.element, 'warning');
      await until(second.element, 'warning');
      return { client, clock, first: first.element, second: second.element };
    }

    it('staying signed in in one tab closes the warning in all', async () => {
      const { client, clock, first, second } = await tabs();
      const heard = oneEvent(second, 'pk-session-extended') as Promise<PkSessionExtendedEvent>;
      part(first, 'submit')!.click();
      expect((await heard).detail.idleExpiresIn).to.equal(900);
      await until(second, 'idle');
      await until(first, 'idle');
      expect(client.callsTo('extendSession')).to.have.length(1);
      expect(part<HTMLDialogElement>(second, 'dialog')!.open).to.equal(false);
      // Both rescheduled: the next warning comes 13 minutes on, in both.
      clock.tick(780_000);
      await settle(first);
      await until(first, 'warning');
      await until(second, 'warning');
    });

    it('signing out in one tab signs out all, each saying why', async () => {
      const { client, first, second } = await tabs();
      const heard = oneEvent(second, 'pk-session-expired') as Promise<PkSessionExpiredEvent>;
      part(first, 'secondary-action')!.click();
      expect((await heard).detail.reason).to.equal('signed-out');
      await until(second, 'signed-out');
      await until(first, 'signed-out');
      expect(client.callsTo('logout')).to.have.length(1);
      expect(text(part(second, 'reason'))).to.equal('Ihre Sitzung wurde beendet.');
    });

    it("the site's own sign-out (signOut()) signs out every tab, with no warning shown", async () => {
      const clock = new FakeClock();
      const client = new FakeSessionTimerClient({ clock });
      const channel = `portalkit-tabs-${Math.random()}`;
      const first = (await timer({}, { client, clock, channel })).element;
      const second = (await timer({}, { client, clock, channel })).element;
      const heard = oneEvent(second, 'pk-session-expired') as Promise<PkSessionExpiredEvent>;
      await first.signOut();
      expect(client.callsTo('logout')).to.have.length(1);
      expect((await heard).detail.reason).to.equal('signed-out');
      await until(second, 'signed-out');
      await until(first, 'signed-out');
    });
  });

  it('speaks English', async () => {
    const { element } = await warned({}, { lang: 'en' });
    expect(headingText(element)).to.equal('You will be signed out in 2 minutes');
    expect(text(part(element, 'submit'))).to.equal('Stay signed in');
    expect(text(part(element, 'secondary-action'))).to.equal('Sign out now');
  });
});
