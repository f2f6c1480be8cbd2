import { fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { afterPaint } from '../controllers/after-paint.js';

export type Lang = 'de' | 'en';

/** Renders an element inside a wrapper that sets the page language, as a site would. */
export async function mount<E extends LitElement>(
  template: TemplateResult,
  lang: Lang = 'de',
): Promise<E> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template}</div>`);
  const element = wrapper.firstElementChild as E;
  await element.updateComplete;
  return element;
}

/** Waits until the element reached a state and rendered it. */
export async function until<E extends LitElement & { state: string }>(
  element: E,
  state: string,
): Promise<E> {
  await waitUntil(
    () => element.state === state,
    `state stayed ${element.state}, expected ${state}`,
  );
  await element.updateComplete;
  return element;
}

/**
 * Lets pending fake-client promises settle and the element re-render, after a painted frame: work
 * an element leaves until its first content is painted (`afterPaint`) has started by then.
 */
export async function settle(element: LitElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  await afterPaint();
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

export { part, text } from './dom.js';
