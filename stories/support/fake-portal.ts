import { html, type TemplateResult } from 'lit';
import '@portalkit/elements';
import type { FakeClient } from '@portalkit/elements/testing';

/**
 * A `<pk-portal>` with an element's fake client injected: every state can be shown without a
 * server, through the same path a site uses (context), without touching element internals.
 */
export function fakePortal(content: TemplateResult, client: FakeClient): TemplateResult {
  return html`<pk-portal .client=${client}>${content}</pk-portal>`;
}

/** The same story with the English toolbar setting. */
export function english<S extends { name?: string; globals?: Record<string, unknown> }>(story: S): S {
  return {
    ...story,
    ...(story.name ? { name: `${story.name}, English` } : {}),
    globals: { ...story.globals, locale: 'en' },
  };
}
