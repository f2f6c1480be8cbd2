import { readFile } from 'node:fs/promises';
import {
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  /** The port to listen on (one chosen beforehand, e.g. to be named in the portal's origins). */
  port?: number;
  /**
   * Where `/portal/*` goes, as a site's reverse proxy or a dev server's proxy sends it: method,
   * headers (cookies, Origin), body, status and `Set-Cookie` pass through unchanged.
   */
  portal?: string;
}

export interface ServedDirectory {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built directory (Storybook's static site, an example app's build) on loopback; with
 * `portal`, it also passes the portal's requests on, so the pages and the API share one origin.
 */
export async function serveDirectory(
  root: string,
  options: ServeOptions = {},
): Promise<ServedDirectory> {
  const portal = options.portal ? new URL(options.portal) : undefined;
  const server: Server = createServer(async (incoming, outgoing) => {
    const { pathname } = new URL(incoming.url ?? '/', 'http://x');
    if (portal && pathname.startsWith('/portal/')) return forward(incoming, outgoing, portal);
    const path = normalize(decodeURIComponent(pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) return void outgoing.writeHead(403).end();
    try {
      const body = await readFile(file);
      outgoing.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      });
      outgoing.end(body);
    } catch {
      outgoing.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function forward(incoming: IncomingMessage, outgoing: ServerResponse, portal: URL): void {
  const upstream = request(
    new URL(incoming.url ?? '/', portal),
    { method: incoming.method, headers: incoming.headers },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    },
  );
  upstream.on('error', () => {
    if (outgoing.headersSent) outgoing.destroy();
    else outgoing.writeHead(502).end();
  });
  incoming.pipe(upstream);
}
