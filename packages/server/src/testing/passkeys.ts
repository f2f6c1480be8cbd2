import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import {
  createSoftAuthenticator,
  type AuthenticateOverrides,
  type CeremonyOverrides,
  type SoftAuthenticator,
} from '../../../../test/support/soft-authenticator.js';
import { origin, rp, type Harness } from './harness.js';

export function authenticator(): SoftAuthenticator {
  return createSoftAuthenticator({ origin, rpId: rp.id });
}

/** Runs the add-passkey ceremony for a signed-in cookie; returns the verify response. */
export async function addPasskey(
  h: Harness,
  cookie: string,
  device: SoftAuthenticator,
  overrides: CeremonyOverrides = {},
  body: { name?: string } = {},
): Promise<Response> {
  const optionsResponse = await h.post('/passkeys/options', {}, { cookie });
  if (optionsResponse.status !== 200) {
    throw new Error(`passkey options failed: ${optionsResponse.status}`);
  }
  const { options } = (await optionsResponse.json()) as {
    options: PublicKeyCredentialCreationOptionsJSON;
  };
  const credential = await device.register(options, overrides);
  return h.post('/passkeys/verify', { credential, ...body }, { cookie });
}

/** Fetches sign-in options; returns the request options. */
export async function loginOptions(h: Harness): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const response = await h.post('/login/passkey/options');
  if (response.status !== 200) throw new Error(`login options failed: ${response.status}`);
  return ((await response.json()) as { options: PublicKeyCredentialRequestOptionsJSON }).options;
}

/** A whole passkey sign-in: options, assertion, verify. */
export async function signInWithPasskey(
  h: Harness,
  device: SoftAuthenticator,
  overrides: AuthenticateOverrides = {},
): Promise<Response> {
  const credential = await device.authenticate(await loginOptions(h), overrides);
  return h.post('/login/passkey/verify', { credential });
}
