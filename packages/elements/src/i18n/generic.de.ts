import type { PasskeyErrorTerms, UnavailableTerms } from './messages.js';

const unavailable =
  'Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.';

/** One text for every code that means the portal cannot be reached or answered nonsense. */
export const unavailableDe: UnavailableTerms = {
  'error.ORIGIN_FORBIDDEN': unavailable,
  'error.CONTENT_TYPE_UNSUPPORTED': unavailable,
  'error.NOT_FOUND': unavailable,
  'error.METHOD_NOT_ALLOWED': unavailable,
  'error.INTERNAL': unavailable,
  'error.NETWORK': unavailable,
  'error.RESPONSE_INVALID': unavailable,
};

/** Passkey failures in general words, for an element that has no words of its own for them. */
export const passkeyErrorsDe: PasskeyErrorTerms = {
  'error.PASSKEY_CANCELLED': 'Der Vorgang mit dem Passkey wurde abgebrochen.',
  'error.PASSKEY_UNSUPPORTED': 'Ihr Browser unterstützt keine Passkeys.',
  'error.PASSKEY_FAILED': 'Mit dem Passkey hat es nicht geklappt. Bitte versuchen Sie es erneut.',
};
