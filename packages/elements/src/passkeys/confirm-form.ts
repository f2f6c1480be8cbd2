import { html, nothing, type TemplateResult } from 'lit';

export interface ConfirmFormOptions {
  /** Id of the heading, which names the form and takes focus when the form appears. */
  headingId: string;
  heading: string;
  intro: string;
  /** The error summary, when the form shows errors. */
  summary: TemplateResult | typeof nothing;
  password: TemplateResult;
  submit: string;
  cancel: string;
  busy: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/**
 * The password form `<pk-passkeys>` shows when the server wants a recent login before a passkey is
 * added: heading, why, the password field, "Bestätigen und Passkey hinzufügen" and "Abbrechen".
 */
export function confirmForm(options: ConfirmFormOptions): TemplateResult {
  const { headingId } = options;
  return html`<form
    part="form"
    method="post"
    action=""
    novalidate
    aria-labelledby=${headingId}
    aria-busy=${options.busy ? 'true' : nothing}
    @submit=${options.onSubmit}
  >
    ${options.summary}
    <h2 part="heading" id=${headingId} tabindex="-1">${options.heading}</h2>
    <p>${options.intro}</p>
    ${options.password}
    <button type="submit" part="submit">${options.submit}</button>
    <button type="button" part="secondary-action" @click=${options.onCancel}>
      ${options.cancel}
    </button>
  </form>`;
}
