import { ContextProvider } from '@lit/context';
import { css, ReactiveElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { createClient } from '../client/http-client.js';
import type { PortalClient } from '../client/portal-client.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { adoptStyles } from '../styles/adopt.js';
import { portalContext, type PortalContextValue } from './portal-context.js';

const styles = css`
  :where(pk-portal) {
    display: contents;
  }
`;

/**
 * @summary Optional provider: gives the Portalkit elements inside it one client (API base URL)
 * and the language, so a page configures them once.
 *
 * Renders nothing itself; its children stay where they are.
 */
export class PkPortal extends ReactiveElement {
  /** Base URL the server helper is mounted under. */
  @property() api = '/portal';

  /** A client to use instead of one built from `api` (stories, tests, custom transports). */
  @property({ attribute: false }) client?: PortalClient;

  #builtClient?: { api: string; client: PortalClient };
  readonly #localize = new LocalizeController(this);
  readonly #provider = new ContextProvider(this, { context: portalContext });

  // No shadow root: one without a slot would hide the children from the page.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    // Children ask for the context while they connect, before this element's first update.
    this.#provide();
    super.connectedCallback();
    adoptStyles(this, [styles]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#provide();
  }

  #provide(): void {
    const client = this.client ?? this.#clientFor(this.api);
    const locale = this.#localize.resolve();
    const current = this.#provider.value as PortalContextValue | undefined;
    if (current?.client !== client || current.locale !== locale) {
      this.#provider.setValue({ client, locale });
    }
  }

  #clientFor(api: string): PortalClient {
    if (this.#builtClient?.api !== api) this.#builtClient = { api, client: createClient({ api }) };
    return this.#builtClient.client;
  }
}
