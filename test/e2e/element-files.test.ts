import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { demoMembers, type DemoMember } from '../../demo-server/src/members.js';
import { openDemoSite, type DemoSite } from '../support/demo-site.js';
import { LoginPage } from '../support/login-page.js';

// Each element file carries its own copy of Lit and of Portalkit's code. A site that loads two of
// them still gets one portal: these tests load `pk-portal.js` and `pk-login.js` side by side.

const [erika] = demoMembers as [DemoMember];

let site: DemoSite;

before(async () => {
  site = await openDemoSite();
});
after(() => site?.close());

/**
 * Opens a page of the insurer's site (same origin as the portal) that embeds the elements from
 * their own files, as an integrator would.
 */
async function openEmbedding(body: string): Promise<Page> {
  const context = await site.chromium.browser.newContext();
  const page = await context.newPage();
  await page.route('**/embedding', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Embedding</title>
<script type="module" src="/elements/pk-portal.js"></script>
<script type="module" src="/elements/pk-login.js"></script></head>
<body><main>${body}</main></body></html>`,
    }),
  );
  await page.goto(`${site.demo.url}/embedding`);
  await page.locator('pk-login form').waitFor();
  return page;
}

const dist = resolve(import.meta.dirname, '../../packages/elements/cdn');
const sources = resolve(import.meta.dirname, '../../packages/elements/src');

/** `pk-<flow>.js` for every element folder (`src/<flow>/index.ts`), and `portalkit.js`. */
async function expectedFiles(): Promise<string[]> {
  const folders = await readdir(sources, { withFileTypes: true });
  return [
    ...folders
      .filter((entry) => entry.isDirectory() && existsSync(resolve(sources, entry.name, 'index.ts')))
      .map((entry) => `pk-${entry.name}.js`),
    'portalkit.js',
  ];
}

describe('element files', () => {
  test('each file is self-contained, starts with the compile hint, and the licences of what it bundles ship beside it', async () => {
    const files = await expectedFiles();
    const built = (await readdir(dist)).filter((file) => /^pk-[\w-]+\.js$/.test(file));
    assert.deepEqual(
      built.sort(),
      files.filter((file) => file.startsWith('pk-')).sort(),
      'one file per element folder',
    );
    for (const file of files) {
      const code = await readFile(resolve(dist, file), 'utf8');
      assert.doesNotMatch(code, /\b(?:import|export)\s*(?:[\w*{][^'"`;]*from\s*)?["'`]/, `${file} imports nothing`);
      assert.doesNotMatch(code, /\bimport\(/, `${file} loads nothing later`);
      // V8's compile hint must be the file's first line, or Chrome ignores it.
      assert.ok(code.startsWith('//# allFunctionsCalledOnLoad\n'), `${file} starts with the compile hint`);
    }
    const notices = await readFile(resolve(dist, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['lit-html', '@lit/context', '@simplewebauthn/browser', 'zod']) {
      assert.match(notices, new RegExp(`^${name} \\S+ \\((BSD-3-Clause|MIT)\\)$`, 'm'), name);
    }
    assert.match(notices, /Copyright \(c\) \d{4} Google LLC/);
  });
});

/** The elements a file's element renders inside itself, defined by its file too. */
const embeds: Record<string, string[]> = {
  'pk-account': ['pk-approve'],
  'pk-address-change': ['pk-approve'],
  'pk-bank-details': ['pk-approve'],
  'pk-document-upload': ['pk-approve'],
  'pk-passkeys': ['pk-approve'],
};

describe('element files on one page', () => {
  test('each file defines its element, and portalkit.js every element', async () => {
    const files = await expectedFiles();
    const tags = files.filter((file) => file.startsWith('pk-')).map((file) => file.slice(0, -3));
    for (const file of files) {
      const context = await site.chromium.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.demo.url}/elements/THIRD-PARTY-LICENSES.txt`);
      const defined = await page.evaluate(async ([url, names]) => {
        await import(url!);
        return names!.filter((name) => customElements.get(name));
      }, [`${site.demo.url}/elements/${file}`, tags] as const);
      const tag = file.slice(0, -3);
      const expected = (file === 'portalkit.js' ? [...tags] : [tag, ...(embeds[tag] ?? [])]).sort();
      assert.deepEqual(defined.sort(), expected, file);
      await context.close();
    }
  });

  test('<pk-login> from its own file uses the api of a <pk-portal> from another file', async () => {
    const page = await openEmbedding(
      '<pk-portal api="/other-portal"><pk-login methods="password"></pk-login></pk-portal>',
    );
    // The portal helper is mounted at /portal; this page's portal says /other-portal, so requests
    // only reach it when <pk-login> took the api from the portal's context.
    const sent: string[] = [];
    await page.route('**/other-portal/**', (route) => {
      sent.push(new URL(route.request().url()).pathname);
      return route.continue({ url: route.request().url().replace('/other-portal/', '/portal/') });
    });
    const signedIn = page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.addEventListener('pk-login-success', (event) =>
            resolve((event as CustomEvent<{ method: string }>).detail.method),
          ),
        ),
    );
    const login = new LoginPage(page, 'en');
    await login.loginWithPassword(erika.kvnr, erika.password);
    assert.equal(await signedIn, 'password');
    assert.deepEqual(sent, ['/other-portal/login/password']);
    await page.context().close();
  });

  test('terms registered through one file reach an element from another', async () => {
    const page = await openEmbedding('<pk-login methods="password"></pk-login>');
    await page.evaluate(async () => {
      const portal = await import(`${location.origin}/elements/pk-portal.js`);
      portal.registerMessages('en', { 'login.submit': 'Log in to Lindenhof' });
    });
    await page.getByRole('button', { name: 'Log in to Lindenhof', exact: true }).waitFor();
    await page.context().close();
  });
});
