import { html, type TemplateResult } from 'lit';

export interface SummaryItem {
  text: string;
  /** Id of the control the error belongs to; errors of the whole form have none. */
  field?: string;
}

export interface ErrorSummaryOptions {
  id: string;
  heading: string;
  items: readonly SummaryItem[];
}

/** Moves focus to the field a summary link points to, without changing the page's URL. */
function focusField(event: Event): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const target = link.getRootNode() as Document | ShadowRoot;
  const control = target.getElementById?.(link.hash.slice(1));
  if (!control) return;
  event.preventDefault();
  // The label sits above the control; show it too, as the GOV.UK error summary does.
  control.closest('[part~=field]')?.scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}

/**
 * The error summary at the top of a form (GOV.UK pattern): a heading and one link per error that
 * moves focus to its field. It takes focus itself (`tabindex="-1"`); it is not a live region, so the
 * message is not announced twice.
 */
export function errorSummary({ id, heading, items }: ErrorSummaryOptions): TemplateResult {
  return html`<div part="error-summary" id=${id} tabindex="-1">
    <h2>${heading}</h2>
    <ul>
      ${items.map(
        (item) =>
          html`<li>
            ${
              item.field
                ? html`<a href="#${item.field}" @click=${focusField}>${item.text}</a>`
                : item.text
            }
          </li>`,
      )}
    </ul>
  </div>`;
}
