import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { call, Empty, route } from '@portalkit/protocol';
import * as z from 'zod/mini';
import { afterWork, type AfterWork } from './after.js';
import { resolveConfig } from './config.js';
import { PortalError } from './errors.js';
import { createPipeline } from './pipeline.js';
import { endpoint, json, stream, type FlowModule } from './router.js';
import { createMemoryStore } from './stores/memory.js';
import { throttle } from './stores/throttle.js';
import { createHarness, origin, overridePart, recordingMailer, rp } from './testing/harness.js';
import type { LogLine } from './http.js';

/** A route that takes a stream, as document upload will: the bytes' size and SHA-256. */
const Digest = z.object({ size: z.number(), sha256: z.string() });
const upload = route(call('POST', '/test/upload', Digest), Empty);
const small = route(call('POST', '/test/small', z.object({ ok: z.boolean() })), Empty);

const testFlow: FlowModule = {
  name: 'test',
  endpoints: [
    endpoint(
      upload,
      { access: 'anonymous', body: stream({ limit: 1024, contentTypes: ['application/pdf'] }) },
      async (_input, ctx) => {
        const hash = createHash('sha256');
        let size = 0;
        for await (const chunk of ctx.body!) {
          size += chunk.byteLength;
          hash.update(chunk);
        }
        return { size, sha256: hash.digest('hex') };
      },
    ),
    endpoint(small, { access: 'anonymous', body: json(16) }, async () => ({ ok: true })),
  ],
};

function pipeline(flows: FlowModule[] = [testFlow], logs: LogLine[] = [], work?: AfterWork) {
  const handle = createPipeline({
    store: createMemoryStore(),
    mail: recordingMailer(),
    members: undefined,
    config: resolveConfig({ store: createMemoryStore(), mail: recordingMailer(), rp }),
    flows,
    now: Date.now,
    log: (line) => logs.push(line),
    trustedProxies: undefined,
    secret: undefined,
    ...(work ? { afterWork: work } : {}),
  });
  const post = (path: string, body: BodyInit, contentType: string) =>
    handle(
      new Request(`${origin}/portal${path}`, {
        method: 'POST',
        headers: { Origin: origin, 'Content-Type': contentType },
        body,
        duplex: 'half',
      } as RequestInit),
      { clientAddress: '192.0.2.1' },
    );
  return { post, logs };
}

/** A body that arrives in chunks, without a Content-Length, as a browser's upload may. */
function chunked(size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const chunk = new Uint8Array(Math.min(100, size - sent)).fill(0x25);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

describe('route bodies', () => {
  test('hands a stream route its body as a stream of the declared type', async () => {
    const { post } = pipeline();
    const bytes = new Uint8Array(1000).fill(0x25);
    const response = await post('/test/upload', bytes, 'application/pdf');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      size: 1000,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  test('cuts a stream off past its limit, with or without a Content-Length', async () => {
    const { post } = pipeline();
    for (const body of [new Uint8Array(1025), chunked(5000)]) {
      const response = await post('/test/upload', body, 'application/pdf');
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), {
        error: { code: 'VALIDATION_FAILED', fields: { body: 'tooLarge' } },
      });
    }
  });

  test('refuses a content type the stream route does not take, and JSON on it', async () => {
    const { post } = pipeline();
    for (const type of ['multipart/form-data; boundary=x', 'application/json', 'text/plain']) {
      const response = await post('/test/upload', 'x', type);
      assert.equal(response.status, 415, type);
    }
  });

  test("applies each JSON route's own size limit", async () => {
    const { post } = pipeline();
    assert.equal((await post('/test/small', '{"a":"123456"}', 'application/json')).status, 200);
    const large = await post('/test/small', '{"a":"1234567890"}', 'application/json');
    assert.equal(large.status, 400);
  });
});

describe('client address', () => {
  test('behind trusted proxies, counts the forwarded client, not the proxy', async () => {
    const h = createHarness({
      trustedProxies: ['10.0.0.0/8'],
      throttle: { maxFailuresPerClient: 2 },
    });
    const attempt = (forwardedFor: string) =>
      h.post(
        '/login/password',
        { identifier: 'probe@example.de', password: 'x' },
        { clientAddress: '10.1.2.3', headers: { 'X-Forwarded-For': forwardedFor } },
      );
    // A client cannot escape its count by writing its own X-Forwarded-For in front.
    assert.equal((await attempt('198.51.100.7')).status, 401);
    assert.equal((await attempt('1.2.3.4, 198.51.100.7')).status, 401);
    assert.equal((await attempt('5.6.7.8, 198.51.100.7, 10.9.9.9')).status, 429);
    // Another member behind the same proxy is another client.
    assert.equal((await attempt('203.0.113.4')).status, 401);
  });

  test('without trusted proxies, ignores forwarding headers', async () => {
    const h = createHarness({ throttle: { maxFailuresPerClient: 1 } });
    const attempt = (forwardedFor: string) =>
      h.post(
        '/login/password',
        { identifier: 'probe@example.de', password: 'x' },
        { headers: { 'X-Forwarded-For': forwardedFor, Forwarded: `for=${forwardedFor}` } },
      );
    assert.equal((await attempt('198.51.100.1')).status, 401);
    assert.equal((await attempt('198.51.100.2')).status, 429);
  });

  test('counts an IPv6 client by its /64', async () => {
    const h = createHarness({ throttle: { maxFailuresPerClient: 2 } });
    const attempt = (clientAddress: string) =>
      h.post('/login/password', { identifier: 'probe@example.de', password: 'x' }, { clientAddress });
    assert.equal((await attempt('2001:db8:1:2::1')).status, 401);
    assert.equal((await attempt('2001:db8:1:2:ffff:ffff:ffff:ffff')).status, 401);
    assert.equal((await attempt('2001:0db8:0001:0002::abcd')).status, 429);
    assert.equal((await attempt('2001:db8:1:3::1')).status, 401);
  });

  test('warns once and still throttles requests that come without an address', async () => {
    const logs: LogLine[] = [];
    const portal = createHarness({ throttle: { maxFailuresPerClient: 1 }, log: (l) => logs.push(l) })
      .portal;
    const attempt = () =>
      portal.handle(
        new Request(`${origin}/portal/login/password`, {
          method: 'POST',
          headers: { Origin: origin, 'Content-Type': 'application/json' },
          body: JSON.stringify({ identifier: 'probe@example.de', password: 'x' }),
        }),
      );
    assert.equal((await attempt()).status, 401);
    assert.equal((await attempt()).status, 429);
    assert.equal(logs.filter((l) => l.event === 'client.address.missing').length, 1);
  });
});

describe('throttle keys', () => {
  test('are HMACs under the portal secret, not hashes anyone can recompute', async () => {
    const seen: string[] = [];
    const store = overridePart(createMemoryStore(), throttle, (counters) => ({
      hit(keys, now) {
        seen.push(...keys.map((k) => k.key));
        return counters.hit(keys, now);
      },
    }));
    const identifier = 'erika.mustermann@example.de';
    for (const secret of ['a'.repeat(32), 'b'.repeat(32)]) {
      const h = createHarness({ store, secret });
      await h.post('/login/password', { identifier, password: 'x' });
    }
    const plain = createHash('sha256').update(`identifier:${identifier}`).digest('base64url');
    assert.equal(seen.length, 6);
    assert.ok(!seen.includes(plain));
    assert.equal(new Set(seen).size, 6, 'another secret, other keys');
  });
});

describe('work after the answer', () => {
  const later = route(call('POST', '/test/later', z.object({ ok: z.boolean() })), Empty);

  /** A flow that leaves `task` for after its answer, then answers or (with `fail`) refuses. */
  function withTask(task: () => Promise<void>, fail = false, unreadMs?: number) {
    const logs: LogLine[] = [];
    const work = afterWork((line) => logs.push(line), unreadMs);
    const flow: FlowModule = {
      name: 'later',
      endpoints: [
        endpoint(later, { access: 'anonymous' }, async (_input, ctx) => {
          ctx.after(task);
          if (fail) throw new PortalError('CODE_INVALID');
          return { ok: true };
        }),
      ],
    };
    const { post } = pipeline([flow], logs, work);
    return { post: () => post('/test/later', '{}', 'application/json'), work, logs };
  }

  test('starts once the answer has been read to its end, whatever the answer', async () => {
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    for (const fail of [false, true]) {
      let ran = false;
      const { post } = withTask(async () => {
        ran = true;
      }, fail);
      const response = await post();
      assert.equal(response.status, fail ? 400 : 200);
      await turn();
      assert.equal(ran, false, 'not while the answer is unread');
      const reader = response.body!.getReader();
      assert.equal((await reader.read()).done, false);
      await turn();
      assert.equal(ran, false, 'not before the reader has taken all of it');
      assert.equal((await reader.read()).done, true);
      await turn();
      assert.equal(ran, true);
    }
  });

  test('starts work whose answer nobody reads after a while, or when settling', async () => {
    let ran = 0;
    const { post, work } = withTask(async () => void ran++, false, 30);
    await post();
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal(ran, 1);
    await post();
    await work.settled();
    assert.equal(ran, 2);
  });

  test('logs a failing task by its error name only and keeps serving', async () => {
    const { post, work, logs } = withTask(async () => {
      throw new TypeError('member A123456780 not found');
    });
    assert.equal((await post()).status, 200);
    await work.settled();
    assert.equal((await post()).status, 200);
    await work.settled();
    const failures = logs.filter((line) => line.event === 'after.failed');
    assert.deepEqual(failures[0], {
      level: 'error',
      event: 'after.failed',
      route: 'POST /test/later',
      error: 'TypeError',
    });
    assert.equal(failures.length, 2);
  });

  test('settles only when tasks started by tasks have finished too', async () => {
    const order: string[] = [];
    const work = afterWork(() => {});
    work.start('test', [
      async () => {
        order.push('first');
        work.start('test', [
          async () => {
            await new Promise((resolve) => setTimeout(resolve, 20));
            order.push('second');
          },
        ]);
      },
    ]);
    await work.settled();
    assert.deepEqual(order, ['first', 'second']);
  });
});
