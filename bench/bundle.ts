import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, mergeConfig } from 'vite';
import { elementFileConfig, files } from '../vite.config.js';
import type { BenchRow } from './server.js';

const dist = resolve(import.meta.dirname, '../packages/elements/cdn');
const fixtures = resolve(import.meta.dirname, 'fixtures');

/** Budgets in KiB, brotli (ARCHITECTURE.md "Decisions"); `portalkit.js` carries every element. */
const budget = {
  elementFile: 19,
  ownCode: 7,
  bundle: 37,
};

/** An entry with every module it statically imports (what a browser downloads for it). */
async function closure(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(file, 'utf8');
  const imports = code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g);
  for (const [, spec] of imports) await closure(resolve(dirname(file), spec!), seen);
  return seen;
}

async function brotliSize(files: Iterable<string>): Promise<number> {
  let total = 0;
  for (const file of files) {
    const compressed = brotliCompressSync(await readFile(file), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    });
    total += compressed.length;
  }
  return total;
}

/**
 * Builds `fixtures/<file>.libraries.ts` like an element file: a trivial element making the same
 * library calls as the file, with no Portalkit code. Its size is what the libraries weigh.
 */
async function librariesOnlySize(fixture: string): Promise<number> {
  const outDir = await mkdtemp(join(tmpdir(), 'portalkit-bench-'));
  try {
    await build(
      mergeConfig(elementFileConfig, {
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: true,
          sourcemap: false,
          lib: { entry: { 'libraries-only': fixture }, formats: ['es'] },
        },
      }),
    );
    return await brotliSize(await closure(join(outDir, 'libraries-only.js')));
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

const kib = (bytes: number) => Math.round(bytes / 102.4) / 10;

/**
 * Brotli sizes (quality 11, each file compressed on its own as a server would send it) of every
 * file `vite build` writes, each beside the floor of its libraries: the rest is Portalkit's own
 * code (markup, texts, CSS, client, controllers).
 */
export async function benchBundle(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const name of Object.keys(files).sort()) {
    const bundle = name === 'portalkit';
    const bytes = await brotliSize(await closure(resolve(dist, `${name}.js`)));
    const size = kib(bytes);
    const limit = bundle ? budget.bundle : budget.elementFile;
    rows.push({
      name: `${name}.js (entry + imports), brotli`,
      value: size,
      unit: 'KiB',
      target: limit,
      pass: size <= limit,
      note: bundle
        ? 'every element; Hanko Elements login alone: ~37 kB'
        : name === 'pk-login'
          ? 'Lit, @lit/context, SimpleWebAuthn browser, zod/mini schemas, de + en; Hanko Elements login: ~37 kB'
          : undefined,
    });
    const fixture = join(fixtures, `${name}.libraries.ts`);
    if (!existsSync(fixture)) {
      rows.push({
        name: `  Portalkit's own code in ${name}.js, brotli`,
        value: size,
        unit: 'KiB',
        target: budget.ownCode,
        pass: false,
        note: `no libraries-only fixture: add bench/fixtures/${name}.libraries.ts`,
      });
      continue;
    }
    const libraries = await librariesOnlySize(fixture);
    const own = kib(bytes - libraries);
    rows.push({
      name: `  Portalkit's own code in ${name}.js, brotli`,
      value: own,
      unit: 'KiB',
      // Every element's file has the same budget for its own code; the bundle adds them up.
      ...(bundle ? {} : { target: budget.ownCode, pass: own <= budget.ownCode }),
      note: `file minus its libraries alone (same calls, no Portalkit code): ${kib(libraries)} KiB`,
    });
  }
  return rows;
}
