// The site's server: its page, the element files from the installed package, and `/portal/*`
// passed on to the portal (the demo's, or the one PORTAL_URL names). Plain Node, no dependencies.
//   PORT=8080 PORTAL_URL=http://localhost:3000 node server.js
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.PORT ?? 8080);
const portal = new URL(process.env.PORTAL_URL ?? 'http://localhost:3000');

const site = fileURLToPath(new URL('.', import.meta.url));
// node_modules/@portalkit/elements/cdn/: the element files and THIRD-PARTY-LICENSES.txt.
const elements = fileURLToPath(
  new URL('.', import.meta.resolve('@portalkit/elements/portalkit.js')),
);

const pages = { '/': join(site, 'index.html'), '/app.js': join(site, 'app.js') };
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
const securityHeaders = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
};

/** `/elements/pk-login.js` → the file of that name in the package's folder, nothing deeper. */
function elementFile(pathname) {
  const name = /^\/elements\/([\w-]+(?:\.[\w-]+)+)$/.exec(pathname)?.[1];
  return name ? join(elements, name) : undefined;
}

// The element files' names carry no version or hash, so a long max-age would keep an old copy
// in members' browsers for that long after an upgrade, talking to a portal that is already
// newer. `no-cache` with an ETag keeps the copy but asks each time: an unchanged file costs a
// 304 without a body. (A site that puts a version in the path can use max-age=31536000, immutable.)
async function sendFile(incoming, outgoing, file) {
  let body;
  try {
    body = await readFile(file);
  } catch {
    return outgoing.writeHead(404, securityHeaders).end();
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { ...securityHeaders, 'Cache-Control': 'no-cache', ETag: etag };
  if (incoming.headers['if-none-match'] === etag) return outgoing.writeHead(304, headers).end();
  headers['Content-Type'] = types[extname(file)] ?? 'application/octet-stream';
  outgoing.writeHead(200, headers).end(incoming.method === 'HEAD' ? undefined : body);
}

// Method, headers (cookies, Origin), body, status and Set-Cookie pass through unchanged. A site
// that runs @portalkit/server in this process hands these requests to it instead
// (examples/servers/node.js).
function forwardToPortal(incoming, outgoing) {
  const upstream = request(
    new URL(incoming.url, portal),
    { method: incoming.method, headers: incoming.headers },
    (answer) => {
      outgoing.writeHead(answer.statusCode, answer.headers);
      answer.pipe(outgoing);
    },
  );
  upstream.on('error', () =>
    outgoing.headersSent ? outgoing.destroy() : outgoing.writeHead(502).end(),
  );
  incoming.pipe(upstream);
}

createServer((incoming, outgoing) => {
  const { pathname } = new URL(incoming.url, 'http://site');
  if (pathname.startsWith('/portal/')) return forwardToPortal(incoming, outgoing);
  const file = pages[pathname] ?? elementFile(pathname);
  if (file && (incoming.method === 'GET' || incoming.method === 'HEAD')) {
    return sendFile(incoming, outgoing, file);
  }
  outgoing.writeHead(404, securityHeaders).end();
}).listen(port, 'localhost', () => {
  console.log(`Example site: http://localhost:${port} (portal: ${portal.origin})`);
});
