// One line per element folder: the whole bundle (`portalkit.js`) and the package's main entry.
export * from './portal/index.js';
export * from './login/index.js';
export * from './passkeys/index.js';
export * from './register/index.js';
export * from './forgot-password/index.js';
export * from './approve/index.js';
export * from './address-change/index.js';
export * from './bank-details/index.js';
export * from './document-upload/index.js';
export * from './account/index.js';
export * from './session-timer/index.js';

export { ClientError, type ClientErrorOptions } from './client/client-error.js';
export { createClient, type CreateClientOptions } from './client/http-client.js';
export type {
  PasskeyCeremonies,
  PasskeySupport,
  PortalClient,
  SessionClient,
} from './client/portal-client.js';
export { registerMessages } from './i18n/localize-controller.js';
export type { Message, MessageKey, Messages } from './i18n/messages.js';
export type { PasswordTerms } from './parts/password-field.terms.js';
