import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

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
  },
  initialGlobals: { locale: 'de' },
  decorators: [
    // The elements read the nearest `lang`, as on an insurer's page.
    (story, context) =>
      html`<div class="pk-story" lang=${context.globals['locale'] ?? 'de'}>${story()}</div>`,
  ],
  parameters: {
    layout: 'padded',
    controls: { disable: true },
  },
};

export default preview;
