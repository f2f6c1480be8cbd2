import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, field } from './field.js';

export interface PasswordFieldOptions {
  id: string;
  name: string;
  autocomplete: 'current-password' | 'new-password';
  label: string;
  hint?: string | TemplateResult | undefined;
  error?: string | undefined;
  errorPrefix: string;
  visible: boolean;
  showLabel: string;
  hideLabel: string;
  onToggle: (event: Event) => void;
}

/**
 * A password input with a show/hide toggle right after it: a native button in the Tab order whose
 * label says what it will do. No `maxlength` and no paste blocking (WCAG 3.3.8): password managers
 * and pasting always work.
 */
export function passwordField(options: PasswordFieldOptions): TemplateResult {
  const { id, hint, error } = options;
  const describedIds = describedBy(id, { hint, error });
  return field({
    ...options,
    control: html`<div class="pk-password">
      <input
        part="input"
        id=${id}
        name=${options.name}
        type=${options.visible ? 'text' : 'password'}
        autocomplete=${options.autocomplete}
        autocapitalize="none"
        spellcheck="false"
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${describedIds || nothing}
      />
      <button type="button" part="toggle" aria-controls=${id} @click=${options.onToggle}>
        ${options.visible ? options.hideLabel : options.showLabel}
      </button>
    </div>`,
  });
}
