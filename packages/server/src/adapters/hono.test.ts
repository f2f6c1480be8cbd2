import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { describe, test } from 'node:test';
import { createAdaptorServer } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import type { Portal } from '../portal.js';
import { createHarness, erika } from '../testing/harness.js';
import {
  adapterContract,
  listenOnLoopback,
  LoopbackBrowser,
  type Served,
} from './adapter.contract.js';
import { toHonoHandler } from './hono.js';

function listen(app: Hono): Promise<Served> {
  return listenOnLoopback(createAdaptorServer({ fetch: app.fetch }) as Server);
}

describe('Hono handler', () => {
  adapterContract({
    serve(portal) {
      const app = new Hono();
      app.all(
        '/portal/*',
        toHonoHandler(portal, (c) => getConnInfo(c).remote.address),
      );
      return listen(app);
    },
  });

  test('cannot be built without a way to read the client address', () => {
    const portal = createHarness().portal;
    const build = toHonoHandler as (portal: Portal, clientAddress?: unknown) => unknown;
    assert.throws(() => build(portal), /clientAddress/);
  });

  test('answers a clear 500 and logs it when middleware read the body first', async () => {
    const h = createHarness();
    await h.portal.createAccount(erika);
    const app = new Hono();
    app.use('/portal/*', async (c, next) => {
      if (c.req.method === 'POST') await c.req.json();
      await next();
    });
    app.all(
      '/portal/*',
      toHonoHandler(h.portal, (c) => getConnInfo(c).remote.address),
    );
    const served = await listen(app);
    try {
      const response = await new LoopbackBrowser(served.url).post('/login/password', {
        identifier: erika.email,
        password: erika.password,
      });
      assert.equal(response.status, 500);
      assert.equal((await response.json()).error.code, 'INTERNAL');
      assert.equal(h.logs.filter((line) => line.event === 'adapter.body.consumed').length, 1);
    } finally {
      await served.close();
    }
  });
});
