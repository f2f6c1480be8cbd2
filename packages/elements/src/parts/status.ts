import { html, nothing, type TemplateResult } from 'lit';

/**
 * The one polite live region of an element. Render it from the first render on and only change
 * its text: screen readers ignore live regions that appear together with their text.
 */
export function statusRegion(text: string | undefined): TemplateResult {
  return html`<div role="status" part="status">${text || nothing}</div>`;
}
