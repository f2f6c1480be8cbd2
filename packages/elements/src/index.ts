export * from './portal/index.js';
export * from './login/index.js';
export * from './passkeys/index.js';
export { ClientError, type ClientErrorOptions } from './client/client-error.js';
export { createClient, type CreateClientOptions } from './client/http-client.js';
export type {
  LoginClient,
  PasskeyCeremonies,
  PasskeysClient,
  PasskeySupport,
  PortalClient,
  SessionClient,
  SignInWithPasskeyOptions,
} from './client/portal-client.js';
export { registerMessages } from './i18n/localize-controller.js';
export type { Message, MessageKey, Messages } from './i18n/messages.js';
