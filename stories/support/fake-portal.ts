import { html, type TemplateResult } from 'lit';
import '../../packages/elements/src/index.js';
import {
  FakeClient,
  type FakeClientOptions,
} from '../../packages/elements/src/test-support/fake-client.js';

export { FakeClient, type FakeClientOptions };

/**
 * A `<pk-portal>` with the elements' fake client injected: every state can be shown without a
 * server, through the same path a site uses (context), without touching element internals.
 */
export function fakePortal(
  content: TemplateResult,
  options: Partial<FakeClientOptions> = {},
): TemplateResult {
  const client = new FakeClient(options);
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
