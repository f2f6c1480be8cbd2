import { expect } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { expectAccessible, runElementSuite, type SuiteElement } from './element-suite.js';
import type { FakeClient, Outcome } from './fake-client.js';
import { until, type Lang } from './fixtures.js';
import type { ProtectedFormFixtures } from './protected-form-fixtures.js';
import { press } from './step-fixtures.js';

/** A step and state, and how a test reaches them in a language. */
export type StepCase<E> = [
  step: string | null,
  state: string,
  reach: (lang: Lang) => Promise<{ element: E }>,
];

export interface ProtectedFormSuiteOptions<E extends SuiteElement, O> {
  tag: string;
  /** The form's fake client class (`FakeAddressChangeClient`). */
  fake: new (options?: Partial<O>) => FakeClient;
  /** The form's fixtures (`protectedFormFixtures`). */
  fixtures: ProtectedFormFixtures<O, { element: E }>;
  /** The fake's answers that load what is on file and send the change (`currentAddress`). */
  load: keyof O & string;
  send: keyof O & string;
  /** A text of the form step, per language. */
  text: Record<Lang, string>;
  /** Sets a reactive property and returns a text that must then appear. */
  changeProperty: (element: E) => string;
  /** The form's own steps and states, checked for accessibility with every protected form's. */
  moreSteps?: StepCase<E>[];
}

/**
 * Behaviour every protected form shares (`ProtectedForm`): the shared element suite over its
 * states (loading what is on file, the form, the review sent, approved), and every step in every
 * state accessible in both languages, the `step` attribute naming it.
 */
export function runProtectedFormSuite<E extends SuiteElement, O>(
  options: ProtectedFormSuiteOptions<E, O>,
): void {
  const { tag, fixtures } = options;
  const { mount, sent, approved } = fixtures;
  const answer = (key: keyof O & string, outcome: Outcome<unknown>) =>
    ({ [key]: outcome }) as Partial<O>;
  const element = async (reached: Promise<{ element: E }>) => (await reached).element;

  runElementSuite<E>({
    tag,
    template: (client) => html`<${unsafeStatic(tag)} .client=${client}></${unsafeStatic(tag)}>`,
    pendingClient: () => new options.fake(answer(options.load, 'hang')),
    states: {
      loading: (lang) => element(mount(answer(options.load, 'hang'), lang)),
      idle: (lang) => element(mount({}, lang)),
      busy: (lang) => element(sent(answer(options.send, 'hang'), lang)),
      error: async (lang) => {
        const { element } = await mount({}, lang);
        await press(element, 'submit');
        return element;
      },
      success: (lang) => element(approved({}, lang)),
    } as Record<E['state'], (lang: Lang) => Promise<E>>,
    richest: 'error',
    parts: [
      'step',
      'form',
      'heading',
      'current',
      'field',
      'label',
      'hint',
      'input',
      'error',
      'error-summary',
      'submit',
      'status',
    ],
    text: options.text,
    success: (lang) => element(approved({}, lang)),
    successEvent: `${tag}-complete`,
    error: (lang) => element(mount(answer(options.load, { error: 'NETWORK' }), lang)),
    changeProperty: options.changeProperty,
  });

  describe(`${tag}: protected form`, () => {
    const steps: StepCase<E>[] = [
      [null, 'loading', (lang) => mount(answer(options.load, 'hang'), lang)],
      [null, 'error', (lang) => mount(answer(options.load, { error: 'INTERNAL' }), lang)],
      ['form', 'idle', (lang) => mount({}, lang)],
      ['review', 'idle', (lang) => fixtures.reviewed({}, lang)],
      ['review', 'busy', (lang) => sent(answer(options.send, 'hang'), lang)],
      ...(options.moreSteps ?? []),
      ['approve', 'idle', (lang) => sent({}, lang)],
      ['done', 'success', (lang) => approved({}, lang)],
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
  });
}
