import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createPgliteStore, createPortal } from '@portalkit/server';
import { freePort } from '@portalkit/server/testing';
import type { Page } from 'playwright-core';
import { demoMembers, type DemoMember } from '../../demo-server/src/members.js';
import { axeViolations, describeViolations } from '../support/axe.js';
import { openDemoSite, type DemoSite } from '../support/demo-site.js';
import { expect } from '../support/expect.js';
import { holdAutofillOptions, LoginPage, words } from '../support/login-page.js';
import { serveDirectory } from '../support/static-server.js';
import { VirtualAuthenticator } from '../support/virtual-authenticator.js';

// Each example in examples/ is built as an integrator builds it (`npm run build -w examples/<name>`,
// type check included) and served on an origin of its own that passes /portal/* to one demo
// server, as its dev server's proxy does. The demo accepts those origins through ALLOWED_ORIGINS.
// A member signs in with the password, adds a passkey, signs out and signs in with the passkey;
// what is checked is the example's own reaction to the elements' events (its views).

const root = resolve(import.meta.dirname, '../..');
const screenshots = resolve(root, 'test-results');

interface Example {
  name: 'html' | 'react' | 'vue' | 'angular';
  /** The built site, served as it is; none for the plain page, which serves itself (server.js). */
  output?: string;
  member: DemoMember;
}

const [erika, max, hans] = demoMembers as [DemoMember, DemoMember, DemoMember];
const examples: Example[] = [
  { name: 'html', member: erika },
  { name: 'react', output: 'examples/react/dist', member: max },
  { name: 'vue', output: 'examples/vue/dist', member: hans },
  { name: 'angular', output: 'examples/angular/dist/browser', member: erika },
];

/** The environment of an integrator's shell: no test loader, no NODE_ENV=test, no npm run's own. */
function integratorEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^npm_/i.test(name) && name !== 'NODE_OPTIONS' && name !== 'NODE_ENV',
    ),
  );
  return { ...env, NG_CLI_ANALYTICS: 'false' };
}

const children = new Set<ChildProcess>();

/** Runs a command in the repository; resolves with its exit code, output and duration. */
function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string; ms: number }> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...integratorEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => (output += String(error)));
    child.once('close', (code, signal) => {
      children.delete(child);
      done({ code: code ?? (signal ? 1 : 0), output, ms: performance.now() - started });
    });
  });
}

/** The plain page's own server (examples/html/server.js), which also serves the element files. */
async function startHtmlServer(
  port: number,
  portal: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, ['examples/html/server.js'], {
    cwd: root,
    env: { ...integratorEnv(), PORT: String(port), PORTAL_URL: portal },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const exited = new Promise((done) => child.once('exit', done));
  let output = '';
  await new Promise<void>((ready, fail) => {
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Example site:')) ready();
    });
    child.once('exit', (code) => fail(new Error(`server.js exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://localhost:${port}`,
    async close() {
      child.kill('SIGTERM');
      await exited;
      children.delete(child);
    },
  };
}

let site: DemoSite;
let nextBuild: Promise<{ code: number; output: string; ms: number }>;
const ports = new Map<Example['name'], number>();
/** Builds run one after another from the start, while the demo starts and earlier examples run. */
const builds = new Map<Example['name'], Promise<{ code: number; output: string; ms: number }>>();

before(async () => {
  for (const example of examples) ports.set(example.name, await freePort());
  let previous: Promise<unknown> = Promise.resolve();
  for (const example of examples.filter((e) => e.output)) {
    const build = previous.then(() =>
      run('npm', ['run', 'build', '-w', `examples/${example.name}`]),
    );
    builds.set(example.name, build);
    previous = build;
  }
  nextBuild = previous.then(() => run('npm', ['run', 'build', '-w', 'examples/nextjs']));
  const origins = [...ports.values()].map((port) => `http://localhost:${port}`);
  site = await openDemoSite({ ALLOWED_ORIGINS: origins.join(',') });
  await mkdir(screenshots, { recursive: true });
});

after(async () => {
  for (const child of children) child.kill('SIGTERM');
  await Promise.allSettled([...builds.values(), nextBuild]);
  await site?.close();
});

/**
 * The member's round trip through an example at `url`: the example shows its signed-in view on
 * `pk-login-success`, `<pk-passkeys>` adds a passkey, the example signs out, and the passkey
 * button signs in again.
 */
async function signInAddPasskeyAndReturn(
  name: string,
  url: string,
  member: DemoMember,
): Promise<void> {
  const context = await site.chromium.browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    const authenticator = await VirtualAuthenticator.attach(page);
    const login = new LoginPage(page);
    const signedIn = page.getByRole('heading', {
      level: 1,
      name: `Willkommen, ${member.displayName}`,
    });
    const signedOut = page.getByRole('heading', { level: 1, name: 'Anmelden' });

    await page.goto(url);
    await login.identifier.waitFor();
    await login.loginWithPassword(member.email, member.password);
    await signedIn.waitFor();
    assert.equal(
      await login.element.count(),
      0,
      'the example replaced the sign-in with its signed-in view',
    );
    await expectFocusOn(page, `Willkommen, ${member.displayName}`);

    const passkeys = page.locator('pk-passkeys');
    await passkeys.getByRole('button', { name: words.de.addPasskey }).click();
    await expect(
      () => passkeys.locator('[role=status]').innerText(),
      (text) => text.includes('Passkey hinzugefügt'),
      'the passkey-added status',
    );
    assert.equal(
      (await authenticator.credentials()).length,
      1,
      'the authenticator holds the passkey',
    );

    // The new <pk-login> starts an autofill ceremony, which Chromium's virtual authenticator
    // would answer at once; it is held, so that the button's ceremony is the one answered.
    const autofill = await holdAutofillOptions(page);
    await page.getByRole('button', { name: words.de.signOut, exact: true }).click();
    await signedOut.waitFor();
    assert.equal((await sessionOf(page)).signedIn, false, 'signed out at the portal');
    await expectFocusOn(page, 'Anmelden');

    await autofill.held;
    await login.passkeyButton.click();
    await signedIn.waitFor();
    assert.equal((await sessionOf(page)).method, 'passkey');
    await passkeys.locator('li').first().waitFor();
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await page.screenshot({ path: resolve(screenshots, `example-${name}.png`), fullPage: true });
    assert.deepEqual(errors, [], 'no uncaught error in the page');
  } finally {
    await context.close();
  }
}

async function sessionOf(page: Page): Promise<{ signedIn: boolean; method?: string }> {
  return page.evaluate(async () => (await fetch('/portal/session')).json());
}

async function expectFocusOn(page: Page, heading: string): Promise<void> {
  await expect(
    () =>
      page.evaluate(
        () =>
          `${document.activeElement?.localName}: ${document.activeElement?.textContent?.trim()}`,
      ),
    (focused) => focused === `h1: ${heading}`,
    `focus on the heading "${heading}"`,
  );
}

describe('examples', () => {
  for (const example of examples) {
    test(`${example.name}: a member signs in with the password, adds a passkey, signs out and signs in with it`, async (t) => {
      const port = ports.get(example.name)!;
      let server: { url: string; close(): Promise<void> };
      if (example.output) {
        const build = await builds.get(example.name)!;
        assert.equal(build.code, 0, `npm run build -w examples/${example.name}:\n${build.output}`);
        t.diagnostic(`built in ${(build.ms / 1000).toFixed(1)} s`);
        server = await serveDirectory(resolve(root, example.output), {
          port,
          portal: site.demo.url,
        });
      } else {
        server = await startHtmlServer(port, site.demo.url);
      }
      try {
        await signInAddPasskeyAndReturn(example.name, server.url, example.member);
      } finally {
        await server.close();
      }
    });
  }
});

describe('examples/nextjs', () => {
  // Next.js is the site and the portal in one: its route handler mounts the server helper, on a
  // PGlite directory of its own that holds one member.
  test('a member signs in with the password, adds a passkey, signs out and signs in with it', async (t) => {
    const build = await nextBuild;
    assert.equal(build.code, 0, `npm run build -w examples/nextjs:\n${build.output}`);
    t.diagnostic(`built in ${(build.ms / 1000).toFixed(1)} s`);
    const dataDir = await mkdtemp(join(tmpdir(), 'portalkit-next-'));
    const port = await freePort();
    const origin = `http://localhost:${port}`;
    const store = await createPgliteStore({ dataDir });
    await createPortal({ store, mail: { async send() {} }, rp: { id: 'localhost', name: 'Example BKK', origins: [origin] } })
      .createAccount(erika);
    await store.close();
    const child = spawn(resolve(root, 'node_modules/.bin/next'), ['start', '--port', String(port)], {
      cwd: resolve(root, 'examples/nextjs'),
      env: { ...integratorEnv(), DATA_DIR: dataDir, PUBLIC_ORIGIN: origin },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.add(child);
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    try {
      await expect(
        () => fetch(`${origin}/portal/session`).then((r) => r.status, () => 0),
        (status) => status === 200,
        'next start answers the portal',
        30_000,
      ).catch((error: Error) => assert.fail(`${error.message}\n${errors}`));
      await signInAddPasskeyAndReturn('nextjs', origin, erika);
    } finally {
      child.kill('SIGTERM');
      children.delete(child);
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('examples/html/server.js', () => {
  test('serves the element files for revalidation (no-cache, ETag) and their licences beside them', async () => {
    const server = await startHtmlServer(await freePort(), site.demo.url);
    try {
      const file = await fetch(`${server.url}/elements/portalkit.js`);
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('Cache-Control'), 'no-cache');
      assert.match(file.headers.get('Content-Type') ?? '', /^text\/javascript/);
      const etag = file.headers.get('ETag');
      assert.ok(etag, 'an ETag to revalidate with');
      const again = await fetch(`${server.url}/elements/portalkit.js`, {
        headers: { 'If-None-Match': etag },
      });
      assert.equal(again.status, 304, 'an unchanged file is not sent again');
      const licences = await fetch(`${server.url}/elements/THIRD-PARTY-LICENSES.txt`);
      assert.equal(licences.status, 200);
      assert.match(await licences.text(), /^lit-html /m);
      const outside = await fetch(`${server.url}/elements/..%2Fpackage.json`);
      assert.equal(outside.status, 404, 'nothing outside the element folder');
    } finally {
      await server.close();
    }
  });
});

describe("the demo's ALLOWED_ORIGINS", () => {
  test('refuses a value that is not an origin, and says what it wants', async () => {
    // The settings are read before anything starts or is written, DATA_DIR included.
    const { code, output } = await run(
      process.execPath,
      ['--conditions=@portalkit/source', '--import', 'tsx', 'demo-server/src/main.ts'],
      {
        ALLOWED_ORIGINS: 'http://localhost:5173,http://localhost:5173/app',
        PORT: '0',
      },
    );
    assert.equal(code, 1);
    assert.match(
      output,
      /ALLOWED_ORIGINS must be origins separated by commas.*"http:\/\/localhost:5173\/app"/,
    );
  });
});
