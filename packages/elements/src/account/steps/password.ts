import type { TemplateResult } from 'lit';
import { paragraph, stepForm, type StepKit } from '../../parts/step-form.js';

/**
 * The current password, then the new one as at registration (UX.md "Passwords"): its rules
 * visible before typing and ticked as they are met, a show/hide toggle after each field, no
 * repeat field. `current` and `password` are the two fields with their toggles and rules.
 */
export const passwordStep = (
  kit: StepKit,
  fields: { current: TemplateResult; password: TemplateResult },
): TemplateResult =>
  stepForm(kit, {
    heading: 'account.passwordFormHeading',
    body: [paragraph(kit, 'account.passwordIntro'), fields.current, fields.password],
    submit: 'account.passwordSubmit',
    secondary: 'account.cancel',
  });
