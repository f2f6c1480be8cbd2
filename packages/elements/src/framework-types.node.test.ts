import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/**
 * The framework files are written with the manifest by `npm run manifest -w @portalkit/elements`
 * (custom-elements-manifest.frameworks.mjs) and committed with it, like `custom-elements.json`.
 * These tests check that they are current, that they offer every element, and that a React 19
 * page and a Vue page using the elements type-check against them (the fixtures in `types/test/`,
 * whose `@ts-expect-error` lines fail the check if the types go loose).
 */

const packageDir = resolve(import.meta.dirname, '..');
const root = resolve(packageDir, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const files = [
  'types/react.d.ts',
  'types/vue.d.ts',
  'vscode.html-custom-data.json',
  'web-types.json',
];
const regenerate = 'run `npm run manifest -w @portalkit/elements`';

interface Run {
  code: number;
  output: string;
}

/** Runs a command to its end; a non-zero exit is a result, not a throw. */
function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, output: `${stdout}${stderr}`.trim() });
    });
  });
}

const read = (file: string) => readFile(join(packageDir, file), 'utf8');

/** Where two texts part, e.g. `line 12: "…" (written now) vs "…" (committed)`. */
function firstDifference(now: string, committed: string): string {
  const a = now.split('\n');
  const b = committed.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: ${JSON.stringify(a[at])} (written now) vs ${JSON.stringify(b[at])} (committed)`;
}

interface Member {
  kind: string;
  name: string;
  readonly?: boolean;
}
interface Element {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: Member[];
}

/** Each element of the manifest with the attributes a page can set (not the read-only `state`). */
async function elements(): Promise<Map<string, string[]>> {
  const manifest = JSON.parse(await read('custom-elements.json')) as {
    modules: { declarations?: Element[] }[];
  };
  const found = new Map<string, string[]>();
  for (const element of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!element.tagName) continue;
    const readOnly = (name: string) =>
      element.members?.some((member) => member.name === name && member.readonly) ?? false;
    const settable = (element.attributes ?? []).filter(
      (attribute) => !readOnly(attribute.fieldName ?? attribute.name),
    );
    found.set(element.tagName, settable.map((attribute) => attribute.name).sort());
  }
  return found;
}

/** The tags a generated `.d.ts` declares in its `CustomElements` type. */
function declaredTags(types: string): string[] {
  const block = /export type CustomElements = \{([\s\S]*?)\n {0,2}\};?\n/.exec(types)?.[1] ?? '';
  return [...block.matchAll(/^\s*"(pk-[\w-]+)":/gm)].map(([, tag]) => tag!).sort();
}

describe('framework types and editor data', { concurrency: true }, () => {
  test('are what `npm run manifest` writes from the code as it is', async () => {
    const out = await mkdtemp(join(tmpdir(), 'portalkit-frameworks-'));
    try {
      const analyze = await run(
        bin('cem'),
        [
          'analyze',
          '--config',
          'custom-elements-manifest.config.mjs',
          '--quiet',
          '--outdir',
          relative(packageDir, out),
        ],
        packageDir,
      );
      assert.equal(analyze.code, 0, analyze.output);
      for (const file of files) {
        const now = await readFile(join(out, file), 'utf8');
        const committed = await read(file);
        assert.ok(
          now === committed,
          `${file} is out of date (${firstDifference(now, committed)}): ${regenerate}`,
        );
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  test('offer every element of the manifest, with its attributes but not the read-only state', async () => {
    const expected = await elements();
    const tags = [...expected.keys()].sort();
    assert.deepEqual(
      tags,
      [
        'pk-account',
        'pk-address-change',
        'pk-approve',
        'pk-bank-details',
        'pk-document-upload',
        'pk-forgot-password',
        'pk-login',
        'pk-passkeys',
        'pk-portal',
        'pk-register',
        'pk-session-timer',
      ],
      'the elements in the manifest',
    );
    assert.deepEqual(declaredTags(await read('types/react.d.ts')), tags, 'types/react.d.ts');
    assert.deepEqual(declaredTags(await read('types/vue.d.ts')), tags, 'types/vue.d.ts');

    const vscode = JSON.parse(await read('vscode.html-custom-data.json')) as {
      tags: { name: string; attributes: { name: string }[] }[];
    };
    const webTypes = JSON.parse(await read('web-types.json')) as {
      contributions: { html: { elements: { name: string; attributes: { name: string }[] }[] } };
    };
    for (const [file, listed] of [
      ['vscode.html-custom-data.json', vscode.tags],
      ['web-types.json', webTypes.contributions.html.elements],
    ] as const) {
      const attributes = new Map(
        listed.map((tag) => [tag.name, tag.attributes.map((attribute) => attribute.name).sort()]),
      );
      assert.deepEqual(attributes, expected, `${file}: ${regenerate}`);
    }
    // `state` is in the manifest (pages style `pk-login[state=busy]`), but read only.
    assert.deepEqual(
      expected.get('pk-login'),
      ['api', 'forgot-password-href', 'methods'],
      'what a page sets on pk-login',
    );
  });

  test('let a React 19 page use the elements with typed attributes and events', async () => {
    const require = createRequire(join(root, 'package.json'));
    const { version } = require('@types/react/package.json') as { version: string };
    assert.match(version, /^19\./, '@types/react 19 (installed for examples/react)');
    const check = await run(
      bin('tsc'),
      ['-p', 'packages/elements/types/test/react/tsconfig.json', '--pretty', 'false'],
      root,
    );
    assert.equal(check.code, 0, `types/test/react/elements.tsx:\n${check.output}`);
  });

  test('let a Vue page use the elements with typed props and events', async () => {
    const check = await run(
      bin('vue-tsc'),
      ['-p', 'packages/elements/types/test/vue/tsconfig.json', '--pretty', 'false'],
      root,
    );
    assert.equal(check.code, 0, `types/test/vue/Elements.vue:\n${check.output}`);
  });
});
