import { createServer } from 'node:http';
import { toNodeHandler } from '@portalkit/server/node';
import { isMain, openPortal } from './portal.js';

/** The insurer's site on Node's own `http`: here only the portal, below `/portal`. */
export function createSite(portal) {
  const portalHandler = toNodeHandler(portal); // passes the socket's address as the client's
  return createServer((request, response) => {
    if (request.url?.startsWith('/portal/')) return portalHandler(request, response);
    response.writeHead(404).end();
  });
}

if (isMain(import.meta.url)) {
  createSite(await openPortal()).listen(Number(process.env.PORT ?? 3000));
}
