import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin, type UserConfig } from 'vite';

const elements = resolve(import.meta.dirname, 'packages/elements/src');

/** Where the self-contained element files go: `@portalkit/elements/pk-login.js` and so on. */
export const elementFilesDir = resolve(import.meta.dirname, 'packages/elements/cdn');

/**
 * Inside this repository the Portalkit packages resolve to their TypeScript sources (the
 * `@portalkit/source` export condition); an installed package resolves to its compiled `dist/`.
 */
export const sourceConditions = ['@portalkit/source', ...defaultClientConditions];

/**
 * What `vite build` writes to `packages/elements/cdn`: one file per element, and all of them in one.
 * Every folder with an `index.ts` is an element, `<flow>/index.ts` becoming `pk-<flow>.js`;
 * `portalkit.js` is `src/index.ts`, which re-exports each folder. No list names the elements.
 */
export const files: Record<string, string> = {
  ...Object.fromEntries(
    readdirSync(elements, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(elements, entry.name, 'index.ts')))
      .map((entry) => [`pk-${entry.name}`, `${entry.name}/index.ts`]),
  ),
  portalkit: 'index.ts',
};

/**
 * Writes `THIRD-PARTY-LICENSES.txt` next to the element files: the name, version and licence text
 * of every package bundled into them (Lit and zod are BSD-3-Clause and MIT, whose notices must travel
 * with the code). The files themselves carry no comments but V8's compile hint, to stay small.
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

const tokensFile = join(elements, 'theme/tokens.ts');

/** The design tokens' CSS (`primary` → `var(--pk-color-primary, #005ca9)`), read from their source. */
function readTokens(): Map<string, string> {
  const source = readFileSync(tokensFile, 'utf8');
  return new Map([...source.matchAll(/^ {2}(\w+): css`([^`$]*)`,$/gm)].map(([, name, value]) => [name!, value!]));
}

/**
 * Drops the layout whitespace inside Lit's css`…` and html`…` templates: they are written to be
 * read, the files are sent to be small. In markup, runs of whitespace become one space, which
 * renders the same; in sheets, comments go, and whitespace around braces, semicolons and commas
 * and after a colon (a space before `:where(`, a descendant combinator, stays), a rule's last
 * semicolon, and the quotes around part names. A sheet's design
 * tokens (`${t.primary}`) are written in as their text, so the file carries no token object.
 * Expressions (`${…}`) are copied as they are, except the templates nested in them.
 */
function compactTemplates(): Plugin {
  let tokens = readTokens();
  const markup = (text: string) => text.replace(/\s+/g, ' ');
  const sheet = (text: string) =>
    markup(text.replace(/\/\*[\s\S]*?\*\//g, ''))
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
      .replace(/\[part~='([\w-]+)'\]/g, '[part~=$1]');

  /** Copies the code from `start` on; returns it with its tagged templates compacted. */
  function scan(code: string, start: number, stopAtBrace: boolean): [string, number] {
    let out = '';
    let depth = 0;
    for (let i = start; i < code.length; i++) {
      const char = code[i]!;
      if (char === "'" || char === '"') {
        const end = skipString(code, i);
        out += code.slice(i, end);
        i = end - 1;
      } else if (char === '`') {
        const tag = /\b(css|html)$/.exec(code.slice(Math.max(0, i - 4), i))?.[1];
        const [template, end] = scanTemplate(code, i + 1, tag);
        out += '`' + template + '`';
        i = end;
      } else if (char === '/' && code[i + 1] === '/') {
        const end = code.indexOf('\n', i);
        out += code.slice(i, end < 0 ? code.length : end);
        i = (end < 0 ? code.length : end) - 1;
      } else if (char === '/' && code[i + 1] === '*') {
        const end = code.indexOf('*/', i + 2) + 2;
        out += code.slice(i, end);
        i = end - 1;
      } else {
        if (stopAtBrace && char === '{') depth++;
        if (stopAtBrace && char === '}' && depth-- === 0) return [out, i];
        out += char;
      }
    }
    return [out, code.length];
  }

  function skipString(code: string, start: number): number {
    const quote = code[start];
    let i = start + 1;
    while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
    return i + 1;
  }

  /** A template's text from after its backtick; returns it and the index of its closing one. */
  function scanTemplate(code: string, start: number, tag?: string): [string, number] {
    const compact = tag === 'css' ? sheet : tag === 'html' ? markup : (text: string) => text;
    let out = '';
    let text = '';
    for (let i = start; i < code.length; i++) {
      const char = code[i]!;
      if (char === '\\') {
        text += code.slice(i, i + 2);
        i++;
      } else if (char === '`') {
        return [out + compact(text), i];
      } else if (char === '$' && code[i + 1] === '{') {
        const [expression, end] = scan(code, i + 2, true);
        const token = tag === 'css' && /^\s*t\.(\w+)\s*$/.exec(expression)?.[1];
        if (token && tokens.has(token)) {
          text += tokens.get(token)!;
        } else {
          out += compact(text) + '${' + expression + '}';
          text = '';
        }
        i = end;
      } else {
        text += char;
      }
    }
    throw new Error('unterminated template literal');
  }

  return {
    name: 'portalkit:compact-templates',
    enforce: 'pre',
    buildStart() {
      tokens = readTokens();
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || !id.endsWith('.ts') || !/\b(css|html)`/.test(code)) {
        return null;
      }
      return { code: scan(code, 0, false)[0], map: null };
    },
  };
}

/** How every element file is built (`bench/bundle.ts` builds its size fixture the same way). */
export const elementFileConfig = {
  plugins: [compactTemplates(), thirdPartyLicenses()],
  resolve: { conditions: sourceConditions },
  // Lit's reactive properties need legacy decorators with `useDefineForClassFields: false`; with
  // standard decorators under oxc they compile but silently stop updating.
  oxc: {
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  build: {
    outDir: elementFilesDir,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // Library mode keeps whitespace in ES output by default; a site serves these files as they are.
      // No comments: licence notices are in THIRD-PARTY-LICENSES.txt (see above).
      // V8 compiles every function of a file that starts with this comment off the main thread
      // while the file loads (Chrome 136+), instead of each on its first call: most of an element
      // file's code runs before its first paint (`npm run bench`, first content).
      output: { minify: true, comments: false, postBanner: '//# allFunctionsCalledOnLoad' },
      // SimpleWebAuthn's modules only declare functions, but its package does not say so; told,
      // the bundler leaves registration out of the sign-in page.
      treeshake: {
        moduleSideEffects: (id: string) => !id.includes('/@simplewebauthn/browser/'),
        // Lit's css`…` only makes a sheet. Said so, the bundler leaves out the design tokens'
        // object, which no file reads: its texts are written into the sheets (see above).
        manualPureFunctions: ['css'],
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
        // An environment takes no `resolve.conditions` from the top level: without them here,
        // `@portalkit/protocol` would resolve to its compiled `dist/`, stale until rebuilt.
        resolve: { conditions: sourceConditions },
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
