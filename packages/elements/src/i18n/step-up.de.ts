import type { StepUpTerms } from './messages.js';

export const stepUpDe: StepUpTerms = {
  'error.CONFIRMATION_REQUIRED':
    'Bitte bestätigen Sie zuerst mit Ihrem Passwort, dass Sie es sind.',
  'error.APPROVAL_REQUIRED': 'Bitte bestätigen Sie diese Änderung mit Ihrem Passkey.',
};
