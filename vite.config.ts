import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const elements = resolve(import.meta.dirname, 'packages/elements/src');

/** What `vite build` writes to `dist/elements`: one file per element, and all of them in one. */
const files = {
  'pk-portal': 'portal/index.ts',
  'pk-login': 'login/index.ts',
  'pk-passkeys': 'passkeys/index.ts',
  portalkit: 'index.ts',
};

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
      output: { minify: true },
      // SimpleWebAuthn's modules only declare functions, but its package does not say so; told,
      // the bundler leaves registration out of the sign-in page.
      treeshake: {
        moduleSideEffects: (id: string) => !id.includes('/@simplewebauthn/browser/'),
      },
    },
  },
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
