import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { FakeLoginClient } from '@portalkit/elements/testing/login';
import { FakeRegisterClient } from '@portalkit/elements/testing/register';
import { apiStory } from './support/doc.js';
import { combined, fakePortal } from './support/fake-portal.js';

/** What `<pk-register>` remembers after a letter was requested (see register.stories.ts). */
const letterKey = 'portalkit.register.letter';

/** The site's own headings around the elements, in the page's language. */
const headings = {
  de: { login: 'Anmelden', register: 'Registrieren' },
  en: { login: 'Sign in', register: 'Register' },
};

const meta: Meta = {
  title: 'Elements/pk-portal',
  component: 'pk-portal',
};
export default meta;

type Story = StoryObj;

export const API = apiStory;

/**
 * `<pk-portal>` renders nothing itself: it gives the elements inside it one client (here one
 * fake for both) and the language, so the page configures them once.
 */
export const SignInOrRegister: Story = {
  name: 'Sign-in and registration on one page',
  beforeEach: () => localStorage.removeItem(letterKey),
  render: (_args, { globals }) => {
    const words = globals['locale'] === 'en' ? headings.en : headings.de;
    return fakePortal(
      html`<div
        class="pk-doc"
        style="display: flex; flex-wrap: wrap; gap: 3rem; align-items: start"
      >
        <section style="flex: 1 1 20rem">
          <h2>${words.login}</h2>
          <pk-login></pk-login>
        </section>
        <section style="flex: 1 1 20rem">
          <h2>${words.register}</h2>
          <pk-register></pk-register>
        </section>
      </div>`,
      combined(new FakeLoginClient(), new FakeRegisterClient()),
    );
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => {
      expect(canvasElement.querySelector('pk-login')!.getAttribute('state')).toBe('idle');
      expect(canvasElement.querySelector('pk-register')!.getAttribute('step')).toBe('identify');
    });
  },
};
