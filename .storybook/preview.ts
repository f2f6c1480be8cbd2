import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../stories/support/doc.css';
import {
  controlsFromManifest,
  cssPropertiesFrom,
  eventNames,
  publicManifest,
} from '../stories/support/manifest.js';
import { applyTheme, noTheme, themes } from '../stories/themes/themes.js';

// Storybook reads each element's attributes, properties, events, parts and `--pk-*` properties
// from the manifest: the controls and the arg tables come from there, not from the stories.
setCustomElementsManifest(publicManifest);

// Every Portalkit event bubbles and is composed, so one listener per name shows them all in the
// Actions panel, whichever element fired them.
for (const name of eventNames) {
  document.addEventListener(name, (event) => action(name)((event as CustomEvent).detail));
}

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements (lang on the story root)',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "A demo insurer's CSS (--pk-* properties and parts), or Portalkit's defaults",
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: noTheme, title: 'Portalkit defaults' },
          ...themes.map((theme) => ({ value: theme.id, title: `${theme.name} (${theme.colour})` })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'de', theme: noTheme },
  argTypesEnhancers: [controlsFromManifest],
  decorators: [
    // The elements read the nearest `lang`, as on an insurer's page; the theme is the page's CSS.
    // `--pk-*` values set in the controls apply to the story like a site's inline style.
    (story, context) => {
      applyTheme(String(context.globals['theme'] ?? noTheme));
      return html`<div
        class="pk-story"
        lang=${context.globals['locale'] ?? 'de'}
        style=${cssPropertiesFrom(context.args)}
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'none' },
    options: { storySort: { order: ['Theming', 'Elements'] } },
  },
};

export default preview;
