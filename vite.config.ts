import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const elements = resolve(import.meta.dirname, 'packages/elements/src');

/** What `vite build` writes to `dist/elements`: one file per element, and all of them in one. */
const files = {
  'pk-portal': 'portal/index.ts',
  'pk-login': 'login/index.ts',
  'pk-passkeys': 'passkeys/index.ts',
  portalkit: 'index.ts',
};

/**
 * Writes `THIRD-PARTY-LICENSES.txt` next to the element files: the name, version and licence text
 * of every package bundled into them (Lit and zod are BSD-3-Clause and MIT, whose notices must travel
 * with the code). The files themselves carry no comments, to stay small.
 */
function thirdPartyLicenses(): Plugin {
  // Package folders bundled by any file so far: each file's build rewrites the list with all of them.
  const packages = new Set<string>();
  return {
    name: 'portalkit:third-party-licenses',
    generateBundle() {
      for (const id of this.getModuleIds()) {
        const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id.replaceAll('\\', '/'));
        if (match) packages.add(match[1]!);
      }
      const notices = [...packages].sort().map((dir) => {
        const { name, version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        const file = readdirSync(dir).find((entry) => /^licen[cs]e/i.test(entry));
        const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `License: ${license}`;
        return `${name} ${version} (${license})\n\n${text}\n`;
      });
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: `Portalkit elements include the following packages.\n\n${notices.join('\n' + '-'.repeat(72) + '\n\n')}`,
      });
    },
  };
}

/** How every element file is built (`bench/bundle.ts` builds its size fixture the same way). */
export const elementFileConfig = {
  plugins: [thirdPartyLicenses()],
  // Lit's reactive properties need legacy decorators with `useDefineForClassFields: false`; with
  // standard decorators under oxc they compile but silently stop updating.
  oxc: {
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  build: {
    outDir: 'dist/elements',
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // Library mode keeps whitespace in ES output by default; a site serves these files as they are.
      // No comments: licence notices are in THIRD-PARTY-LICENSES.txt (see above).
      output: { minify: true, comments: false },
      // SimpleWebAuthn's modules only declare functions, but its package does not say so; told,
      // the bundler leaves registration out of the sign-in page.
      treeshake: {
        moduleSideEffects: (id: string) => !id.includes('/@simplewebauthn/browser/'),
      },
    },
  },
} satisfies UserConfig;

/**
 * Each file is self-contained (Lit and every other import inside it), so a page with one element
 * loads one file and nothing else: sent as one stream, it compresses better than the same code
 * split into shared chunks. A page with several elements loads `portalkit.js`. Elements from
 * different files still work together (`<pk-portal>` context, one passkey prompt at a time, terms
 * a site registers): that state is kept page-wide, not per file.
 *
 * Vite builds one library per environment, so each file is an environment of its own.
 */
export default defineConfig({
  ...elementFileConfig,
  environments: Object.fromEntries(
    Object.entries(files).map(([name, entry], index) => [
      // Environment names allow no `-`.
      name.replaceAll('-', '_'),
      {
        consumer: 'client',
        build: {
          emptyOutDir: index === 0,
          lib: { entry: { [name]: resolve(elements, entry) }, formats: ['es'] },
        },
      },
    ]),
  ),
  builder: {
    // Only the element files; the implicit `client` environment would look for an index.html.
    async buildApp(builder) {
      for (const name of Object.keys(files)) {
        await builder.build(builder.environments[name.replaceAll('-', '_')]!);
      }
    },
  },
});
