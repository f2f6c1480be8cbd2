import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  FakeSessionTimerClient,
  type FakeSessionTimerOptions,
} from '@portalkit/elements/testing/session-timer';
import { apiStory } from './support/doc.js';
import { fakePortal } from './support/fake-portal.js';

interface SessionTimerArgs {
  /**
   * The fake server's session. `idleLeft: 120` puts the warning up at once (2 minutes left, the
   * least `warn-before` allows), without waiting 13 minutes.
   */
  fake: Partial<FakeSessionTimerOptions>;
  /** How many times faster than the page's clock the session's time runs (1: real time). */
  speed: number;
}

/**
 * A clock `speed` times as fast as the page's, for the element and the fake server alike: 15
 * idle minutes pass in about a second, so a story reaches the sign-out while it is looked at.
 */
function fastClock(speed: number) {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * speed,
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms / speed),
    clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

const meta: Meta<SessionTimerArgs> = {
  title: 'Elements/pk-session-timer',
  component: 'pk-session-timer',
  args: { fake: {}, speed: 1 },
  // Each story its own channel: stories shown together do not sign each other out.
  render: ({ fake, speed }, { id }) => {
    const clock = fastClock(speed);
    return fakePortal(
      html`<pk-session-timer
        channel=${`portalkit-story-${id}`}
        login-href="#anmelden"
        .clock=${clock}
      ></pk-session-timer>`,
      new FakeSessionTimerClient({ clock, ...fake }),
    );
  },
};
export default meta;

type Story = StoryObj<SessionTimerArgs>;

const timer = (canvasElement: HTMLElement) => canvasElement.querySelector('pk-session-timer')!;

/** The element reached `state` (the first read of the session comes after the first paint). */
async function reached(canvasElement: HTMLElement, state: string): Promise<void> {
  await waitFor(() => expect(timer(canvasElement).getAttribute('state')).toBe(state), {
    timeout: 5000,
  });
}

/** The warning is up; then, if given, one of its buttons is pressed and `state` reached. */
function warned(press?: 'submit' | 'secondary-action', state?: string): Story['play'] {
  return async ({ canvasElement }) => {
    await reached(canvasElement, 'warning');
    if (!press || !state) return;
    await userEvent.click(timer(canvasElement).querySelector<HTMLElement>(`[part~=${press}]`)!);
    await reached(canvasElement, state);
  };
}

export const API = apiStory;

/** While there is time the element shows nothing: only its empty status region is there. */
export const Quiet: Story = {
  play: async ({ canvasElement }) => reached(canvasElement, 'idle'),
};

export const Warning: Story = { args: { fake: { idleLeft: 120 } }, play: warned() };

export const Extending: Story = {
  name: 'Busy: extending',
  args: { fake: { idleLeft: 120, extendSession: 'hang' } },
  play: warned('submit', 'busy'),
};

export const ExtendFailed: Story = {
  name: 'Error: NETWORK while extending',
  args: { fake: { idleLeft: 120, extendSession: { error: 'NETWORK' } } },
  play: warned('submit', 'error'),
};

export const ExtendRateLimited: Story = {
  name: 'Error: RATE_LIMITED while extending',
  args: { fake: { idleLeft: 120, extendSession: { error: 'RATE_LIMITED', retryAfter: 60 } } },
  play: warned('submit', 'error'),
};

/** "Angemeldet bleiben" pressed: the warning closes and the status says so. */
export const Extended: Story = {
  args: { fake: { idleLeft: 120 } },
  play: async (context) => {
    await warned('submit', 'idle')!(context);
    const status = timer(context.canvasElement).querySelector('[part~=status]')!;
    await waitFor(() => expect(status.textContent?.trim()).not.toBe(''));
  },
};

/** The absolute limit comes first: when the session ends, and that it cannot be extended. */
export const AbsoluteLimit: Story = {
  name: 'Warning: absolute limit',
  args: { fake: { absoluteLeft: 120 } },
  play: warned(),
};

export const SignedOut: Story = {
  name: 'Signed out: "Jetzt abmelden"',
  args: { fake: { idleLeft: 120 } },
  play: warned('secondary-action', 'signed-out'),
};

/** 15 idle minutes pass in about a second: the warning, then the sign-out and its reason. */
export const Expired: Story = {
  name: 'Signed out: idle time over',
  args: { speed: 1000 },
  play: async ({ canvasElement }) => reached(canvasElement, 'signed-out'),
};

export const ExpiredAbsolute: Story = {
  name: 'Signed out: absolute limit reached',
  args: { fake: { absoluteLeft: 600 }, speed: 1000 },
  play: async ({ canvasElement }) => reached(canvasElement, 'signed-out'),
};
