import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createClient } from '../client/http-client.js';
import type { PortalClient } from '../client/portal-client.js';
import { portalContext } from '../portal/portal-context.js';

export type ClientHost = ReactiveControllerHost &
  HTMLElement & { client?: PortalClient | undefined; api?: string | undefined };

export interface ClientControllerOptions {
  /** A client became the element's client (first render, reconnect, or a new client/api/portal). */
  attached?: (client: PortalClient) => void;
  /** The element stopped using a client (disconnect, or replaced by another one). */
  detached?: (client: PortalClient) => void;
}

/** Base path of the server helper when nothing else is configured. */
const defaultApi = '/portal';

/**
 * Finds the element's client: its `client` property, else the enclosing `<pk-portal>`'s (context),
 * else one built from its `api` attribute. Tells the element after render when that client changes,
 * so work that needs the rendered form (passkey autofill) starts at the right time.
 */
export class ClientController implements ReactiveController {
  readonly #host: ClientHost;
  readonly #options: ClientControllerOptions;
  readonly #portal: ContextConsumer<typeof portalContext, ClientHost>;
  #built?: { api: string; client: PortalClient };
  #attached?: PortalClient;
  #waiting = false;

  constructor(host: ClientHost, options: ClientControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    this.#portal = new ContextConsumer(host, { context: portalContext, subscribe: true });
    host.addController(this);
  }

  get client(): PortalClient {
    const host = this.#host;
    if (host.client) return host.client;
    if (!host.api && this.#portal.value) return this.#portal.value.client;
    const api = host.api || defaultApi;
    if (this.#built?.api !== api) this.#built = { api, client: createClient({ api }) };
    return this.#built.client;
  }

  hostConnected(): void {
    // A reconnected element renders nothing new by itself but must attach its client again.
    this.#host.requestUpdate();
    // Inside a <pk-portal> whose definition loads after this element's, the context request went
    // unanswered: ask again once the portal exists, and attach no client before that.
    if (!this.#host.client && !customElements.get('pk-portal') && this.#host.closest('pk-portal')) {
      this.#waiting = true;
      void customElements.whenDefined('pk-portal').then(() => {
        this.#waiting = false;
        if (!this.#host.isConnected) return;
        this.#portal.hostConnected();
        this.#host.requestUpdate();
      });
    }
  }

  hostUpdated(): void {
    if (this.#waiting) return;
    const client = this.client;
    if (client === this.#attached) return;
    const previous = this.#attached;
    this.#attached = client;
    if (previous) this.#options.detached?.(previous);
    // After this update cycle, so state the host sets in response starts a new one.
    void Promise.resolve().then(() => {
      if (this.#attached === client) this.#options.attached?.(client);
    });
  }

  hostDisconnected(): void {
    const previous = this.#attached;
    this.#attached = undefined;
    if (previous) this.#options.detached?.(previous);
  }
}
