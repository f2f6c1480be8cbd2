import { html, type TemplateResult } from 'lit';
import '@portalkit/elements';
import type { PortalClient } from '@portalkit/elements';
import type { FakeClient } from '@portalkit/elements/testing';

/**
 * A `<pk-portal>` with an element's fake client injected: every state can be shown without a
 * server, through the same path a site uses (context), without touching element internals.
 */
export function fakePortal(content: TemplateResult, client: Partial<PortalClient>): TemplateResult {
  return html`<pk-portal .client=${client}>${content}</pk-portal>`;
}

/** The browser has not yet said whether it supports passkeys (it answers asynchronously). */
export function supportPending<C extends FakeClient>(client: C): C {
  client.passkeySupport = () => new Promise(() => {});
  return client;
}

/**
 * One client made of several elements' fakes, as one portal client serves every element on a
 * page: each method comes from the first fake that has it.
 */
export function combined(...fakes: FakeClient[]): Partial<PortalClient> {
  const client: Record<string, unknown> = {};
  for (const fake of fakes) {
    for (let proto = Object.getPrototypeOf(fake); proto && proto !== Object.prototype;) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        const method: unknown = Reflect.get(fake, name);
        if (name !== 'constructor' && !(name in client) && typeof method === 'function') {
          client[name] = method.bind(fake);
        }
      }
      proto = Object.getPrototypeOf(proto);
    }
  }
  return client as Partial<PortalClient>;
}

/**
 * `userEvent.type` options: every key at once, without a pause between keys. A story shows the
 * state the typing leads to, and the story test runs each play in every language and theme.
 */
export const typed = { delay: null };
