import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { FakeLoginClient } from '@portalkit/elements/testing/login';
import { colourOf, contrast, hex, pairs } from './support/contrast.js';
import { defaults, partRules, type PartRule } from './support/defaults.js';
import { prose } from './support/doc.js';
import { fakePortal } from './support/fake-portal.js';
import { elements, type Described } from './support/manifest.js';
import { noTheme, themes } from './themes/themes.js';

/**
 * How a site themes the elements, for designers: every `--pk-*` property and part with its
 * default (from the manifest and the elements' sheets), the demo themes with the contrast of
 * their colour pairs, and a site's own CSS restyling an element on purpose.
 */
const meta: Meta = {
  title: 'Theming',
  parameters: { controls: { disable: true }, actions: { disable: true } },
};
export default meta;

type Story = StoryObj;

/** Each name once, with the elements that list it and their descriptions. */
function collect(list: (element: (typeof elements)[number]) => Described[] | undefined) {
  interface Entry {
    tags: string[];
    /** Description → the elements that give it. */
    descriptions: Map<string, string[]>;
  }
  const found = new Map<string, Entry>();
  for (const element of elements) {
    for (const item of list(element) ?? []) {
      const entry: Entry = found.get(item.name) ?? { tags: [], descriptions: new Map() };
      entry.tags.push(element.tagName);
      const text = item.description ?? '';
      entry.descriptions.set(text, [...(entry.descriptions.get(text) ?? []), element.tagName]);
      found.set(item.name, entry);
    }
  }
  return found;
}

const styled = elements.filter((element) => (element.cssProperties ?? []).length > 0);
const usedBy = (tags: string[]) =>
  tags.length === styled.length ? 'every element' : tags.map((tag) => `<${tag}>`).join(', ');

/** What this page's theme sets a property to, or nothing when the default applies. */
const themed = (name: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** A rule as a site author would write it, one declaration a line. */
const ruleText = (rule: PartRule) =>
  [
    ...(rule.condition ? [rule.condition] : []),
    `${rule.selector} {`,
    ...rule.declarations
      .split(/;\s*/)
      .filter(Boolean)
      .map((line) => `  ${line};`),
    '}',
  ].join('\n');

const swatch = (value: string) =>
  /^(#|rgb|hsl)/.test(value)
    ? html`<span class="pk-doc-swatch" style="background: ${value}"></span>`
    : nothing;

export const TokensAndParts: Story = {
  name: 'Tokens and parts',
  render: () => {
    const tokens = collect((element) => element.cssProperties);
    const parts = collect((element) => element.cssParts);
    return html`<article class="pk-doc">
      <h1>Theming Portalkit's elements</h1>
      <p>
        The elements render into the page itself (light DOM, no shadow root), so the site's own CSS
        reaches every part of them. Two hooks are stable: the <code>--pk-*</code> custom properties
        (set them on <code>:root</code> for the whole site, or on one element) and the
        <code>part</code> attributes (<code>pk-login [part~='submit'] { … }</code>). The
        <code>state</code> attribute says what an element shows
        (<code>pk-login[state='busy']</code>).
      </p>
      <p>
        Every rule of the elements is wrapped in <code>:where()</code>, which has no specificity:
        any rule of the site wins, without <code>!important</code>. Keep the contrast of every pair
        of colours (see "Demo themes and contrast"); the Storybook test checks it in every theme.
      </p>
      <h2>Custom properties</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">Default</th>
            <th scope="col">In this theme</th>
            <th scope="col">Used by</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          ${[...tokens].map(([name, { tags, descriptions }]) => {
            const value = defaults.get(name) ?? '';
            const current = themed(name);
            return html`<tr>
              <td><code>${name}</code></td>
              <td>${swatch(value)}<code>${value}</code></td>
              <td>
                ${
                  current
                    ? html`${swatch(current)}<code>${current}</code>`
                    : html`<span class="pk-doc-muted">default</span>`
                }
              </td>
              <td>${usedBy(tags)}</td>
              <td>${[...descriptions.keys()].map((text) => prose(text))}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <h2>Parts</h2>
      <p>
        A part is a <code>part</code> attribute on an element inside a Portalkit element. Default
        styles are the elements' own rules for it (<code>:where()</code> left out here).
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">What it is</th>
            <th scope="col">Default styles</th>
          </tr>
        </thead>
        <tbody>
          ${[...parts].map(
            ([name, { descriptions }]) =>
              html`<tr>
                <td><code>${name}</code></td>
                <td>
                  ${[...descriptions].map(
                    ([text, tags]) =>
                      html`<p>
                        ${tags.map((tag) => html`<code>&lt;${tag}&gt;</code> `)}${prose(text)}
                      </p>`,
                  )}
                </td>
                <td>
                  ${(partRules.get(name) ?? []).map((rule) => html`<pre>${ruleText(rule)}</pre>`)}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </article>`;
  },
};

export const DemoThemes: Story = {
  name: 'Demo themes and contrast',
  render: (_args, { globals }) => {
    const theme = themes.find((candidate) => candidate.id === globals['theme']);
    return html`<article class="pk-doc">
      <h1>${theme ? theme.name : "Portalkit's defaults"}</h1>
      <p>
        Three invented insurers, each only a site's CSS: <code>--pk-*</code> properties and parts.
        Choose one in the toolbar ("Theme"); every story then shows it.
        ${
          globals['theme'] === noTheme || !theme
            ? 'Without a theme, the elements use their defaults.'
            : nothing
        }
      </p>
      <ul>
        ${themes.map((candidate) => html`<li>${candidate.name} (${candidate.colour})</li>`)}
      </ul>
      <h2>Contrast of the colour pairs</h2>
      <p>
        WCAG 2.2 AA: 4.5 : 1 for text (1.4.3), 3 : 1 for borders and the focus ring (1.4.11). The
        Storybook test also checks every story with axe in each language, and in the themes in
        turn.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Foreground</th>
            <th scope="col">Background</th>
            <th scope="col">Contrast</th>
          </tr>
        </thead>
        <tbody>
          ${pairs.map((pair) => {
            const [front, back] = [colourOf(pair.foreground), colourOf(pair.background)];
            const ratio = contrast(front, back);
            const meets = ratio >= pair.minimum;
            return html`<tr>
              <td>${pair.where}</td>
              <td>${swatch(hex(front))}<code>${pair.foreground}</code> ${hex(front)}</td>
              <td>${swatch(hex(back))}<code>${pair.background}</code> ${hex(back)}</td>
              <td class=${meets ? 'pk-doc-pass' : 'pk-doc-fail'}>
                ${ratio.toFixed(2)} : 1, ${meets ? 'meets' : 'fails'} ${pair.minimum} : 1
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${
        theme
          ? html`<h2>The theme's CSS</h2>
              <pre>${theme.css.trim()}</pre>`
          : nothing
      }
    </article>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.pk-doc-fail')).toBeNull());
  },
};

/**
 * A site's own rules, as it would write them: each beats the element's (zero specificity) without
 * `!important`, and it styles states through the `state` attribute.
 */
const siteCss = `/* The site's own stylesheet: its rules win over Portalkit's. */
pk-login.example [part~='submit'] {
  width: auto;
  min-width: 12rem;
  border-radius: 0 1.25rem;
}
pk-login.example [part~='hint'] {
  font-style: italic;
}
pk-login.example [part~='passkey-section'] {
  padding: 1rem;
  border: 2px dashed var(--pk-color-divider, #c7ccd3);
  border-radius: var(--pk-radius-m, 0.375rem);
}
pk-login.example[state='error'] [part~='error-summary'] {
  border-style: double;
  border-width: 6px;
}`;

const siteSheet = new CSSStyleSheet();
siteSheet.replaceSync(siteCss);

export const SiteCss: Story = {
  name: "A site's own CSS",
  beforeEach: () => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, siteSheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== siteSheet);
    };
  },
  render: () =>
    html`<div class="pk-doc pk-doc-example">
      <div>
        <h1>A site's own CSS</h1>
        <p>
          The rules below are the site's, not Portalkit's. They restyle the parts of this
          <code>&lt;pk-login&gt;</code> on purpose; nothing else needs changing.
        </p>
        <pre>${siteCss}</pre>
      </div>
      ${fakePortal(html`<pk-login class="example"></pk-login>`, new FakeLoginClient())}
    </div>`,
};
