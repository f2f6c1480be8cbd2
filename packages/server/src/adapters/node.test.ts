import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createHarness, erika } from '../testing/harness.js';
import { toNodeHandler } from './node.js';

describe('Node adapter', () => {
  let server: Server;
  let base: string;
  let origin: string;
  before(async () => {
    const h = createHarness({
      rp: { id: 'localhost', name: 'Testkasse', origins: ['http://localhost:5173'] },
      throttle: { maxFailuresPerClient: 1 },
    });
    await h.portal.createAccount(erika);
    origin = 'http://localhost:5173';
    server = createServer(toNodeHandler(h.portal));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/portal`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('serves a sign-in over HTTP with headers, cookie and body intact', async () => {
    const response = await fetch(`${base}/login/password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ identifier: erika.email, password: erika.password }),
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    // Each cookie its own Set-Cookie header: the session and the trusted device.
    const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
    assert.deepEqual(
      cookies.map((c) => c.split('=')[0]),
      ['pk_session', 'pk_device'],
    );
    const cookie = cookies[0]!;
    assert.equal((await response.json()).session.method, 'password');
    const session = await fetch(`${base}/session`, { headers: { Cookie: cookie } });
    assert.equal((await session.json()).signedIn, true);
  });

  test('passes the socket address on as the client address', async () => {
    const fail = () =>
      fetch(`${base}/login/password`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin },
        body: JSON.stringify({ identifier: 'probe@example.de', password: 'x' }),
      });
    assert.equal((await fail()).status, 401);
    // The second attempt from the same address meets the per-client limit of one.
    assert.equal((await fail()).status, 429);
  });
});
