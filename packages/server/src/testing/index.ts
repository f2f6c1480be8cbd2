export * from './harness.js';
export * from './passkeys.js';
export * from './soft-authenticator.js';
