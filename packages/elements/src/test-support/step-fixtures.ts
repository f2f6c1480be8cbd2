import type { LitElement } from 'lit';
import { part, settle, text } from './fixtures.js';

/** Fixtures for an element in steps: fields by name, its buttons, its texts as read. */

export function input(element: Element, name: string): HTMLInputElement {
  return element.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
}

/**
 * Types into fields as a member would (the element keeps values from `input` events, and a field
 * that formats as it is typed, the IBAN, tells typing from deleting by the event's `inputType`).
 */
export function fill(element: Element, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const field = input(element, name);
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }
}

/**
 * Presses the step's main button (`submit`), its first second button (`secondary-action`), or
 * the second button with these words.
 */
export async function press(element: LitElement, button: string): Promise<void> {
  const found =
    button === 'submit' || button === 'secondary-action'
      ? part<HTMLButtonElement>(element, button)
      : [...element.querySelectorAll<HTMLButtonElement>('[part~=secondary-action]')].find(
          (candidate) => text(candidate) === button,
        );
  if (!found) throw new Error(`no button ${button}`);
  found.click();
  await settle(element);
}

export const headingText = (element: Element) => text(part(element, 'heading'));
export const statusText = (element: Element) => text(part(element, 'status'));
export const summaryText = (element: Element) => text(part(element, 'error-summary'));
