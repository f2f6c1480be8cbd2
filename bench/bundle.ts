import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, mergeConfig } from 'vite';
import { elementFileConfig } from '../vite.config.js';
import type { BenchRow } from './server.js';

const dist = resolve(import.meta.dirname, '../dist/elements');

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

/** Builds `fixtures/libraries-only.ts` like an element file; its size is what the libraries weigh. */
async function librariesOnlySize(): Promise<number> {
  const outDir = await mkdtemp(join(tmpdir(), 'portalkit-bench-'));
  try {
    await build(
      mergeConfig(elementFileConfig, {
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          sourcemap: false,
          lib: {
            entry: { 'libraries-only': resolve(import.meta.dirname, 'fixtures/libraries-only.ts') },
            formats: ['es'],
          },
        },
      }),
    );
    return await brotliSize(await closure(join(outDir, 'libraries-only.js')));
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Brotli sizes (quality 11, each file compressed on its own as a server would send it). */
export async function benchBundle(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  const login = await brotliSize(await closure(resolve(dist, 'pk-login.js')));
  rows.push({
    name: '<pk-login> entry + imports, brotli',
    value: kb(login),
    unit: 'kB',
    target: 15,
    pass: kb(login) <= 15,
    note: 'Lit, @lit/context, SimpleWebAuthn browser, zod/mini schemas, de + en; Hanko Elements login: ~37 kB',
  });
  const libraries = await librariesOnlySize();
  rows.push({
    name: '  of which its libraries (same calls, no Portalkit code)',
    value: kb(libraries),
    unit: 'kB',
    note: `Portalkit's own code in <pk-login> (form, texts, CSS, client): ${kb(login - libraries)} kB`,
  });
  const passkeys = await brotliSize(await closure(resolve(dist, 'pk-passkeys.js')));
  rows.push({ name: '<pk-passkeys> entry + imports, brotli', value: kb(passkeys), unit: 'kB' });
  const portal = await brotliSize(await closure(resolve(dist, 'pk-portal.js')));
  rows.push({ name: '<pk-portal> entry + imports, brotli', value: kb(portal), unit: 'kB' });
  const all = await brotliSize(await closure(resolve(dist, 'portalkit.js')));
  rows.push({ name: 'whole bundle (portalkit.js + imports), brotli', value: kb(all), unit: 'kB' });
  return rows;
}
