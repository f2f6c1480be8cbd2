import type { ServerResponse } from 'node:http';
import type { Portal } from '../portal.js';
import { bodyAlreadyRead } from './body-already-read.js';
import { serveNodeRequest, writeResponse, type NodeRequest } from './node-http.js';

/** What a body parser leaves on a request: body-parser 1 (Express 4) also sets `_body`. */
type ExpressRequest = NodeRequest & { _body?: boolean };

/**
 * Mounts a portal in Express 4 or 5, under a path prefix equal to the portal's `basePath`. Mount
 * it before any body parser (`express.json()`, `express.urlencoded()`, multer): the portal reads
 * and limits the body itself, and a body already read is answered with a 500 that says so (and
 * an error line in the portal's log). The client address is the socket's peer; Express's
 * `trust proxy` setting does not apply, the portal's `trustedProxies` does.
 *
 * ```ts
 * import express from 'express';
 * import { toExpressMiddleware } from '@portalkit/server/express';
 *
 * const app = express();
 * app.use('/portal', toExpressMiddleware(portal)); // a prefix: no '/portal/*'
 * app.use(express.json()); // the site's own routes, after the portal
 * ```
 */
export function toExpressMiddleware(
  portal: Portal,
): (req: ExpressRequest, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (req.readableEnded || req._body === true) {
      const advice = 'mount the portal before body parsers (express.json(), multer, ...)';
      return writeResponse(res, bodyAlreadyRead(portal, advice));
    }
    return serveNodeRequest(portal, req, res);
  };
}
