import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, field } from '../parts/field.js';

export interface RenameFormOptions {
  /** The input's id; its hint's and error's derive from it. */
  id: string;
  /** The form's name, after the passkey: "„iCloud-Schlüsselbund" umbenennen". */
  label: string;
  fieldLabel: string;
  hint: string;
  errorPrefix: string;
  /** What the field shows first: the passkey's name, or what the member typed before an error. */
  value: string;
  error?: string | undefined;
  save: string;
  cancel: string;
  busy: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/** Longest name the server takes (`RenamePasskeyRequest`). */
export const nameMaxLength = 64;

/**
 * Renaming a passkey in its row: a labelled field with the name, "Speichern" and "Abbrechen"
 * (Escape cancels too). Checked on submit; no `maxlength`, which would cut a pasted name silently.
 */
export function renameForm(options: RenameFormOptions): TemplateResult {
  const { id, error } = options;
  const hint = options.hint;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    options.onCancel();
  };
  return html`<form
    part="rename-form"
    method="post"
    action=""
    novalidate
    aria-label=${options.label}
    aria-busy=${options.busy ? 'true' : nothing}
    @submit=${options.onSubmit}
    @keydown=${onKeydown}
  >
    ${field({
      id,
      label: options.fieldLabel,
      hint,
      error,
      errorPrefix: options.errorPrefix,
      control: html`<input
        part="input"
        id=${id}
        name="name"
        type="text"
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${describedBy(id, { hint, error })}
        .value=${options.value}
      />`,
    })}
    <button type="submit" part="submit">${options.save}</button>
    <button type="button" part="secondary-action" @click=${options.onCancel}>
      ${options.cancel}
    </button>
  </form>`;
}
