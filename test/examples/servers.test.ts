import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Portal } from '@portalkit/server';
import { freePort } from '@portalkit/server/testing';
import { adapterContract, listenOnLoopback } from '../../packages/server/src/adapters/adapter.contract.js';
import * as expressSite from '../../examples/servers/express.js';
import * as fastifySite from '../../examples/servers/fastify.js';
import * as honoSite from '../../examples/servers/hono.js';
import * as nodeSite from '../../examples/servers/node.js';

// The server examples the README quotes, run as they are: each site signs a member in with a
// password and with a passkey, and passes the client's address (per-client throttling on).

const sites: Record<string, { createSite(portal: Portal): Server | Promise<Server> }> = {
  node: nodeSite,
  express: expressSite,
  // createAdaptorServer's type also covers HTTP/2; without those options it makes an http.Server.
  hono: honoSite as { createSite(portal: Portal): Server },
  fastify: fastifySite,
};

for (const [name, site] of Object.entries(sites)) {
  describe(`examples/servers/${name}.js`, () => {
    adapterContract({ serve: async (portal) => listenOnLoopback(await site.createSite(portal)) });
  });
}

test('each server example starts as a program (node <file>.js) and answers the portal', async () => {
  const directory = resolve(import.meta.dirname, '../../examples/servers');
  await Promise.all(
    Object.keys(sites).map(async (name) => {
      const port = await freePort();
      // With this process's flags, so @portalkit/server resolves to its sources, built or not.
      const child = spawn(process.execPath, [...process.execArgv, `${name}.js`], {
        cwd: directory,
        env: { ...process.env, PORT: String(port), DATA_DIR: 'memory://' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let errors = '';
      child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      try {
        // Four programs compile and open PGlite at once: on a busy 2-core machine that takes a while.
        const deadline = Date.now() + 90_000;
        for (;;) {
          const answer = await fetch(`http://localhost:${port}/portal/session`).catch(() => null);
          if (answer) {
            assert.equal(answer.status, 200, name);
            assert.deepEqual(await answer.json(), { signedIn: false });
            break;
          }
          assert.ok(child.exitCode === null, `${name}.js exited: ${errors}`);
          assert.ok(Date.now() < deadline, `${name}.js did not answer within 90 s: ${errors}`);
          await new Promise((done) => setTimeout(done, 200));
        }
      } finally {
        child.kill();
      }
    }),
  );
});
