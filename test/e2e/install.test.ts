import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import { serveDirectory } from '../support/static-server.js';

// The three packages as a registry carries them: packed with `npm pack`, installed into a project
// outside the workspace, used without a TypeScript loader and through a bundler of the
// integrator's own. (`npm test` builds the packages before this suite runs.)

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const packages = ['@portalkit/protocol', '@portalkit/server', '@portalkit/elements'];

/** The environment without this workspace's npm settings and TypeScript loader. */
function outsideEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NODE_OPTIONS'),
  );
}

let project: string;
let browser: LaunchedBrowser;

before(async () => {
  project = await mkdtemp(join(tmpdir(), 'portalkit-install-'));
  const { stdout } = await run(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', project, ...packages.flatMap((name) => ['-w', name])],
    { cwd: root, env: outsideEnv() },
  );
  const packed = JSON.parse(stdout) as { name: string; filename: string; files: { path: string }[] }[];
  const vite = JSON.parse(await readFile(join(root, 'node_modules/vite/package.json'), 'utf8')).version;
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'insurer-site',
      private: true,
      type: 'module',
      dependencies: Object.fromEntries(packed.map((p) => [p.name, `file:./${p.filename}`])),
      devDependencies: { vite },
    }),
  );
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: project,
    env: outsideEnv(),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

describe('installed from packed tarballs', () => {
  test('each tarball carries compiled modules with types, a README and the licence, and no sources', async () => {
    for (const name of packages) {
      const dir = join(project, 'node_modules', name);
      const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
      assert.equal(manifest.license, 'Apache-2.0');
      assert.equal(manifest.exports['.'].default, './dist/index.js', name);
      assert.equal(manifest.exports['.'].types, './dist/index.d.ts', name);
      await readFile(join(dir, 'dist/index.d.ts'), 'utf8');
      await readFile(join(dir, 'dist/index.js.map'), 'utf8');
      assert.match(await readFile(join(dir, 'README.md'), 'utf8'), new RegExp(name));
      assert.match(await readFile(join(dir, 'LICENSE'), 'utf8'), /Apache License/);
      await assert.rejects(readFile(join(dir, 'src/index.ts')), `${name} ships no TypeScript sources`);
    }
    const elements = join(project, 'node_modules/@portalkit/elements');
    for (const file of ['cdn/pk-login.js', 'cdn/portalkit.js', 'cdn/THIRD-PARTY-LICENSES.txt', 'custom-elements.json']) {
      await readFile(join(elements, file));
    }
  });

  test('plain Node imports the server and its adapters, and a member signs in through handle()', async () => {
    await writeFile(
      join(project, 'sign-in.js'),
      `import { kvnrCheckDigit } from '@portalkit/protocol';
import { createPortal, createPgliteStore } from '@portalkit/server';
const adapters = await Promise.all(
  ['node', 'express', 'hono', 'fastify', 'next'].map((name) => import('@portalkit/server/' + name)),
);
const origin = 'http://localhost:3000';
const store = await createPgliteStore({ dataDir: process.argv[2] });
const sent = [];
const portal = createPortal({
  store,
  mail: { async send(message) { sent.push(message); } },
  rp: { id: 'localhost', name: 'Example BKK', origins: [origin] },
  sweepIntervalSeconds: 0,
});
const kvnr = 'A12345678' + kvnrCheckDigit('A12345678');
await portal.createAccount({ kvnr, email: 'erika@example.de', displayName: 'Erika', password: 'Lindenblüte im Juni 24' });
const response = await portal.handle(
  new Request(origin + '/portal/login/password', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ identifier: kvnr, password: 'Lindenblüte im Juni 24' }),
  }),
  { clientAddress: '127.0.0.1' },
);
const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
const session = await portal.handle(new Request(origin + '/portal/session', { headers: { cookie } }), { clientAddress: '127.0.0.1' });
const exported = adapters.map((adapter) => Object.values(adapter).filter((f) => typeof f === 'function').length);
console.log(JSON.stringify({ status: response.status, session: await session.json(), exported }));
await store.close();
`,
    );
    const { stdout } = await run(process.execPath, ['sign-in.js', join(project, 'pglite')], {
      cwd: project,
      env: outsideEnv(),
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
    assert.equal(result.status, 200);
    assert.equal(result.session.signedIn, true);
    assert.equal(result.session.member.displayName, 'Erika');
    assert.deepEqual(result.exported, [1, 1, 1, 1, 1], 'each adapter subpath exports its function');
  });

  test('npx portalkit-verify-receipt checks a receipt offline, and refuses a changed one', async () => {
    // A receipt made through the installed package: an address change approved with a passkey.
    await writeFile(
      join(project, 'receipt.js'),
      `import { writeFile } from 'node:fs/promises';
import { approveSetup, approveWithPasskey, credentials, pendingAddressChange } from '@portalkit/server/testing';
const s = await approveSetup();
const id = await pendingAddressChange(s);
await approveWithPasskey(s.h, s.cookie, s.device, id);
const { receipt } = await (await s.h.post('/approvals/receipt', { id }, { cookie: s.cookie })).json();
const [passkey] = await s.h.store.use(credentials).list(s.accountId);
await writeFile('receipt.json', JSON.stringify(receipt, null, 2));
receipt.payload.to.city = 'Halle';
await writeFile('changed.json', JSON.stringify(receipt, null, 2));
console.log(Buffer.from(passkey.publicKey).toString('base64url'));
`,
    );
    const made = await run(process.execPath, ['receipt.js'], { cwd: project, env: outsideEnv() });
    const publicKey = made.stdout.trim().split('\n').at(-1)!;
    const npx = (file: string) =>
      run('npx', ['--no-install', 'portalkit-verify-receipt', file, '--public-key', publicKey], {
        cwd: project,
        env: outsideEnv(),
      });
    const verified = await npx('receipt.json');
    assert.match(verified.stdout, /^VERIFIED/);
    assert.match(verified.stdout, /Neue Anschrift/);
    await assert.rejects(npx('changed.json'), (error: { code: number; stdout: string }) => {
      assert.equal(error.code, 1);
      assert.match(error.stdout, /^NOT VERIFIED/);
      return true;
    });
  });

  describe('a Vite app that imports the elements', () => {
    before(async () => {
      await writeFile(
        join(project, 'index.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Insurer</title>
<script type="module" src="/main.js"></script></head>
<body><main><pk-login api="/portal"></pk-login></main></body></html>`,
      );
      await writeFile(join(project, 'main.js'), `import '@portalkit/elements';\n`);
    });

    /** Opens the page, checks `state` is reflected, and that a property set from outside renders. */
    async function expectWorkingElement(url: string): Promise<void> {
      const page = await browser.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // No portal answers here: the element's session request gets a 404, which is not an error of its own.
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(message.text());
        }
      });
      await page.goto(url);
      const login = page.locator('pk-login');
      await page.locator('pk-login form').waitFor();
      assert.equal(await login.getAttribute('state'), 'idle');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.locator('pk-login[state=error]').waitFor();
      await login.evaluate((element: HTMLElement & { methods: string }) => (element.methods = 'password'));
      await page.locator('pk-login[methods=password]').waitFor();
      assert.equal(await page.getByRole('button', { name: /passkey/i }).count(), 0);
      assert.deepEqual(errors, []);
      await page.close();
    }

    test('its production build renders the element and reflects state', async () => {
      await run(join(project, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
        cwd: project,
        env: outsideEnv(),
      });
      const site = await serveDirectory(join(project, 'dist'));
      try {
        await expectWorkingElement(`${site.url}/`);
      } finally {
        await site.close();
      }
    });

    test('its dev server renders the element and reflects state', async () => {
      const server: ChildProcess = spawn(
        join(project, 'node_modules/.bin/vite'),
        ['--port', '0', '--strictPort', 'false', '--host', 'localhost'],
        { cwd: project, env: outsideEnv(), stdio: ['ignore', 'pipe', 'inherit'] },
      );
      try {
        const url = await new Promise<string>((found, failed) => {
          let output = '';
          server.stdout!.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            const match = /http:\/\/localhost:\d+\//.exec(output.replace(/\x1b\[[\d;]*m/g, ''));
            if (match) found(match[0]);
          });
          server.once('exit', () => failed(new Error(`vite exited: ${output}`)));
        });
        await expectWorkingElement(url);
      } finally {
        server.kill();
      }
    });
  });
});
