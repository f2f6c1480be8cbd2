import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../support/axe.js';
import { launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import { serveDirectory } from '../support/static-server.js';

/**
 * Every story (every state of every element, each in German and in English) renders, its play
 * function (which drives the element into the state) passes, and axe finds no WCAG 2.2 AA
 * violation. Runs against the static Storybook build.
 */
const root = resolve(import.meta.dirname, '../..');
const staticDir = resolve(root, 'storybook-static');
if (!existsSync(resolve(staticDir, 'index.json'))) {
  const build = spawnSync(process.execPath, [resolve(root, 'node_modules/.bin/storybook'), 'build', '--quiet', '-o', staticDir], {
    cwd: root,
    stdio: 'inherit',
  });
  assert.equal(build.status, 0, 'storybook build');
}
const index = JSON.parse(readFileSync(resolve(staticDir, 'index.json'), 'utf8')) as {
  entries: Record<string, { id: string; title: string; name: string; type: string }>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

let chromium: LaunchedBrowser;
let site: { url: string; close(): Promise<void> };
let page: Page;

before(async () => {
  [chromium, site] = await Promise.all([launchChromium(), serveDirectory(staticDir)]);
  page = await chromium.browser.newPage();
});
after(async () => {
  await chromium?.close();
  await site?.close();
});

/** Storybook's preview reports each render's phase; a story is ready once its play has run. */
async function renderStory(id: string): Promise<string> {
  await page.goto(`${site.url}/iframe.html?id=${id}&viewMode=story`);
  return page.evaluate(async () => {
    const until = Date.now() + 15_000;
    for (;;) {
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
        .__STORYBOOK_PREVIEW__;
      const phase = preview?.currentRender?.phase;
      if (phase === 'finished' || phase === 'errored' || phase === 'aborted') return phase;
      if (Date.now() > until) return `timeout in ${phase}`;
      await new Promise((done) => setTimeout(done, 50));
    }
  });
}

test('every story exists in German and in English', () => {
  const ids = new Set(stories.map((story) => story.id));
  const german = [...ids].filter((id) => !id.endsWith('-english'));
  assert.ok(german.length >= 20, `${german.length} German stories`);
  assert.deepEqual(
    german.filter((id) => !ids.has(`${id}-english`)),
    [],
    'stories without an English twin',
  );
});

describe('stories render, play and pass axe', () => {
  for (const story of stories) {
    test(`${story.title} / ${story.name}`, async () => {
      assert.equal(await renderStory(story.id), 'finished');
      const expected = story.id.endsWith('-english') ? 'en' : 'de';
      assert.equal(await page.locator('.pk-story').getAttribute('lang'), expected);
      const violations = await axeViolations(page);
      assert.equal(violations.length, 0, describeViolations(violations));
    });
  }
});
