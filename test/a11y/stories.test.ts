import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../support/axe.js';
import { launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import { serveDirectory } from '../support/static-server.js';

/**
 * Every story (every state of every element, each element's API page, the theming pages) renders,
 * its play function (which drives the element into the state) passes, nothing is logged as a
 * console error, and axe finds no WCAG 2.2 AA violation, colour contrast included: in the
 * toolbar's first language with the elements' own colours, and in each other language in one
 * theme of the toolbar, the stories taking the themes in turn, so every theme is checked on a
 * third of the stories (a theme changes colours, which do not depend on the language); the
 * theming pages, whose play checks every colour pair, in every language and in every theme. Each
 * is chosen through the story's URL (`&globals=locale:en;theme:lindmoor`), as a designer's link
 * chooses it. Runs against the static Storybook build (`STORYBOOK_STATIC` names another build
 * directory).
 */
const root = resolve(import.meta.dirname, '../..');
const staticDir = resolve(root, process.env['STORYBOOK_STATIC'] ?? 'storybook-static');
if (!existsSync(resolve(staticDir, 'index.json'))) {
  const build = spawnSync(
    process.execPath,
    [resolve(root, 'node_modules/.bin/storybook'), 'build', '--quiet', '-o', staticDir],
    { cwd: root, stdio: 'inherit' },
  );
  assert.equal(build.status, 0, 'storybook build');
}
const index = JSON.parse(readFileSync(resolve(staticDir, 'index.json'), 'utf8')) as {
  entries: Record<string, { id: string; title: string; name: string; type: string }>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/**
 * Pages visited at once: each in its own browser context, so stories that keep something in
 * storage (a requested activation letter) do not meet. Two cores keep two busy.
 */
const workers = Math.max(2, Math.min(4, availableParallelism()));

interface Worker {
  page: Page;
  /** Console errors and uncaught exceptions since the last visit began. */
  errors: string[];
}

let chromium: LaunchedBrowser;
let site: { url: string; close(): Promise<void> };
const idle: Worker[] = [];
const waiting: ((worker: Worker) => void)[] = [];
/** The toolbar's values, read from the preview: what a designer can choose. */
let toolbar: { locale: string[]; theme: string[] };

/**
 * Runs in the page before Storybook: records how the story's render ended, as the preview tells
 * its manager. (The render's phase ends as `finished` even when the story threw, and a play
 * function that throws is reported, not thrown.)
 */
const listenToPreview = `(() => {
  const story = (window.__portalkitStory = { status: undefined, failures: [] });
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (next) => {
      channel = next;
      next.on('storyThrewException', (e) => story.failures.push('threw: ' + e.message));
      next.on('storyErrored', (e) => story.failures.push('errored: ' + e.title));
      next.on('playFunctionThrewException', (e) => story.failures.push('play threw: ' + e.message));
      next.on('unhandledErrorsWhilePlaying', (errors) =>
        story.failures.push(...errors.map((e) => 'unhandled while playing: ' + e.message)));
      next.on('storyFinished', (e) => (story.status = e.status));
    },
  });
})();`;

async function openWorker(): Promise<Worker> {
  const context = await chromium.browser.newContext();
  await context.addInitScript({ content: listenToPreview });
  const page = await context.newPage();
  const worker: Worker = { page, errors: [] };
  // The iframe page has no icon; the browser's request for one is no error of a story.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  page.on('console', (message) => {
    if (message.type() === 'error') worker.errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => worker.errors.push(`uncaught: ${error.message}`));
  return worker;
}

async function withWorker<T>(work: (worker: Worker) => Promise<T>): Promise<T> {
  const worker = idle.pop() ?? (await new Promise<Worker>((take) => waiting.push(take)));
  try {
    return await work(worker);
  } finally {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  }
}

before(async () => {
  [chromium, site] = await Promise.all([launchChromium(), serveDirectory(staticDir)]);
  idle.push(...(await Promise.all(Array.from({ length: workers }, openWorker))));
  toolbar = await withWorker(async ({ page }) => {
    await page.goto(`${site.url}/iframe.html?id=${stories[0]!.id}&viewMode=story`);
    return page.evaluate(async () => {
      type Items = { toolbar: { items: { value: string }[] } };
      const preview = (
        window as unknown as {
          __STORYBOOK_PREVIEW__: {
            ready(): Promise<void>;
            storyStoreValue: { projectAnnotations: { globalTypes: Record<string, Items> } };
          };
        }
      ).__STORYBOOK_PREVIEW__;
      await preview.ready();
      const types = preview.storyStoreValue.projectAnnotations.globalTypes;
      // No named functions in here: the page has no helper for the names tsx gives them.
      const [locale, theme] = ['locale', 'theme'].map(
        (name) => types[name]?.toolbar.items.map((item) => item.value) ?? [],
      );
      return { locale: locale ?? [], theme: theme ?? [] };
    });
  });
});
after(async () => {
  await chromium?.close();
  await site?.close();
});

/** Opens the story and waits until it finished (its play included); says what went wrong. */
async function renderStory(page: Page, id: string, globals: string): Promise<string[]> {
  await page.goto(`${site.url}/iframe.html?id=${id}&viewMode=story&globals=${globals}`);
  return page.evaluate(async () => {
    const { __portalkitStory: recorded } = window as unknown as {
      __portalkitStory: { status?: 'success' | 'error'; failures: string[] };
    };
    const until = Date.now() + 15_000;
    while (!recorded.status && Date.now() < until) {
      await new Promise((done) => setTimeout(done, 50));
    }
    if (!recorded.status) return [...recorded.failures, 'did not finish within 15 s'];
    if (recorded.status !== 'success' && recorded.failures.length === 0) {
      return [`finished with status ${recorded.status}`];
    }
    return recorded.failures;
  });
}

/** What is wrong with one story in one language and theme; empty when nothing is. */
async function check(worker: Worker, id: string, locale: string, theme: string) {
  worker.errors = [];
  const { page } = worker;
  const problems = await renderStory(page, id, `locale:${locale};theme:${theme}`);
  const shown = await page.evaluate(() => ({
    lang: document.querySelector('.pk-story')?.getAttribute('lang'),
    // A theme sets the brand colour on :root; without one, the elements' default applies.
    themed:
      getComputedStyle(document.documentElement).getPropertyValue('--pk-color-primary') !== '',
  }));
  if (shown.lang !== locale) problems.push(`lang is ${shown.lang}`);
  if (shown.themed !== (theme !== 'none')) problems.push(`theme not applied`);
  const violations = await axeViolations(page);
  if (violations.length > 0) problems.push(describeViolations(violations));
  problems.push(...worker.errors);
  return problems.map((problem) => `${locale}, ${theme}: ${problem}`);
}

test('the toolbar offers German and English, the defaults and three demo themes', () => {
  assert.deepEqual(toolbar.locale, ['de', 'en']);
  assert.equal(toolbar.theme[0], 'none');
  assert.equal(toolbar.theme.length, 4);
});

test('each story is there once: the language is a toolbar choice, not a twin', () => {
  assert.ok(stories.length >= 60, `${stories.length} stories`);
  assert.deepEqual(
    stories.filter((story) => /english/i.test(story.id)).map((story) => story.id),
    [],
  );
});

describe(
  'stories render, play and pass axe in every language and in a theme',
  { concurrency: workers },
  () => {
    for (const [position, story] of stories.entries()) {
      test(`${story.title} / ${story.name}`, async () => {
        const problems = await withWorker(async (worker) => {
          const found: string[] = [];
          const [plain, ...themes] = toolbar.theme as [string, ...string[]];
          const [firstLocale, ...otherLocales] = toolbar.locale as [string, ...string[]];
          // The theming pages, which check each theme's colour pairs, are opened in every theme.
          const visits: (readonly [string, string])[] =
            story.title === 'Theming'
              ? [
                  ...toolbar.locale.map((locale) => [locale, plain] as const),
                  ...themes.map((theme) => [firstLocale, theme] as const),
                ]
              : [
                  [firstLocale, plain],
                  ...otherLocales.map(
                    (locale, i) => [locale, themes[(position + i) % themes.length]!] as const,
                  ),
                ];
          for (const [locale, theme] of visits) {
            found.push(...(await check(worker, story.id, locale, theme)));
          }
          return found;
        });
        assert.deepEqual(problems, []);
      });
    }
  },
);
