import type { PasskeyErrorTerms, UnavailableTerms } from './messages.js';

const unavailable = 'The service is not available right now. Please try again in a few minutes.';

/** One text for every code that means the portal cannot be reached or answered nonsense. */
export const unavailableEn: UnavailableTerms = {
  'error.ORIGIN_FORBIDDEN': unavailable,
  'error.CONTENT_TYPE_UNSUPPORTED': unavailable,
  'error.NOT_FOUND': unavailable,
  'error.METHOD_NOT_ALLOWED': unavailable,
  'error.INTERNAL': unavailable,
  'error.NETWORK': unavailable,
  'error.RESPONSE_INVALID': unavailable,
};

/** Passkey failures in general words, for an element that has no words of its own for them. */
export const passkeyErrorsEn: PasskeyErrorTerms = {
  'error.PASSKEY_CANCELLED': 'The passkey request was cancelled.',
  'error.PASSKEY_UNSUPPORTED': 'Your browser does not support passkeys.',
  'error.PASSKEY_FAILED': 'The passkey did not work. Please try again.',
};
