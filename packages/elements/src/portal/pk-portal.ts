import { ContextProvider } from '@lit/context';
import { css, ReactiveElement, type PropertyValues } from 'lit';
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
 * @summary Optional provider: gives the Portalkit elements inside it their server (the API base
 * URL, or one client) and the language, so a page configures them once.
 *
 * Renders nothing itself; its children stay where they are.
 */
export class PkPortal extends ReactiveElement {
  // Declared here rather than with decorators: the same for Lit, without decorator helpers in every
  // page that loads the element.
  static override properties = {
    api: {},
    client: { attribute: false },
  };

  /** Base URL the server helper is mounted under. */
  api = '/portal';

  /** A client to use instead of ones built from `api` (stories, tests, custom transports). */
  client?: Partial<PortalClient>;

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
    const { client, api } = this;
    const locale = this.#localize.resolve();
    const current = this.#provider.value as PortalContextValue | undefined;
    if (current?.client !== client || current?.api !== api || current?.locale !== locale) {
      this.#provider.setValue({ client, api, locale });
    }
  }
}
