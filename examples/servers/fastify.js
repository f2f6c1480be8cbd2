import Fastify from 'fastify';
import { toFastifyPlugin } from '@portalkit/server/fastify';
import { isMain, openPortal } from './portal.js';

/** The insurer's site on Fastify 5: the plugin keeps Fastify's body parsers away from the portal. */
export async function createSite(portal) {
  const app = Fastify();
  await app.register(toFastifyPlugin(portal), { prefix: '/portal' });
  await app.ready();
  return app.server;
}

if (isMain(import.meta.url)) {
  (await createSite(await openPortal())).listen(Number(process.env.PORT ?? 3000));
}
