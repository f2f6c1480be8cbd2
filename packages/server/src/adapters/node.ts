import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Portal } from '../portal.js';
import { serveNodeRequest } from './node-http.js';

/**
 * Mounts a portal on Node's `http`/`https` server. The URL is rebuilt from the Host header; the
 * client address is the socket's peer (behind a proxy, set the portal's `trustedProxies`).
 *
 * ```ts
 * import { createServer } from 'node:http';
 * import { toNodeHandler } from '@portalkit/server/node';
 *
 * createServer(toNodeHandler(portal)).listen(3000);
 * ```
 */
export function toNodeHandler(
  portal: Portal,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return (req, res) => serveNodeRequest(portal, req, res);
}
