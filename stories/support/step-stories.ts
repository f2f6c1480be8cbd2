import { expect, userEvent, waitFor } from 'storybook/test';
import { typed } from './fake-portal.js';

/** What a story's `play` gets and uses here. */
export interface PlayContext {
  canvasElement: HTMLElement;
}
export type StepPlay = (context: PlayContext) => Promise<void>;

/**
 * The plays of an element in steps (`<pk-register>`, `<pk-forgot-password>`, the protected forms),
 * as a member moves through it: type into fields, press buttons, then wait for a step in a state.
 * A step `null` is the element before its first step (a protected form loading what is on file).
 */
export function stepStories(tag: string) {
  const element = (canvasElement: HTMLElement) => canvasElement.querySelector(tag)!;
  const field = (canvasElement: HTMLElement, name: string) =>
    canvasElement.querySelector<HTMLInputElement>(`${tag} input[name=${name}]`)!;
  const button = (canvasElement: HTMLElement, part: 'submit' | 'secondary-action') =>
    canvasElement.querySelector<HTMLButtonElement>(`${tag} [part~=${part}]`)!;

  async function reached(
    canvasElement: HTMLElement,
    step: string | null,
    state: string,
  ): Promise<void> {
    await waitFor(() => {
      expect(element(canvasElement).getAttribute('step')).toBe(step);
      expect(element(canvasElement).getAttribute('state')).toBe(state);
    });
  }

  /** Presses a button by its words in either language (inside `<pk-approve>` too). */
  const press =
    (...words: string[]): StepPlay =>
    async ({ canvasElement }) => {
      const buttons = [...canvasElement.querySelectorAll<HTMLButtonElement>(`${tag} button`)];
      await userEvent.click(buttons.find((found) => words.includes(found.textContent!.trim()))!);
    };

  return {
    element,
    field,
    button,
    /** Waits until the element shows this step in this state. */
    at:
      (step: string | null, state: string): StepPlay =>
      async ({ canvasElement }) =>
        reached(canvasElement, step, state),
    /** Runs plays one after the other, then waits for the step and state. */
    steps:
      <C extends PlayContext>(
        step: string | null,
        state: string,
        ...plays: ((context: C) => unknown)[]
      ) =>
      async (context: C): Promise<void> => {
        for (const play of plays) await play(context);
        await reached(context.canvasElement, step, state);
      },
    /**
     * Replaces the values of the step's fields (a form may show what is on file) and presses its
     * main button, as a member would.
     */
    submit:
      (values: Record<string, string> = {}): StepPlay =>
      async ({ canvasElement }) => {
        for (const [name, value] of Object.entries(values)) {
          const input = field(canvasElement, name);
          if (input.value !== '') await userEvent.clear(input);
          // An empty value leaves the field empty: typing nothing is no keystroke.
          if (value !== '') await userEvent.type(input, value, typed);
        }
        await userEvent.click(button(canvasElement, 'submit'));
      },
    /** Presses the step's main button, or its (first) second button. */
    click:
      (part: 'submit' | 'secondary-action'): StepPlay =>
      async ({ canvasElement }) =>
        userEvent.click(button(canvasElement, part)),
    press,
    /** Approves the inline `<pk-approve>` with a passkey. */
    approveWithPasskey: press('Mit Passkey freigeben', 'Approve with passkey'),
    /** Declines the inline `<pk-approve>`, and waits until it says so. */
    declineApproval: (async (context) => {
      await press('Ablehnen', 'Decline')(context);
      await waitFor(() =>
        expect(context.canvasElement.querySelector('pk-approve')!.getAttribute('state')).toBe(
          'denied',
        ),
      );
    }) as StepPlay,
  };
}

/** A story's `beforeEach`: the page opened from a letter's QR code (`#code=…`), undone after. */
export function openedFromQrCode(code: string): () => () => void {
  return () => {
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search}#code=${code}`);
    return () => history.replaceState(history.state, '', before);
  };
}
