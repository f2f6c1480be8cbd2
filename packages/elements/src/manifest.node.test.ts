import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The custom-elements manifest is what docs, framework types and Storybook controls are generated
 * from: everything a site can use must be in it. These tests read the element code itself (the
 * `defineElement` calls, `static properties`, the event classes an element dispatches, `part="…"`
 * in templates and `var(--pk-…)` in sheets) and name each item the manifest lacks.
 */

const src = import.meta.dirname;
const packageDir = resolve(src, '..');
const manifestFile = join(packageDir, 'custom-elements.json');

interface Item {
  name: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  attributes?: Item[];
  events?: Partial<Item>[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

type Kind = 'attribute' | 'event' | 'part' | 'CSS property';

/** What the code of one element uses that a site can see or set. */
interface Used {
  tag: string;
  items: [Kind, string][];
}

const read = (file: string) => readFileSync(file, 'utf8');

/** A file with every module of this package it imports, directly or not. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of read(file).matchAll(/(?:import|export)\s[^'"]*?from\s*'(\.{1,2}\/[^']+)'/g)) {
    const target = resolve(dirname(file), spec!.replace(/\.js$/, '.ts'));
    if (existsSync(target)) closure(target, seen);
  }
  return seen;
}

/** Attributes declared in `static properties` (Lit): neither `state: true` nor `attribute: false`. */
function attributes(code: string): string[] {
  const found: string[] = [];
  for (const [, block] of code.matchAll(/static (?:override )?properties[^=]*=\s*\{([\s\S]*?)\n {2}\};/g)) {
    for (const [, name, options] of block!.matchAll(/^\s*(\w+):\s*\{([^}]*)\}/gm)) {
      if (/\bstate:\s*true\b/.test(options!) || /\battribute:\s*false\b/.test(options!)) continue;
      found.push(/\battribute:\s*'([^']+)'/.exec(options!)?.[1] ?? name!.toLowerCase());
    }
  }
  // Attributes an element reflects by hand (the derived `state`).
  for (const [, name] of code.matchAll(/\bthis\.setAttribute\('([\w-]+)'/g)) found.push(name!);
  return found;
}

/** The `pk-*` event names of the event classes dispatched in these files. */
function events(files: string[]): string[] {
  const all = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file: string) => file.endsWith('.events.ts'))
    .map((file: string) => read(join(src, file)));
  const names = new Map<string, string>();
  for (const code of all) {
    for (const [, klass, event] of code.matchAll(
      /class (Pk\w+Event) extends CustomEvent[\s\S]*?super\('(pk-[\w-]+)'/g,
    )) {
      names.set(klass!, event!);
    }
  }
  const dispatched = files.flatMap((file) => [...read(file).matchAll(/\bnew (Pk\w+Event)\(/g)]);
  return dispatched.map(([, klass]) => names.get(klass!) ?? `${klass} (no pk-* name found)`);
}

/** One module's top-level declarations by name, and where the names it imports come from. */
interface ModuleIndex {
  declared: Map<string, ts.Node[]>;
  /** A local name: the module it comes from and its name there (`*`: the whole module). */
  imported: Map<string, { file: string; name: string }>;
  /** `export * from`: the modules whose names this one passes on. */
  passedOn: string[];
}

const indexes = new Map<string, ModuleIndex>();

function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) =>
    ts.isOmittedExpression(element) ? [] : boundNames(element.name),
  );
}

function moduleIndex(file: string): ModuleIndex {
  const known = indexes.get(file);
  if (known) return known;
  const index: ModuleIndex = { declared: new Map(), imported: new Map(), passedOn: [] };
  indexes.set(file, index);
  const declare = (name: string, node: ts.Node) =>
    index.declared.set(name, [...(index.declared.get(name) ?? []), node]);
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) {
      const spec = statement.moduleSpecifier;
      if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) continue;
      const from = resolve(dirname(file), spec.text.replace(/\.js$/, '.ts'));
      if (!existsSync(from)) continue;
      const bindings = ts.isImportDeclaration(statement)
        ? statement.importClause?.namedBindings
        : statement.exportClause;
      if (!bindings) {
        if (ts.isExportDeclaration(statement)) index.passedOn.push(from);
      } else if (ts.isNamespaceImport(bindings) || ts.isNamespaceExport(bindings)) {
        index.imported.set(bindings.name.text, { file: from, name: '*' });
      } else {
        for (const element of bindings.elements) {
          index.imported.set(element.name.text, {
            file: from,
            name: (element.propertyName ?? element.name).text,
          });
        }
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        for (const name of boundNames(declaration.name)) declare(name, declaration);
      }
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      declare(statement.name.text, statement);
    }
  }
  return index;
}

/**
 * The code of a declaration and of every top-level declaration it names, in its module and the
 * modules it imports from: what an element can render, where importing a module of templates
 * does not render each of them (`<pk-approve>` takes the step kit from `parts/step-form.ts`,
 * whose text field it has none of).
 */
function reachedCode(file: string, name: string, seen = new Set<string>()): string[] {
  const key = `${file}#${name}`;
  if (seen.has(key)) return [];
  seen.add(key);
  const index = moduleIndex(file);
  if (name === '*') {
    return [...index.declared.keys(), ...index.imported.keys()].flatMap((local) =>
      reachedCode(file, local, seen),
    );
  }
  const nodes = index.declared.get(name);
  if (nodes) {
    const code = nodes.map((node) => node.getText());
    const named = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) code.push(...reachedCode(file, node.text, seen));
      ts.forEachChild(node, named);
    };
    nodes.forEach((node) => ts.forEachChild(node, named));
    return code;
  }
  const from = index.imported.get(name);
  if (from) return reachedCode(from.file, from.name, seen);
  return index.passedOn.flatMap((module) => reachedCode(module, name, seen));
}

/** Every element the package defines, with what its code uses. */
function usedByElements(): Used[] {
  const used: Used[] = [];
  for (const folder of readdirSync(src, { withFileTypes: true })) {
    const index = join(src, folder.name, 'index.ts');
    if (!folder.isDirectory() || !existsSync(index)) continue;
    const code = read(index);
    for (const [, tag, klass] of code.matchAll(/defineElement\('(pk-[\w-]+)',\s*(\w+)\)/g)) {
      const from = new RegExp(`import \\{[^}]*\\b${klass}\\b[^}]*\\} from '(\\.[^']+)'`).exec(code);
      if (!from) throw new Error(`${tag}: no import of ${klass} in ${relative(src, index)}`);
      const file = resolve(dirname(index), from[1]!.replace(/\.js$/, '.ts'));
      const files = [...closure(file)];
      const sources = files.map(read);
      // Parts by what the element renders; the rest by the modules it loads.
      const rendered = reachedCode(file, klass!);
      const items: [Kind, string][] = [
        ...sources.flatMap(attributes).map((name): [Kind, string] => ['attribute', name]),
        ...events(files).map((name): [Kind, string] => ['event', name]),
        ...rendered
          .flatMap((code) => [...code.matchAll(/\bpart="([^"$]+)"/g)])
          .flatMap(([, names]) => names!.split(/\s+/))
          .map((name): [Kind, string] => ['part', name]),
        ...sources
          .flatMap((source) => [...source.matchAll(/var\((--pk-[\w-]+)/g)])
          .map(([, name]): [Kind, string] => ['CSS property', name!]),
      ];
      used.push({ tag: tag!, items });
    }
  }
  return used;
}

/** What the manifest lacks of what the code uses, e.g. `pk-login: part "toggle"`. */
function missingFromManifest(manifest: Manifest, used: Used[]): string[] {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const missing: string[] = [];
  for (const { tag, items } of used) {
    const element = declarations.find((declaration) => declaration.tagName === tag);
    if (!element) {
      missing.push(`${tag}: the element itself (no declaration with this tagName)`);
      continue;
    }
    const listed: Record<Kind, (Partial<Item> | undefined)[]> = {
      attribute: element.attributes ?? [],
      event: element.events ?? [],
      part: element.cssParts ?? [],
      'CSS property': element.cssProperties ?? [],
    };
    for (const [kind, name] of new Map(items.map((item) => [item.join(' '), item])).values()) {
      if (!listed[kind].some((entry) => entry?.name === name)) {
        missing.push(`${tag}: ${kind} "${name}"`);
      }
    }
  }
  return missing;
}

const manifest = (): Manifest => JSON.parse(read(manifestFile)) as Manifest;

describe('custom-elements manifest', () => {
  test('the package points to it', () => {
    const pkg = JSON.parse(read(join(packageDir, 'package.json'))) as {
      customElements?: string;
      files?: string[];
    };
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(pkg.files?.includes('custom-elements.json'), 'published with the package');
  });

  test('lists every pk-* tag, attribute, event, part and CSS property the code uses', () => {
    const used = usedByElements();
    assert.deepEqual(
      used.map((element) => element.tag).sort(),
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
      'the elements found in the code',
    );
    const missing = missingFromManifest(manifest(), used);
    assert.deepEqual(missing, [], `missing from custom-elements.json:\n  ${missing.join('\n  ')}`);
  });

  test('names what is missing when a part, event or tag is left out', () => {
    const used = usedByElements();
    const stripped = manifest();
    for (const declaration of stripped.modules.flatMap((module) => module.declarations ?? [])) {
      if (declaration.tagName === 'pk-login') {
        declaration.cssParts = declaration.cssParts?.filter((part) => part.name !== 'toggle');
        declaration.events = declaration.events?.filter((event) => event.name !== 'pk-login-error');
        declaration.cssProperties = declaration.cssProperties?.filter(
          (property) => property.name !== '--pk-color-focus',
        );
      }
      if (declaration.tagName === 'pk-passkeys') {
        declaration.attributes = declaration.attributes?.filter((item) => item.name !== 'state');
      }
      if (declaration.tagName === 'pk-portal') delete declaration.tagName;
    }
    assert.deepEqual(missingFromManifest(stripped, used), [
      'pk-login: event "pk-login-error"',
      'pk-login: part "toggle"',
      'pk-login: CSS property "--pk-color-focus"',
      'pk-passkeys: attribute "state"',
      'pk-portal: the element itself (no declaration with this tagName)',
    ]);
  });

  test('is the one the analyzer makes from the code as it is (run `npm run build`)', () => {
    const out = mkdtempSync(join(tmpdir(), 'portalkit-manifest-'));
    try {
      const cem = resolve(packageDir, '../../node_modules/.bin/cem');
      const run = spawnSync(
        cem,
        ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet', '--outdir', relative(packageDir, out)],
        { cwd: packageDir, encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(
        JSON.parse(read(join(out, 'custom-elements.json'))),
        manifest(),
        'custom-elements.json is out of date: run `npm run build`',
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
