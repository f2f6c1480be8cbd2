import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { transport, type Transport } from '../client/transport.js';
import { portalContext } from '../portal/portal-context.js';

export type ClientHost<C> = ReactiveControllerHost &
  HTMLElement & { client?: C | undefined; api?: string | undefined };

export interface ClientControllerOptions<C> {
  /** Builds the element's part of the client (its flow) over a transport to the api. */
  build: (request: Transport) => C;
  /** A client became the element's client (first render, reconnect, or a new client/api/portal). */
  attached?: (client: C) => void;
  /** The element stopped using a client (disconnect, or replaced by another one). */
  detached?: (client: C) => void;
}

/** Base path of the server helper when nothing else is configured. */
const defaultApi = '/portal';

/**
 * Finds the element's client: its `client` property, else the enclosing `<pk-portal>`'s client
 * (context), else one built for the element's flow from its `api` attribute or the portal's.
 * Tells the element after render when that client changes, so work that needs the rendered form
 * (passkey autofill) starts at the right time.
 */
export class ClientController<C> implements ReactiveController {
  readonly #host: ClientHost<C>;
  readonly #options: ClientControllerOptions<C>;
  readonly #portal: ContextConsumer<typeof portalContext, ClientHost<C>>;
  #built?: { api: string; client: C };
  #attached?: C;
  #waiting = false;

  constructor(host: ClientHost<C>, options: ClientControllerOptions<C>) {
    this.#host = host;
    this.#options = options;
    this.#portal = new ContextConsumer(host, { context: portalContext, subscribe: true });
    host.addController(this);
  }

  get client(): C {
    const { client, api } = this.#host;
    const portal = this.#portal.value;
    if (client) return client;
    if (!api && portal?.client) return portal.client as C;
    const base = api || portal?.api || defaultApi;
    if (this.#built?.api !== base) {
      this.#built = { api: base, client: this.#options.build(transport({ api: base })) };
    }
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
