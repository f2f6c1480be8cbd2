import { createServer } from 'node:http';
import express from 'express';
import { toExpressMiddleware } from '@portalkit/server/express';
import { isMain, openPortal } from './portal.js';

/** The insurer's site on Express 4 or 5. */
export function createSite(portal) {
  const app = express();
  // A path prefix (no '/portal/*'), and before any body parser: the portal reads the body itself.
  app.use('/portal', toExpressMiddleware(portal));
  app.use(express.json()); // the site's own routes from here on
  return createServer(app);
}

if (isMain(import.meta.url)) {
  createSite(await openPortal()).listen(Number(process.env.PORT ?? 3000));
}
