import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Fastify from 'fastify';
import type { Portal } from '../portal.js';
import { createHarness } from '../testing/harness.js';
import { adapterContract, LoopbackBrowser, type Served } from './adapter.contract.js';
import { toFastifyPlugin } from './fastify.js';

/** A site with the portal plugin beside a route of its own that uses Fastify's JSON parser. */
async function site(portal: Portal): Promise<Served> {
  const app = Fastify();
  await app.register(toFastifyPlugin(portal), { prefix: '/portal' });
  app.post('/echo', async (request) => ({ received: request.body }));
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    async close() {
      app.server.closeAllConnections();
      await app.close();
    },
  };
}

describe('Fastify plugin', () => {
  adapterContract({ serve: site });

  test("leaves the site's own routes their parsers", async () => {
    const served = await site(createHarness().portal);
    try {
      const response = await fetch(`${served.url}/echo`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"a":1}',
      });
      assert.deepEqual(await response.json(), { received: { a: 1 } });
    } finally {
      await served.close();
    }
  });

  test('lets the portal answer a content type Fastify has no parser for', async () => {
    const served = await site(createHarness().portal);
    try {
      const browser = new LoopbackBrowser(served.url);
      const response = await browser.post('/login/password', {}, { 'Content-Type': 'text/csv' });
      assert.equal(response.status, 415);
      assert.equal((await response.json()).error.code, 'CONTENT_TYPE_UNSUPPORTED');
    } finally {
      await served.close();
    }
  });
});
