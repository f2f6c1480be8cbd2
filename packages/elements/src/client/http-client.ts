import { loginClient } from './login.js';
import { passkeysClient } from './passkeys.js';
import type { PortalClient } from './portal-client.js';
import { sessionClient } from './session.js';
import { transport, type TransportOptions } from './transport.js';

export type CreateClientOptions = TransportOptions;

/**
 * The `PortalClient` with every flow, for sites that build one client and hand it to
 * `<pk-portal>` or to elements. Elements without one build only the flow they use.
 */
export function createClient(options: CreateClientOptions): PortalClient {
  const request = transport(options);
  return { ...loginClient(request), ...passkeysClient(request), ...sessionClient(request) };
}
