import { html, nothing, type TemplateResult } from 'lit';
import { defaults } from './defaults.js';
import { element, properties, type Described } from './manifest.js';

/** Manifest text with its `code` spans, as the JSDoc wrote them. */
export function prose(text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const pieces = text.replace(/\s*\n\s*/g, ' ').split('`');
  return html`${pieces.map((piece, at) => (at % 2 ? html`<code>${piece}</code>` : piece))}`;
}

/** The manifest's paragraphs (a blank line between them in the JSDoc). */
export function paragraphs(text: string | undefined): TemplateResult[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => html`<p>${prose(paragraph)}</p>`);
}

interface Column {
  heading: string;
  cell: (item: Described) => unknown;
}

function table(heading: string, items: readonly Described[], columns: Column[]) {
  if (items.length === 0) return nothing;
  return html`<h2>${heading}</h2>
    <table>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col">${column.heading}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (item) =>
            html`<tr>
              ${columns.map((column) => html`<td>${column.cell(item)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>`;
}

const name: Column = { heading: 'Name', cell: (item) => html`<code>${item.name}</code>` };
const description: Column = { heading: 'Description', cell: (item) => prose(item.description) };
const type: Column = {
  heading: 'Type',
  cell: (item) => html`<code>${item.type?.text ?? ''}</code>`,
};

/**
 * An element's reference, read from the custom-elements manifest: summary, attributes,
 * properties, events, parts and `--pk-*` properties with their defaults.
 */
export function apiPage(tag: string): TemplateResult {
  const declaration = element(tag);
  return html`<article class="pk-doc">
    <h1><code>&lt;${tag}&gt;</code></h1>
    ${paragraphs(declaration.summary)}
    <p class="pk-doc-muted">
      From <code>custom-elements.json</code> (generated from the element's JSDoc header). The
      controls of this element's stories are made from the same entries.
    </p>
    ${table('Attributes', declaration.attributes ?? [], [
      name,
      type,
      { heading: 'Default', cell: (item) => html`<code>${item.default ?? ''}</code>` },
      description,
    ])}
    ${table('Properties (set from script)', properties(declaration), [name, type, description])}
    ${table('Events', declaration.events ?? [], [name, type, description])}
    ${table('Parts', declaration.cssParts ?? [], [name, description])}
    ${table('CSS custom properties', declaration.cssProperties ?? [], [
      name,
      { heading: 'Default', cell: (item) => html`<code>${defaults.get(item.name) ?? ''}</code>` },
      description,
    ])}
  </article>`;
}

/** The story that shows its element's reference (`export const API = apiStory;`). */
export const apiStory = {
  render: (_args: unknown, context: { component?: unknown }) => apiPage(String(context.component)),
  parameters: { controls: { disable: true }, actions: { disable: true } },
};
