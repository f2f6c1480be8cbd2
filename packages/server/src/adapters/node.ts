import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { Portal } from '../portal.js';

/**
 * Mounts a portal on Node's `http`/`https` server, or in Express (where a mounted router's
 * `originalUrl` keeps the full path). The URL is rebuilt from the Host header; the client address
 * is the socket's peer, so behind a proxy call `portal.handle` yourself with the forwarded one.
 */
export function toNodeHandler(
  portal: Portal,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    try {
      const protocol = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
      const path =
        (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
      const url = new URL(path, `${protocol}://${req.headers.host ?? 'localhost'}`);
      const headers = new Headers();
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i];
        const value = req.rawHeaders[i + 1];
        if (name !== undefined && value !== undefined && !name.startsWith(':'))
          headers.append(name, value);
      }
      const method = req.method ?? 'GET';
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const request = new Request(url, {
        method,
        headers,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
        duplex: 'half',
      } as RequestInit);
      const response = await portal.handle(request, { clientAddress: req.socket.remoteAddress });
      res.statusCode = response.status;
      for (const [name, value] of response.headers) {
        if (name !== 'set-cookie') res.setHeader(name, value);
      }
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
      if (response.body) {
        for await (const chunk of response.body) res.write(chunk);
      }
      res.end();
    } catch {
      // A malformed Host header or a client that hung up: nothing worth a stack trace.
      if (!res.headersSent) res.statusCode = 400;
      res.end();
    }
  };
}
