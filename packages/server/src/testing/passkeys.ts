import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { origin, rp, type Harness, type RequestOptions } from './harness.js';
import {
  createSoftAuthenticator,
  type AuthenticateOverrides,
  type CeremonyOverrides,
  type SoftAuthenticator,
  type SoftAuthenticatorOptions,
} from './soft-authenticator.js';

export function authenticator(
  options: Omit<SoftAuthenticatorOptions, 'origin' | 'rpId'> = {},
): SoftAuthenticator {
  return createSoftAuthenticator({ origin, rpId: rp.id, ...options });
}

/** Runs the add-passkey ceremony for a signed-in cookie; returns the verify response. */
export async function addPasskey(
  h: Harness,
  cookie: string,
  device: SoftAuthenticator,
  overrides: CeremonyOverrides = {},
  body: { name?: string } = {},
  options: RequestOptions = {},
): Promise<Response> {
  const optionsResponse = await h.post('/passkeys/options', {}, { ...options, cookie });
  if (optionsResponse.status !== 200) {
    throw new Error(`passkey options failed: ${optionsResponse.status}`);
  }
  const { options: creation } = (await optionsResponse.json()) as {
    options: PublicKeyCredentialCreationOptionsJSON;
  };
  const credential = await device.register(creation, overrides);
  return h.post('/passkeys/verify', { credential, ...body }, { ...options, cookie });
}

/** Fetches sign-in options; returns the request options. */
export async function loginOptions(
  h: Harness,
  options: RequestOptions = {},
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const response = await h.post('/login/passkey/options', {}, options);
  if (response.status !== 200) throw new Error(`login options failed: ${response.status}`);
  return ((await response.json()) as { options: PublicKeyCredentialRequestOptionsJSON }).options;
}

/** A whole passkey sign-in: options, assertion, verify. */
export async function loginWithPasskey(
  h: Harness,
  device: SoftAuthenticator,
  overrides: AuthenticateOverrides = {},
  options: RequestOptions = {},
): Promise<Response> {
  const credential = await device.authenticate(await loginOptions(h, options), overrides);
  return h.post('/login/passkey/verify', { credential }, options);
}
