import { dirname, join } from 'node:path';
import { codeFacts, frameworkFiles } from './custom-elements-manifest.frameworks.mjs';

/**
 * Portalkit defines its tags with `defineElement('pk-…', Class)` (src/define.ts), which the
 * analyzer does not know: this records each such call as the tag's definition, so the class gets
 * its `tagName` (and is a custom element in the manifest).
 */
function defineElementCalls() {
  return {
    name: 'portalkit-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const imported = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((statement) =>
          statement.importClause?.namedBindings?.elements?.some(
            (binding) => binding.name.text === klass.text,
          ),
        );
      const module = imported
        ? join(dirname(moduleDoc.path), imported.moduleSpecifier.text.replace(/\.js$/, '.ts'))
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module },
        },
      ];
    },
  };
}

/**
 * Lit's internal reactive state (`{ state: true }` in `static properties`) has no attribute;
 * the analyzer would list it as one.
 */
function stateIsNoAttribute() {
  const states = new Map();
  return {
    name: 'portalkit-state-is-no-attribute',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (member) =>
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'properties' &&
          member.initializer &&
          ts.isObjectLiteralExpression(member.initializer),
      );
      const names = new Set();
      for (const property of properties?.initializer.properties ?? []) {
        if (/\bstate:\s*true\b/.test(property.getText())) names.add(property.name.getText());
      }
      states.set(node.name.text, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.attributes) continue;
          declaration.attributes = declaration.attributes.filter((attribute) => {
            const owner = attribute.inheritedFrom?.name ?? declaration.name;
            return !states.get(owner)?.has(attribute.fieldName ?? attribute.name);
          });
        }
      }
    },
  };
}

/**
 * Sorts the modules by path. Events come from the `@fires` tags. The analyzer also records each `dispatchEvent(new …Event())`
 * without a name (it cannot read the name from the event class); those go. An event dispatched
 * but not documented stays visible to the manifest test as such a nameless entry's type.
 */
function documentedEventsOnly() {
  return {
    name: 'portalkit-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      // The same order on every machine, whatever order the file system lists the files in.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        // `defineElement` itself calls `customElements.define(tag, element)`: not a definition.
        module.exports = module.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
        );
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          const named = declaration.events.filter((event) => event.name);
          // An event dispatched through a variable (`new this.#setup.stepEvent(…)`) has no known
          // class either: the subclasses' `@fires` name it.
          declaration.events = declaration.events.filter(
            (event) =>
              event.name ||
              (!!event.type?.text &&
                event.type.text !== 'unknown' &&
                !named.some((other) => other.type?.text === event.type?.text)),
          );
        }
      }
    },
  };
}

/**
 * Where this run writes the manifest: `outdir` below, or the `--outdir` given to `cem analyze`
 * (the manifest tests write to a temporary folder). The framework files go beside it, so a test
 * run never rewrites the committed ones.
 */
function manifestDir(configured) {
  const args = process.argv;
  const at = args.indexOf('--outdir');
  if (at !== -1 && args[at + 1]) return args[at + 1];
  const inline = args.find((arg) => arg.startsWith('--outdir='));
  return inline ? inline.slice('--outdir='.length) : configured;
}

/**
 * The custom-elements manifest (`custom-elements.json`), generated from the JSDoc headers of the
 * element classes (`@summary @attr @fires @csspart @cssproperty`) by `npm run build`, and from
 * it the framework files (`types/react.d.ts`, `types/vue.d.ts`, `vscode.html-custom-data.json`,
 * `web-types.json`; see custom-elements-manifest.frameworks.mjs). Read from this folder: module
 * paths in the manifest are relative to the package.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.fake.ts',
    'src/**/*.fixtures.ts',
    'src/test-support/**',
    'src/testing.ts',
  ],
  outdir: '.',
  litelement: true,
  // The package's `customElements` field is written by hand, once.
  packagejson: false,
  plugins: [
    defineElementCalls(),
    stateIsNoAttribute(),
    documentedEventsOnly(),
    codeFacts(),
    ...frameworkFiles(manifestDir('.')),
  ],
};
