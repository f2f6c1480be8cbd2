import { expect, waitUntil } from '@open-wc/testing';
import { render, type LitElement, type TemplateResult } from 'lit';
import type { FakeClient } from './fake-client.js';
import { part, text, type Lang } from './fixtures.js';

export type SuiteElement = LitElement & { state: string; client?: unknown; lang: string };

export interface ElementSuiteOptions<E extends SuiteElement> {
  tag: string;
  /** Renders the element with a fresh fake client (inside a wrapper with `lang`). */
  template: (client: FakeClient) => TemplateResult;
  /** Brings the element into each of its states, starting from `template` in `lang`. */
  states: Record<E['state'], (lang: Lang) => Promise<E>>;
  /** The state in which the element shows the most: parts, texts, properties are checked there. */
  richest: E['state'];
  /** Parts the element has in its richest state. */
  parts: string[];
  /** A text shown in the richest state, per language. */
  text: Record<Lang, string>;
  /** A fake client whose calls never settle: the element stays in its first state. */
  pendingClient: () => FakeClient;
  /** Drives the element to fire its success event / error event. */
  success: (lang: Lang) => Promise<E>;
  /** The success event's name when it is not `<tag>-success` (`pk-register-complete`). */
  successEvent?: string;
  /** The error event's name when it is not `<tag>-error` (`pk-approval-error`). */
  errorEvent?: string;
  error: (lang: Lang) => Promise<E>;
  /** Sets a reactive property and returns a text that must then appear. */
  changeProperty: (element: E) => string;
}

/** axe with the WCAG 2.0–2.2 A/AA rules (UX.md); `region` needs a whole page, not a fixture. */
export async function expectAccessible(element: Element): Promise<void> {
  await expect(element).to.be.accessible({ ignoredRules: ['region'] });
}

/**
 * Behaviour every Portalkit element shares (STYLE.md): accessible in every state and language,
 * states reflected, events that bubble out of shadow roots, de/en switching, stable parts, a
 * status region from the first render, no `<style>` elements, reactive properties that work.
 */
export function runElementSuite<E extends SuiteElement>(options: ElementSuiteOptions<E>): void {
  const states = Object.entries(options.states) as [E['state'], (lang: Lang) => Promise<E>][];

  describe(`${options.tag}: shared element behaviour`, () => {
    for (const lang of ['de', 'en'] as const) {
      for (const [state, reach] of states) {
        it(`is accessible in state ${state} (${lang})`, async () => {
          const element = await reach(lang);
          expect(element.state).to.equal(state);
          expect(element.getAttribute('state')).to.equal(state);
          await expectAccessible(element);
        });
      }
    }

    it('renders a polite status region with its first render', async () => {
      const element = document.createElement(options.tag) as E;
      element.client = options.pendingClient();
      document.body.append(element);
      try {
        await element.updateComplete;
        const status = part(element, 'status');
        expect(status, 'status region').to.exist;
        expect(status!.getAttribute('role')).to.equal('status');
      } finally {
        element.remove();
      }
    });

    it('exposes its stable parts', async () => {
      const element = await options.states[options.richest]('de');
      for (const name of options.parts) {
        expect(part(element, name), `part ${name}`).to.exist;
      }
    });

    it('creates no <style> elements (works under a strict CSP)', async () => {
      const before = document.querySelectorAll('style').length;
      for (const [, reach] of states) {
        const element = await reach('de');
        expect(element.querySelectorAll('style')).to.have.length(0);
      }
      expect(document.querySelectorAll('style')).to.have.length(before);
      const sheets = document.adoptedStyleSheets.length;
      await options.states[states[0]![0]]('de');
      expect(document.adoptedStyleSheets.length, 'adopted once per element kind').to.equal(sheets);
    });

    it('adopts its styles into an enclosing shadow root', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      try {
        const root = host.attachShadow({ mode: 'open' });
        render(options.template(options.pendingClient()), root);
        const element = root.querySelector(options.tag) as E;
        await element.updateComplete;
        expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
        expect(root.querySelectorAll('style')).to.have.length(0);
      } finally {
        host.remove();
      }
    });

    it('updates the DOM when a reactive property is set', async () => {
      const element = await options.states[options.richest]('de');
      const expected = options.changeProperty(element);
      await element.updateComplete;
      expect(text(element)).to.contain(expected);
    });

    it('switches between German and English when lang changes', async () => {
      const element = await options.states[options.richest]('de');
      expect(text(element)).to.contain(options.text.de);
      element.lang = 'en';
      await waitUntil(() => text(element).includes(options.text.en), 'English text');
      element.removeAttribute('lang');
      element.parentElement!.lang = 'en-GB';
      await element.updateComplete;
      expect(text(element)).to.contain(options.text.en);
      element.parentElement!.lang = 'de-DE';
      await waitUntil(() => text(element).includes(options.text.de), 'German text again');
    });

    for (const outcome of ['success', 'error'] as const) {
      const name =
        (outcome === 'success' ? options.successEvent : options.errorEvent) ??
        `${options.tag}-${outcome}`;
      it(`fires ${name} that bubbles out of shadow roots`, async () => {
        const events: Event[] = [];
        const listener = (event: Event) => events.push(event);
        document.addEventListener(name, listener);
        try {
          await options[outcome]('de');
          await waitUntil(() => events.length > 0, `${outcome} event`);
          const [event] = events as CustomEvent[];
          expect(event!.bubbles).to.equal(true);
          expect(event!.composed).to.equal(true);
          expect(event!.detail).to.be.an('object');
        } finally {
          document.removeEventListener(name, listener);
        }
      });
    }
  });
}
