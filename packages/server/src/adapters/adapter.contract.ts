import assert from 'node:assert/strict';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, test } from 'node:test';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import type { Portal } from '../portal.js';
import { approvals } from '../stores/approvals.js';
import { createHarness, erika, origin, type Harness } from '../testing/harness.js';
import { authenticator } from '../testing/passkeys.js';

/** A portal served over HTTP on a loopback port through the adapter under test. */
export interface Served {
  /** `http://127.0.0.1:<port>`; the portal is below `/portal`. */
  url: string;
  close(): Promise<void>;
}

export interface AdapterContract {
  serve(portal: Portal): Promise<Served>;
}

/** Listens on a free port of 127.0.0.1; closing ends the kept-alive connections too. */
export async function listenOnLoopback(server: Server): Promise<Served> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Per-client limit the suite configures: low, so a few failures reach it. */
const maxFailuresPerClient = 2;

/**
 * A browser on its own loopback address (`127.0.0.2` is another client than `127.0.0.1`):
 * keeps the cookies responses set and sends them back, with the allowed Origin on every POST.
 */
export class LoopbackBrowser {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly url: string,
    private readonly localAddress = '127.0.0.1',
  ) {}

  get(path: string): Promise<Response> {
    return this.send('GET', path);
  }

  post(path: string, body: unknown = {}, headers: Record<string, string> = {}) {
    return this.send('POST', path, JSON.stringify(body), {
      'Content-Type': 'application/json',
      Origin: origin,
      ...headers,
    });
  }

  async send(
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookie) headers = { Cookie: cookie, ...headers };
    const response = await new Promise<Response>((resolve, reject) => {
      const req = httpRequest(
        `${this.url}/portal${path}`,
        { method, headers, localAddress: this.localAddress, agent: false },
        (res) => {
          const received = new Headers();
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            received.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
          }
          const stream = Readable.toWeb(res) as ReadableStream<Uint8Array>;
          resolve(new Response(stream, { status: res.statusCode, headers: received }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const index = pair.indexOf('=');
      if (/;\s*Max-Age=0/i.test(set)) this.cookies.delete(pair.slice(0, index));
      else this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    return response;
  }
}

/**
 * What every adapter must do, over real HTTP: carry method, path, headers, body and each cookie
 * both ways, so a member signs in with a password and with a passkey; and pass the client's
 * address on, so per-client throttling counts each client on its own. Call it inside the
 * adapter's `describe`.
 */
export function adapterContract(c: AdapterContract): void {
  let h: Harness;
  let served: Served;
  let accountId: string;
  beforeEach(async () => {
    h = createHarness({ throttle: { maxFailuresPerClient } });
    ({ accountId } = await h.portal.createAccount(erika));
    served = await c.serve(h.portal);
  });
  afterEach(() => served.close());

  test('signs a member in with a password and reads the session with its cookie', async () => {
    const browser = new LoopbackBrowser(served.url);
    const response = await browser.post('/login/password', {
      identifier: erika.email,
      password: erika.password,
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    // One Set-Cookie header each: the session and the trusted device.
    assert.deepEqual([...browser.cookies.keys()], ['pk_session', 'pk_device']);
    const session = await browser.get('/session');
    assert.equal(session.status, 200);
    const body = await session.json();
    assert.equal(body.signedIn, true);
    assert.equal(body.method, 'password');
  });

  test('signs a member in with a passkey, the ceremony cookie going both ways', async () => {
    const device = authenticator();
    const member = new LoopbackBrowser(served.url);
    await member.post('/login/password', { identifier: erika.email, password: erika.password });
    const creation = await member.post('/passkeys/options');
    assert.equal(creation.status, 200);
    const { options } = (await creation.json()) as {
      options: PublicKeyCredentialCreationOptionsJSON;
    };
    const added = await member.post('/passkeys/verify', {
      credential: await device.register(options),
    });
    assert.equal(added.status, 200);

    const browser = new LoopbackBrowser(served.url);
    const request = await browser.post('/login/passkey/options');
    assert.equal(request.status, 200);
    const { options: requestOptions } = (await request.json()) as {
      options: PublicKeyCredentialRequestOptionsJSON;
    };
    const verified = await browser.post('/login/passkey/verify', {
      credential: await device.authenticate(requestOptions),
    });
    assert.equal(verified.status, 200);
    const session = await (await browser.get('/session')).json();
    assert.equal(session.signedIn, true);
    assert.equal(session.method, 'passkey');
  });

  test('passes the client address: one client meets its per-client limit, not others', async () => {
    const fail = (browser: LoopbackBrowser, n: number) =>
      browser.post('/login/password', { identifier: `probe${n}@example.de`, password: 'x' });
    const client = new LoopbackBrowser(served.url, '127.0.0.1');
    const statuses: number[] = [];
    for (let n = 0; n <= maxFailuresPerClient; n++) statuses.push((await fail(client, n)).status);
    // Other identifiers each time: only the per-client count can refuse the last one.
    assert.deepEqual(statuses, [401, 401, 429]);
    const other = new LoopbackBrowser(served.url, '127.0.0.2');
    assert.equal((await fail(other, 99)).status, 401, 'another address is another client');
    assert.deepEqual(
      h.logs.filter((line) => line.event === 'client.address.missing'),
      [],
      'every request came with an address',
    );
  });

  test('streams server-sent events as they happen, not when the stream ends', async () => {
    const browser = new LoopbackBrowser(served.url);
    await browser.post('/login/password', { identifier: erika.email, password: erika.password });
    const summary = { title: 'Neue Anschrift', lines: [] };
    await h.store.use(approvals).create({
      id: 'streamed-approval',
      accountId,
      kind: 'address-change',
      payload: '{}',
      summary: JSON.stringify({ de: summary, en: { ...summary, title: 'New address' } }),
      digest: 'digest',
      createdAt: h.clock.now,
      expiresAt: h.clock.now + 300_000,
    });
    const stream = await browser.get('/approvals/events?id=streamed-approval');
    assert.equal(stream.status, 200);
    assert.match(stream.headers.get('Content-Type') ?? '', /^text\/event-stream/);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const until = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { done, value } = await reader.read();
        if (done) break;
        text += value;
      }
    };
    // The first event arrives while the transaction is still pending and the stream open.
    await until(/"status":"pending"/);
    assert.equal((await browser.post('/approvals/deny', { id: 'streamed-approval' })).status, 200);
    await until(/"status":"denied"/);
    assert.match(text, /event: approval\ndata: \{.*"status":"denied".*\}\n\n$/);
    assert.equal((await reader.read()).done, true);
  });
}
