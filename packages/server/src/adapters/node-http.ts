import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { Portal } from '../portal.js';

/** A Node request as frameworks hand it on: Express keeps the mounted path in `originalUrl`. */
export type NodeRequest = IncomingMessage & { originalUrl?: string };

/**
 * The Fetch `Request` for a Node request: the URL rebuilt from the Host header, every header as
 * sent, and the body as an unread stream.
 */
export function toFetchRequest(req: NodeRequest): Request {
  const protocol = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  const host = req.headers.host ?? 'localhost';
  const url = new URL(req.originalUrl ?? req.url ?? '/', `${protocol}://${host}`);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i];
    const value = req.rawHeaders[i + 1];
    // HTTP/2 pseudo-headers (`:path`) are no header fields.
    if (name !== undefined && value !== undefined && !name.startsWith(':')) {
      headers.append(name, value);
    }
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
    duplex: 'half',
  } as RequestInit);
}

/** Writes a Fetch `Response` to a Node response, each cookie in a Set-Cookie header of its own. */
export async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
  if (response.body) {
    // Streamed answers (server-sent events) may last minutes: a client that leaves cancels the
    // body, which stops its source at once rather than at its end.
    const reader = response.body.getReader();
    const stop = () => void reader.cancel().catch(() => {});
    res.on('close', stop);
    try {
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        res.write(next.value);
      }
    } finally {
      res.off('close', stop);
    }
  }
  res.end();
}

/** Answers a Node request with the portal; the client address is the socket's peer. */
export async function serveNodeRequest(
  portal: Portal,
  req: NodeRequest,
  res: ServerResponse,
): Promise<void> {
  try {
    const response = await portal.handle(toFetchRequest(req), {
      clientAddress: req.socket.remoteAddress,
    });
    await writeResponse(res, response);
  } catch {
    // A malformed Host header or a client that hung up: nothing worth a stack trace.
    if (!res.headersSent) res.statusCode = 400;
    res.end();
  }
}
