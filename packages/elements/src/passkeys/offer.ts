import { html, nothing, type TemplateResult } from 'lit';

export interface OfferOptions {
  /** Id of the heading, which names the invitation. */
  headingId: string;
  heading: string;
  intro: string;
  /** "Passkey anlegen", or what happens while the passkey is added. */
  accept: string;
  dismiss: string;
  busy: boolean;
  /** The error summary, when adding failed. */
  summary: TemplateResult | typeof nothing;
  onAccept: () => void;
  onDismiss: () => void;
}

/**
 * The invitation after a password sign-in (`offer` mode): "Schneller und sicherer anmelden",
 * what a passkey is, "Passkey anlegen" and "Nicht jetzt".
 */
export function offer(options: OfferOptions): TemplateResult {
  const { headingId } = options;
  return html`<section
    part="offer"
    aria-labelledby=${headingId}
    aria-busy=${options.busy ? 'true' : nothing}
  >
    ${options.summary}
    <h2 part="heading" id=${headingId} tabindex="-1">${options.heading}</h2>
    <p>${options.intro}</p>
    <button type="button" part="submit" @click=${options.onAccept}>${options.accept}</button>
    <button type="button" part="secondary-action" @click=${options.onDismiss}>
      ${options.dismiss}
    </button>
  </section>`;
}
