import { createAdaptorServer } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { toHonoHandler } from '@portalkit/server/hono';
import { isMain, openPortal } from './portal.js';

/** The insurer's site on Hono (here on Node; on Bun or Deno, read the address their way). */
export function createSite(portal) {
  const app = new Hono();
  app.all('/portal/*', toHonoHandler(portal, (c) => getConnInfo(c).remote.address));
  return createAdaptorServer({ fetch: app.fetch });
}

if (isMain(import.meta.url)) {
  createSite(await openPortal()).listen(Number(process.env.PORT ?? 3000));
}
