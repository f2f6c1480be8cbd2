import { expect, userEvent, waitFor } from 'storybook/test';
import { typed } from './fake-portal.js';

/** What a story's `play` gets and uses here. */
export interface PlayContext {
  canvasElement: HTMLElement;
}
export type StepPlay = (context: PlayContext) => Promise<void>;

/**
 * The plays of an element in steps (`<pk-register>`, `<pk-forgot-password>`), as a member moves
 * through it: type into fields, press buttons, then wait for a step in a state.
 */
export function stepStories(tag: string) {
  const element = (canvasElement: HTMLElement) => canvasElement.querySelector(tag)!;
  const field = (canvasElement: HTMLElement, name: string) =>
    canvasElement.querySelector<HTMLInputElement>(`${tag} input[name=${name}]`)!;
  const button = (canvasElement: HTMLElement, part: 'submit' | 'secondary-action') =>
    canvasElement.querySelector<HTMLButtonElement>(`${tag} [part~=${part}]`)!;

  async function reached(canvasElement: HTMLElement, step: string, state: string): Promise<void> {
    await waitFor(() => {
      expect(element(canvasElement).getAttribute('step')).toBe(step);
      expect(element(canvasElement).getAttribute('state')).toBe(state);
    });
  }

  return {
    element,
    field,
    button,
    /** Waits until the element shows this step in this state. */
    at:
      (step: string, state: string): StepPlay =>
      async ({ canvasElement }) =>
        reached(canvasElement, step, state),
    /** Runs plays one after the other, then waits for the step and state. */
    steps:
      <C extends PlayContext>(step: string, state: string, ...plays: ((context: C) => unknown)[]) =>
      async (context: C): Promise<void> => {
        for (const play of plays) await play(context);
        await reached(context.canvasElement, step, state);
      },
    /** Types into the step's fields and presses its main button, as a member would. */
    submit:
      (values: Record<string, string>): StepPlay =>
      async ({ canvasElement }) => {
        for (const [name, value] of Object.entries(values)) {
          await userEvent.type(field(canvasElement, name), value, typed);
        }
        await userEvent.click(button(canvasElement, 'submit'));
      },
    /** Presses the step's main button, or its (first) second button. */
    click:
      (part: 'submit' | 'secondary-action'): StepPlay =>
      async ({ canvasElement }) =>
        userEvent.click(button(canvasElement, part)),
    /** Presses a second button by its words in either language. */
    press:
      (...words: string[]): StepPlay =>
      async ({ canvasElement }) => {
        const buttons = [
          ...canvasElement.querySelectorAll<HTMLButtonElement>(`${tag} [part~=secondary-action]`),
        ];
        await userEvent.click(buttons.find((found) => words.includes(found.textContent!.trim()))!);
      },
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
