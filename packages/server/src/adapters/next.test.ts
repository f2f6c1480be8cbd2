import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { describe, test } from 'node:test';
import type { Portal } from '../portal.js';
import { createHarness, origin, type Harness } from '../testing/harness.js';
import { adapterContract, listenOnLoopback, type Served } from './adapter.contract.js';
import { toNextHandler, type NextHandlerOptions } from './next.js';
import { toFetchRequest, writeResponse } from './node-http.js';

/**
 * `app/portal/[...path]/route.ts` under a server that prepares requests as Next's own does
 * (`handleRequestImpl` in next/src/server/base-server.ts): the `x-forwarded-*` headers are set
 * only where the request has none, X-Forwarded-For from the socket's peer; the route handler gets
 * a Fetch `Request` with the full URL, every header and the body as a stream.
 */
function nextStart(portal: Portal): Promise<Served> {
  const route: Record<string, (request: Request) => Promise<Response>> = toNextHandler(portal);
  const server = createServer(async (req, res) => {
    const incoming = toFetchRequest(req);
    const headers = new Headers(incoming.headers);
    const forwarded = {
      'x-forwarded-host': req.headers.host ?? 'localhost',
      'x-forwarded-port': String(req.socket.localPort),
      'x-forwarded-proto': 'http',
      'x-forwarded-for': req.socket.remoteAddress ?? '',
    };
    for (const [name, value] of Object.entries(forwarded)) {
      if (!headers.has(name)) headers.set(name, value);
    }
    const request = new Request(incoming, { headers });
    const handler = route[req.method ?? ''];
    const matches = new URL(request.url).pathname.startsWith('/portal/');
    const response = !matches
      ? new Response(null, { status: 404 })
      : handler
        ? await handler(request)
        : new Response(null, { status: 405 });
    await writeResponse(res, response);
  });
  return listenOnLoopback(server);
}

/** A failed sign-in as the route handler receives it behind a proxy. */
function failedSignIn(forwardedFor: string | null, n: number, extra: Record<string, string> = {}) {
  const headers = new Headers({ 'Content-Type': 'application/json', Origin: origin, ...extra });
  if (forwardedFor !== null) headers.set('X-Forwarded-For', forwardedFor);
  return new Request('https://portal.example/portal/login/password', {
    method: 'POST',
    headers,
    body: JSON.stringify({ identifier: `probe${n}@example.de`, password: 'x' }),
  });
}

async function statuses(
  h: Harness,
  options: NextHandlerOptions,
  requests: Request[],
): Promise<number[]> {
  const { POST } = toNextHandler(h.portal, options);
  const result: number[] = [];
  for (const request of requests) result.push((await POST(request)).status);
  return result;
}

describe('Next.js route handler', () => {
  adapterContract({ serve: nextStart });

  test('counts the last X-Forwarded-For entry, not what a client writes in front', async () => {
    const h = createHarness({ throttle: { maxFailuresPerClient: 2 } });
    const result = await statuses(h, {}, [
      failedSignIn('198.51.100.7', 1),
      failedSignIn('203.0.113.9, 198.51.100.7', 2),
      failedSignIn('5.6.7.8,198.51.100.7', 3),
      failedSignIn('198.51.100.8', 4),
    ]);
    assert.deepEqual(result, [401, 401, 429, 401]);
  });

  test('behind trusted proxies, counts the client in front of them', async () => {
    // A CDN (10.0.0.0/8) in front of the proxy that appends the last entry.
    const h = createHarness({
      trustedProxies: ['10.0.0.0/8'],
      throttle: { maxFailuresPerClient: 2 },
    });
    const result = await statuses(h, {}, [
      failedSignIn('198.51.100.7, 10.1.1.1', 1),
      failedSignIn('1.2.3.4, 198.51.100.7, 10.2.2.2', 2),
      failedSignIn('198.51.100.7, 10.1.1.1', 3),
      failedSignIn('203.0.113.4, 10.1.1.1', 4),
    ]);
    assert.deepEqual(result, [401, 401, 429, 401]);
  });

  test('reads the address where the clientAddress option says', async () => {
    const h = createHarness({ throttle: { maxFailuresPerClient: 1 } });
    const options = {
      clientAddress: (r: Request) => r.headers.get('CF-Connecting-IP') ?? undefined,
    };
    const result = await statuses(h, options, [
      failedSignIn('1.1.1.1', 1, { 'CF-Connecting-IP': '198.51.100.7' }),
      failedSignIn('2.2.2.2', 2, { 'CF-Connecting-IP': '198.51.100.7' }),
      failedSignIn('3.3.3.3', 3, { 'CF-Connecting-IP': '198.51.100.8' }),
    ]);
    assert.deepEqual(result, [401, 429, 401]);
  });

  test('without X-Forwarded-For, warns that requests come without a client address', async () => {
    const h = createHarness();
    assert.deepEqual(await statuses(h, {}, [failedSignIn(null, 1)]), [401]);
    assert.equal(h.logs.filter((line) => line.event === 'client.address.missing').length, 1);
  });

  test('given a function, opens the portal on the first request, once, and again after a failure', async () => {
    const h = createHarness();
    let calls = 0;
    const { GET, POST } = toNextHandler(async () => {
      calls++;
      if (calls === 1) throw new Error('database not reachable');
      return h.portal;
    });
    assert.equal(calls, 0, 'nothing is opened when the route module loads');
    await assert.rejects(GET(new Request('https://portal.example/portal/session')), /not reachable/);
    const answers = await Promise.all([
      GET(new Request('https://portal.example/portal/session')),
      POST(failedSignIn('198.51.100.7', 1)),
    ]);
    assert.deepEqual(answers.map((r) => r.status), [200, 401]);
    await GET(new Request('https://portal.example/portal/session'));
    assert.equal(calls, 2);
  });
});
