import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import express5 from 'express';
import { createHarness, erika } from '../testing/harness.js';
import {
  adapterContract,
  listenOnLoopback,
  LoopbackBrowser,
  type Served,
} from './adapter.contract.js';
import { toExpressMiddleware } from './express.js';

// Express 4 is installed under the alias `express4`; its API is the part both versions share.
const express4 = createRequire(import.meta.url)('express4') as typeof express5;

function listen(app: ReturnType<typeof express5>): Promise<Served> {
  return listenOnLoopback(createServer(app));
}

for (const [name, express] of [
  ['Express 5', express5],
  ['Express 4', express4],
] as const) {
  describe(`${name} middleware`, () => {
    adapterContract({
      serve(portal) {
        const app = express();
        app.use('/portal', toExpressMiddleware(portal));
        // The site's own parser, after the portal: it leaves the portal's bodies alone.
        app.use(express.json());
        return listen(app);
      },
    });

    test('answers a clear 500 and logs where to mount when a body parser ran first', async () => {
      const h = createHarness();
      await h.portal.createAccount(erika);
      const app = express();
      app.use(express.json());
      app.use('/portal', toExpressMiddleware(h.portal));
      const served = await listen(app);
      try {
        const browser = new LoopbackBrowser(served.url);
        const response = await browser.post('/login/password', {
          identifier: erika.email,
          password: erika.password,
        });
        assert.equal(response.status, 500);
        const { error } = await response.json();
        assert.equal(error.code, 'INTERNAL');
        assert.match(error.message, /before body parsers/);
        const logged = h.logs.filter((line) => line.event === 'adapter.body.consumed');
        assert.equal(logged.length, 1);
        assert.equal(logged[0]?.level, 'error');
        assert.match(String(logged[0]?.message), /mount the portal before body parsers/);
        // A request without a body passes the parser untouched and still works.
        assert.equal((await browser.get('/session')).status, 200);
      } finally {
        await served.close();
      }
    });
  });
}
