import { html } from '@open-wc/testing';
import { FakeClock } from '../test-support/fake-clock.js';
import { mount, part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import { FakeSessionTimerClient, type FakeSessionTimerOptions } from './pk-session-timer.fake.js';
import type { PkSessionTimer } from './pk-session-timer.js';

export interface Setup {
  lang?: Lang;
  warnBefore?: number;
  /** The tabs' channel; each timer gets its own unless a test makes two tabs agree. */
  channel?: string;
  /** A fake client (one server session) shared with another timer. */
  client?: FakeSessionTimerClient;
  clock?: FakeClock;
}

let channels = 0;
export const loginHref = '/anmelden';

/**
 * `<pk-session-timer>` on a page that just loaded, with a fake server session and a fake clock,
 * after its first read of the session.
 */
export async function timer(options: Partial<FakeSessionTimerOptions> = {}, setup: Setup = {}) {
  const clock = setup.clock ?? new FakeClock();
  const client = setup.client ?? new FakeSessionTimerClient({ clock, ...options });
  const element = await mount<PkSessionTimer>(
    html`<pk-session-timer
      .client=${client}
      .clock=${clock}
      channel=${setup.channel ?? `portalkit-test-${++channels}`}
      warn-before=${setup.warnBefore ?? 120}
      login-href=${loginHref}
    ></pk-session-timer>`,
    setup.lang,
  );
  await settle(element);
  return { client, clock, element };
}

/** Lets the fake clock run `ms` and the element answer what fell due. */
export async function pass(
  { clock, element }: { clock: FakeClock; element: PkSessionTimer },
  ms: number,
): Promise<void> {
  clock.tick(ms);
  await settle(element);
}

/** The warning opened: the default 15 minutes idle, 2 minutes' warning. */
export async function warned(options: Partial<FakeSessionTimerOptions> = {}, setup: Setup = {}) {
  const result = await timer(options, setup);
  const idleLeft = options.idleLeft ?? 900;
  await pass(result, (Math.min(idleLeft, options.absoluteLeft ?? idleLeft) - 120) * 1000);
  await until(result.element, 'warning');
  return result;
}

/** The warning's main button pressed ("Angemeldet bleiben", "OK", "Erneut versuchen"). */
export async function stay(options: Partial<FakeSessionTimerOptions> = {}, setup: Setup = {}) {
  const result = await warned(options, setup);
  part(result.element, 'submit')!.click();
  await settle(result.element);
  return result;
}

/** The warning left unanswered until the time ran out. */
export async function expired(options: Partial<FakeSessionTimerOptions> = {}, setup: Setup = {}) {
  const result = await warned(options, setup);
  await pass(result, 120_000);
  await until(result.element, 'signed-out');
  return result;
}

export const dialog = (element: Element) => part<HTMLDialogElement>(element, 'dialog')!;
export const headingText = (element: Element) => text(part(element, 'heading'));
export const statusText = (element: Element) => text(part(element, 'status'));
