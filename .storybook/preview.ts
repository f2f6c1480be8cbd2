import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { applyTheme, noTheme, themes } from '../stories/themes/themes.js';

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
  decorators: [
    // The elements read the nearest `lang`, as on an insurer's page; the theme is the page's CSS.
    (story, context) => {
      applyTheme(String(context.globals['theme'] ?? noTheme));
      return html`<div class="pk-story" lang=${context.globals['locale'] ?? 'de'}>${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { disable: true },
    options: { storySort: { order: ['Theming', 'Elements'] } },
  },
};

export default preview;
