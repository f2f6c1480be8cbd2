import type { StepUpTerms } from './messages.js';

export const stepUpEn: StepUpTerms = {
  'error.CONFIRMATION_REQUIRED': 'Please first confirm with your password that it is you.',
  'error.APPROVAL_REQUIRED': 'Please confirm this change with your passkey.',
};
