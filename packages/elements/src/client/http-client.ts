import { flows } from './flows.js';
import type { PortalClient } from './portal-client.js';
import { sessionClient } from './session.js';
import { transport, type TransportOptions } from './transport.js';

export type CreateClientOptions = TransportOptions;

/**
 * The `PortalClient` with the session calls and every loaded flow, for sites that build one
 * client and hand it to `<pk-portal>` or to elements. Elements without one build only the flow
 * they use.
 */
export function createClient(options: CreateClientOptions): PortalClient {
  const request = transport(options);
  return Object.assign(sessionClient(request), ...[...flows].map((flow) => flow(request)));
}
