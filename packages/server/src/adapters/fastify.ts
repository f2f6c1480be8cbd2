import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Portal } from '../portal.js';
import { serveNodeRequest } from './node-http.js';

/** The part of a Fastify 5 instance the plugin uses. */
export interface FastifyInstanceLike {
  removeAllContentTypeParsers(): void;
  addContentTypeParser(
    contentType: string,
    parser: (request: unknown, payload: unknown, done: (error: null) => void) => void,
  ): void;
  all(
    path: string,
    handler: (
      request: { raw: IncomingMessage },
      reply: { raw: ServerResponse; hijack(): unknown },
    ) => Promise<void>,
  ): unknown;
}

/**
 * A Fastify 5 plugin for a portal, registered with the portal's `basePath` as prefix. Inside its
 * own encapsulated context it removes Fastify's body parsers and accepts every content type
 * unread, so the body reaches the portal as sent (the portal checks the content type and limits
 * the size itself); the site's other routes keep their parsers. The client address is the
 * socket's peer; Fastify's `trustProxy` does not apply, the portal's `trustedProxies` does.
 *
 * ```ts
 * import Fastify from 'fastify';
 * import { toFastifyPlugin } from '@portalkit/server/fastify';
 *
 * const app = Fastify();
 * await app.register(toFastifyPlugin(portal), { prefix: '/portal' });
 * ```
 */
export function toFastifyPlugin(portal: Portal): (instance: FastifyInstanceLike) => Promise<void> {
  return async (instance) => {
    instance.removeAllContentTypeParsers();
    instance.addContentTypeParser('*', (_request, _payload, done) => done(null));
    instance.all('/*', async (request, reply) => {
      // The portal writes the answer to the socket; Fastify sends nothing of its own.
      reply.hijack();
      await serveNodeRequest(portal, request.raw, reply.raw);
    });
  };
}
