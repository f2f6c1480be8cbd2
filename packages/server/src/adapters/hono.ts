// Types only: the published package does not need Hono unless this file is used.
import type { Context } from 'hono';
import type { Portal } from '../portal.js';
import { bodyAlreadyRead } from './body-already-read.js';

/**
 * A Hono handler for a portal, mounted on the portal's `basePath` followed by `/*`. Hono runs on
 * several runtimes and only the runtime knows the peer's address, so `clientAddress` reads it
 * from the context: on Node `getConnInfo` from `@hono/node-server/conninfo`, on Bun or Deno
 * theirs. It is required because a portal without client addresses counts all clients as one
 * (one client's failures then lock everybody out, and no client is throttled on its own).
 * Behind a proxy, still pass the peer and set the portal's `trustedProxies`.
 *
 * ```ts
 * import { Hono } from 'hono';
 * import { getConnInfo } from '@hono/node-server/conninfo';
 * import { toHonoHandler } from '@portalkit/server/hono';
 *
 * const app = new Hono();
 * app.all('/portal/*', toHonoHandler(portal, (c) => getConnInfo(c).remote.address));
 * ```
 */
export function toHonoHandler(
  portal: Portal,
  clientAddress: (c: Context) => string | undefined,
): (c: Context) => Promise<Response> {
  if (typeof clientAddress !== 'function') {
    throw new TypeError(
      'toHonoHandler(portal, clientAddress): pass a function that returns the peer address, ' +
        'e.g. (c) => getConnInfo(c).remote.address',
    );
  }
  return async (c) => {
    if (c.req.raw.bodyUsed) {
      return bodyAlreadyRead(portal, 'do not read the body (c.req.json()) before the portal');
    }
    return portal.handle(c.req.raw, { clientAddress: clientAddress(c) });
  };
}
