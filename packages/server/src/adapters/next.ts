import type { Portal } from '../portal.js';

export interface NextHandlerOptions {
  /**
   * Reads the client's address from a request, for platforms that put it elsewhere than
   * X-Forwarded-For. Default: the last X-Forwarded-For entry, as described on `toNextHandler`.
   */
  clientAddress?: (request: Request) => string | undefined;
}

type RouteHandler = (request: Request) => Promise<Response>;

/** A portal, or a function that opens one (called once, on the first request). */
export type PortalSource = Portal | (() => Portal | Promise<Portal>);

/**
 * Route handlers for a portal in the Next.js App Router, in `app/portal/[...path]/route.ts`
 * (the folder is the portal's `basePath`):
 *
 * ```ts
 * import { toNextHandler } from '@portalkit/server/next';
 * import { openPortal } from '@/lib/portal';
 *
 * export const { GET, POST } = toNextHandler(openPortal);
 * ```
 *
 * Given a function, the handlers open the portal (and its database) on the first request, not
 * when `next build` loads the module to collect its routes.
 *
 * A route handler sees no socket, so the client's address comes from X-Forwarded-For: its last
 * entry, the address the hop in front of Next saw. Next's own server (`next start`, `next dev`)
 * sets X-Forwarded-For to the socket's peer only when the request has none, and keeps one the
 * client sent (`x-forwarded-for ??= socket.remoteAddress` in Next's base server). So the address
 * is the client's own, and per-client throttling holds, when every request reaches Next through
 * something that overwrites or appends X-Forwarded-For: Vercel (it overwrites the header), or a
 * proxy such as nginx with `$proxy_add_x_forwarded_for`, Caddy, or a cloud load balancer, with
 * Next's port closed to everyone else. A client that reaches `next start` directly can name any
 * address and so escape the per-client limits (the per-identifier limits still hold).
 *
 * The entries before the last are passed on as X-Forwarded-For, so the portal's `trustedProxies`
 * names the proxies in front of that hop: with a CDN in front of nginx, `trustedProxies: 1` or
 * the CDN's ranges.
 */
export function toNextHandler(
  source: PortalSource,
  options: NextHandlerOptions = {},
): { GET: RouteHandler; POST: RouteHandler } {
  const open = typeof source === 'function' ? source : () => source;
  let opened: Promise<Portal> | undefined;
  const handler: RouteHandler = async (request) => {
    // A failed opening is not kept: the next request tries again.
    opened ??= Promise.resolve(open()).catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    const portal = await opened;
    if (options.clientAddress) {
      return portal.handle(request, { clientAddress: options.clientAddress(request) });
    }
    const chain = request.headers.get('X-Forwarded-For')?.split(',') ?? [];
    const last = chain.pop()?.trim();
    if (last === undefined) return portal.handle(request);
    const headers = new Headers(request.headers);
    if (chain.length > 0) headers.set('X-Forwarded-For', chain.join(','));
    else headers.delete('X-Forwarded-For');
    return portal.handle(new Request(request, { headers }), { clientAddress: last });
  };
  return { GET: handler, POST: handler };
}
