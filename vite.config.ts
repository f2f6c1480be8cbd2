import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const elements = resolve(import.meta.dirname, 'packages/elements/src');

/**
 * Builds the elements as ES modules into `dist/elements`: one entry per element (a site loads only
 * what it uses; shared code such as Lit lands in shared chunks) and `portalkit.js` with all of them.
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
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        portalkit: resolve(elements, 'index.ts'),
        'pk-portal': resolve(elements, 'portal/index.ts'),
        'pk-login': resolve(elements, 'login/index.ts'),
        'pk-passkeys': resolve(elements, 'passkeys/index.ts'),
      },
      formats: ['es'],
    },
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
});
