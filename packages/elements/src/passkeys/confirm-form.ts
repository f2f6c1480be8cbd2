import { html, nothing, type TemplateResult } from 'lit';

export interface ConfirmFormOptions {
  /** Id of the heading, which names the form and takes focus when the form appears. */
  headingId: string;
  heading: string;
  intro: string;
  /** A warning before the intro (removing the last passkey). */
  warning?: string | undefined;
  /** The error summary, when the form shows errors. */
  summary: TemplateResult | typeof nothing;
  /** The password field, when the step needs the password. */
  password?: TemplateResult | undefined;
  submit: string;
  cancel: string;
  busy: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/**
 * A confirm step of `<pk-passkeys>`, in place of the list: heading, why, the password field where
 * needed, the step's button and "Abbrechen". Before a passkey is added when the server wants a
 * recent login, and before a passkey is removed (the last one with the password).
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
    ${options.warning ? html`<p part="warning">${options.warning}</p>` : nothing}
    <p>${options.intro}</p>
    ${options.password ?? nothing}
    <button type="submit" part="submit">${options.submit}</button>
    <button type="button" part="secondary-action" @click=${options.onCancel}>
      ${options.cancel}
    </button>
  </form>`;
}
