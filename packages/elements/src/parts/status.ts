import { html, nothing, type TemplateResult } from 'lit';

/**
 * The one polite live region of an element. Render it from the first render on and only change
 * its text: screen readers ignore live regions that appear together with their text. `spokenOnly`:
 * the same words are on screen already (a countdown), so the region is read, not shown twice.
 */
export function statusRegion(text: string | undefined, spokenOnly = false): TemplateResult {
  const hidden = spokenOnly ? 'pk-visually-hidden' : nothing;
  return html`<div role="status" part="status" class=${hidden}>${text || nothing}</div>`;
}
