import manifestJson from '@portalkit/elements/custom-elements.json';
import authoringJson from '@portalkit/elements/vscode.html-custom-data.json';
import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';
import { defaults } from './defaults.js';

/**
 * What Storybook shows about an element comes from the custom-elements manifest
 * (`packages/elements/custom-elements.json`, generated from the JSDoc headers), never written a
 * second time: the controls, the actions, the API pages and the theming page.
 */

export interface Described {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  attribute?: string;
  inheritedFrom?: { name: string };
}

export interface ElementDeclaration {
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Described[];
  members?: Described[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ElementDeclaration[] }[];
}

const manifest = manifestJson as Manifest;

/** Every element the package defines, in the manifest's order (by module path). */
export const elements: readonly (ElementDeclaration & { tagName: string })[] =
  manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter(
      (declaration): declaration is ElementDeclaration & { tagName: string } =>
        !!declaration.tagName,
    ),
  );

export function element(tag: string): ElementDeclaration & { tagName: string } {
  const found = elements.find((candidate) => candidate.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json (npm run manifest?)`);
  return found;
}

/** Properties a page sets from script: public, not static, not a method, not an attribute. */
export function properties(declaration: ElementDeclaration): Described[] {
  const attributes = new Set((declaration.attributes ?? []).map((attribute) => attribute.name));
  return (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('#') &&
      !attributes.has(member.attribute ?? member.name),
  );
}

/**
 * The manifest as a page author reads it, for Storybook's own extraction of arg types
 * (`setCustomElementsManifest`): without private and protected members, methods and the fields
 * behind attributes, which it would otherwise list as controls.
 */
export const publicManifest: Manifest = {
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      members: properties(declaration),
    })),
  })),
};

/** Values of an attribute the manifest spells out (`methods`: `all`, `password`, `passkey`). */
const attributeValues = new Map(
  (
    authoringJson as {
      tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[];
    }
  ).tags.flatMap((tag) =>
    tag.attributes.map((attribute) => [
      `${tag.name} ${attribute.name}`,
      (attribute.values ?? []).map((value) => value.name),
    ]),
  ),
);

const isColour = (value: string) => /^(#|rgb|hsl)/.test(value);

/**
 * Controls for what the manifest lists: a choice for an attribute with named values, a switch for
 * a boolean one, a colour picker or text field for each `--pk-*` property with its default; the
 * read-only `state`, the script-only properties, the events and the parts are listed without a
 * control. Runs after Storybook's own extraction from the manifest.
 */
export const controlsFromManifest: ArgTypesEnhancer = (context) => {
  const argTypes = context.argTypes as StrictArgTypes;
  if (typeof context.component !== 'string') return argTypes;
  const declaration = elements.find((candidate) => candidate.tagName === context.component);
  if (!declaration) return argTypes;
  const result: StrictArgTypes = { ...argTypes };
  const merge = (name: string, add: Partial<StrictArgTypes[string]>) => {
    const current = result[name];
    if (current) result[name] = { ...current, ...add, table: { ...current.table, ...add.table } };
  };
  for (const attribute of declaration.attributes ?? []) {
    const values = attributeValues.get(`${declaration.tagName} ${attribute.name}`);
    if (values === undefined) merge(attribute.name, { control: false });
    else if (values.length > 0) {
      merge(attribute.name, { control: { type: 'radio' }, options: values });
    } else if (attribute.type?.text === 'boolean')
      merge(attribute.name, { control: { type: 'boolean' } });
    else merge(attribute.name, { control: { type: 'text' } });
  }
  for (const property of properties(declaration)) merge(property.name, { control: false });
  // Events go to the Actions panel; parts are attributes in the light DOM, not shadow parts.
  for (const event of declaration.events ?? []) merge(event.name, { control: false });
  for (const part of declaration.cssParts ?? []) {
    merge(part.name, { control: false, table: { category: 'parts' } });
  }
  for (const property of declaration.cssProperties ?? []) {
    const value = defaults.get(property.name);
    merge(property.name, {
      control: { type: value && isColour(value) ? 'color' : 'text' },
      table: value === undefined ? {} : { defaultValue: { summary: value } },
    });
  }
  return result;
};

/** `--pk-*` values a story sets through the controls, as the element's inline style. */
export function cssPropertiesFrom(args: Record<string, unknown>): string {
  return Object.entries(args)
    .filter(([name, value]) => name.startsWith('--pk-') && typeof value === 'string' && value)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join('; ');
}

/** Every event an element fires, from the manifest: each is shown in the Actions panel. */
export const eventNames: readonly string[] = [
  ...new Set(elements.flatMap((declaration) => (declaration.events ?? []).map((e) => e.name))),
];
