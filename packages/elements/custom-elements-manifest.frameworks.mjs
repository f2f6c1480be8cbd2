import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/**
 * The framework files written with the manifest, in the same `cem analyze` run: JSX types for
 * React 19 (`types/react.d.ts`), Vue's `GlobalComponents` (`types/vue.d.ts`), VS Code's
 * `html.customData` and JetBrains' web-types. Each generator reads the manifest as a page author
 * sees the elements (`authoringView`): only the tags, without the read-only `state`, with the
 * union behind a type alias (`LoginMethods`) spelled out, and with each event's detail type.
 */

/** What the code says beyond the manifest, read in the analyze phase; filled by `codeFacts`. */
const facts = {
  /** Event class → its detail type: `PkLoginSuccessEvent` → `PkLoginSuccessDetail`. */
  details: new Map(),
  /** Type alias of string literals → the union: `LoginMethods` → `'all' | 'password' | 'passkey'`. */
  unions: new Map(),
};

/**
 * Records `class X extends CustomEvent<Detail>` and `type X = 'a' | 'b'`: the manifest keeps an
 * event's class (`@fires {PkLoginSuccessEvent}`) and a property's declared type (`LoginMethods`),
 * while handlers want the detail and editors want the values.
 */
export function codeFacts() {
  return {
    name: 'portalkit-code-facts',
    analyzePhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const base = node.heritageClauses
          ?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)
          ?.types.at(0);
        if (base?.expression.getText() === 'CustomEvent' && base.typeArguments?.length === 1) {
          facts.details.set(node.name.text, base.typeArguments[0].getText());
        }
      }
      if (ts.isTypeAliasDeclaration(node) && !node.typeParameters) {
        const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
        const literals = members.every(
          (member) => ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal),
        );
        if (!literals) return;
        // A name declared twice with different values is left as it is (`null`).
        const known = facts.unions.get(node.name.text);
        const text = node.type.getText();
        facts.unions.set(node.name.text, known === undefined || known === text ? text : null);
      }
    },
  };
}

/** `LoginMethods | undefined` → `'all' | 'password' | 'passkey' | undefined`. */
function spelledOut(type) {
  if (!type?.text) return type;
  const text = type.text
    .split(' | ')
    .map((member) => facts.unions.get(member) ?? member)
    .join(' | ');
  return { ...type, text };
}

/**
 * The manifest as a page sees it. The shared base class is no tag of its own (each element lists
 * what it inherits); protected and private members are the elements' own. `state` is reflected
 * for styling (`pk-login[state=busy]`) but set by the element alone, so it is neither an
 * attribute nor a property a page can set.
 */
function authoringView(manifest) {
  const view = structuredClone(manifest);
  for (const module of view.modules) {
    module.declarations = module.declarations?.filter(
      (declaration) => !declaration.customElement || declaration.tagName,
    );
    for (const element of module.declarations ?? []) {
      if (!element.tagName) continue;
      const readOnly = new Set(
        (element.members ?? [])
          .filter((member) => member.kind === 'field' && member.readonly)
          .map((member) => member.name),
      );
      // Events the analyzer saw dispatched but found no name for stay out (the manifest test names them).
      element.events = element.events?.filter((event) => event.name);
      element.attributes = element.attributes
        ?.filter((attribute) => !readOnly.has(attribute.fieldName ?? attribute.name))
        .map((attribute) => ({ ...attribute, type: spelledOut(attribute.type) }));
      element.members = element.members
        ?.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected')
        .filter((member) => !member.name.startsWith('#'))
        .filter((member) => !(member.kind === 'field' && member.readonly))
        .map((member) =>
          member.kind === 'field' ? { ...member, type: spelledOut(member.type) } : member,
        );
    }
  }
  return view;
}

/** Sets each event's type to what a generator wraps or reads, given the detail type if known. */
function withEventTypes(view, eventType) {
  for (const element of view.modules.flatMap((module) => module.declarations ?? [])) {
    for (const event of element.events ?? []) {
      event.type = { text: eventType(facts.details.get(event.type?.text)) };
    }
  }
  return view;
}

/** Runs a generator's analyzer plugin on a view of the manifest; the manifest stays as it is. */
function onView(view, plugin, after = () => {}) {
  return {
    name: plugin.name,
    packageLinkPhase({ customElementsManifest, ...rest }) {
      const manifest = view(authoringView(customElementsManifest));
      plugin.packageLinkPhase({ ...rest, customElementsManifest: manifest });
      after(manifest);
    },
  };
}

/** Rewrites a generated file in place; `change` throws if the file is not as it expects. */
function rewrite(file, change) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** Replaces the one match of `pattern`, or throws (a generator update changed its output). */
function replaceOnce(text, pattern, replacement, what) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`));
  if (matches?.length !== 1) throw new Error(`framework types: ${what} not found once`);
  return text.replace(pattern, replacement);
}

/**
 * The JSX generator types the props every element shares (`ref`, `style`, `onClick`, …) for any
 * JSX library: `ref` takes an element or a callback but no `useRef` object, and DOM events are not
 * React's. In React's JSX they are React's own props for an HTML element.
 */
const reactBaseProps = `/** React's own props for an HTML element: \`ref\`, \`key\`, \`style\`, \`onClick\`, … */
type BaseProps<T extends HTMLElement> = import("react").DetailedHTMLProps<
  import("react").HTMLAttributes<T>,
  T
>;`;

/** `password-policy` → `passwordPolicy`. */
const vueAttributeProp = (name) => name.replace(/-(\w)/g, (_match, letter) => letter.toUpperCase());

/** `pk-login-success` → `onPkLoginSuccess`. */
const vueListenerProp = (event) =>
  'on' + event.replace(/(^|-)(\w)/g, (_match, _dash, letter) => letter.toUpperCase());

/**
 * The generators' analyzer plugins, writing into `outdir` (where the manifest goes). Types
 * import the element classes and event details from the package entry, as a page does.
 */
export function frameworkFiles(outdir) {
  const types = join(outdir, 'types');
  const entry = '@portalkit/elements';
  return [
    // React 19 adds a listener for a custom element's `on<name>` prop with the name as written
    // (react-dom `setPropOnCustomElement`: `addEventListener(key.slice(2), …)`), so the prop for
    // `pk-login-success` is `onpk-login-success`, which is what this generator writes.
    onView(
      (view) => withEventTypes(view, (detail) => (detail ? `CustomEvent<${detail}>` : 'Event')),
      jsxTypesPlugin({
        outdir: types,
        fileName: 'react.d.ts',
        globalTypePath: entry,
        stronglyTypedEvents: true,
        // The elements' JSDoc is all `@summary` (the other generators read it by default).
        componentDescriptionOptions: { descriptionSrc: 'summary' },
      }),
      () =>
        rewrite(join(types, 'react.d.ts'), (text) =>
          replaceOnce(
            text,
            /^type BaseProps<T extends HTMLElement> = \{\n[\s\S]*?\n\};$/m,
            reactBaseProps,
            'type BaseProps',
          ),
        ),
    ),
    // The generator names a listener prop `onpk-login-success`; vue-tsc looks up
    // `@pk-login-success` as the prop `onPkLoginSuccess` (camelize('on-' + name)), the name Vue's
    // runtime also turns back into `pk-login-success` for the listener. Attributes likewise: it
    // looks up `password-policy="…"` as the prop `passwordPolicy`, so a kebab-case key would
    // leave the attribute unchecked.
    onView(
      (view) => withEventTypes(view, (detail) => detail ?? 'unknown'),
      customElementVuejsPlugin({
        outdir: types,
        fileName: 'vue.d.ts',
        globalTypePath: entry,
        hideLogs: true,
      }),
      (view) => {
        const elements = view.modules.flatMap((module) => module.declarations ?? []);
        const renames = [
          ...elements
            .flatMap((element) => element.events ?? [])
            .map(({ name }) => [`"on${name}"?:`, `${vueListenerProp(name)}?:`]),
          ...elements
            .flatMap((element) => element.attributes ?? [])
            .filter(({ name }) => name.includes('-'))
            .map(({ name }) => [`"${name}"?:`, `${vueAttributeProp(name)}?:`]),
        ];
        // Two elements may share an attribute (`password-policy`): each rename once.
        rewrite(join(types, 'vue.d.ts'), (text) =>
          [...new Map(renames)].reduce((out, [generated, prop]) => {
            if (!out.includes(generated)) {
              throw new Error(`framework types: ${generated} not found`);
            }
            return out.replaceAll(generated, prop);
          }, text),
        );
      },
    ),
    onView(
      (view) => view,
      customElementVsCodePlugin({
        outdir,
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: null,
        hideLogs: true,
      }),
    ),
    onView(
      (view) => view,
      customElementJetBrainsPlugin({
        outdir,
        webTypesFileName: 'web-types.json',
        // The package's `web-types` field is written by hand, like `customElements`.
        packageJson: false,
        modulePathTemplate: (_name, modulePath) => `./${modulePath}`,
        hideLogs: true,
      }),
    ),
  ];
}
