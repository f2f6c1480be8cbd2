import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import type { Harness, RequestOptions } from './harness.js';
import type { AuthenticateOverrides, SoftAuthenticator } from './soft-authenticator.js';

/** The approval options of a transaction; throws unless they came. */
export async function approvalOptions(
  h: Harness,
  cookie: string,
  id: string,
  options: RequestOptions = {},
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const response = await h.post('/approvals/options', { id }, { ...options, cookie });
  if (response.status !== 200) {
    throw new Error(`approval options failed: ${response.status} ${await response.text()}`);
  }
  return ((await response.json()) as { options: PublicKeyCredentialRequestOptionsJSON }).options;
}

/** Approves a transaction with a passkey: options, assertion, verify; the verify response. */
export async function approveWithPasskey(
  h: Harness,
  cookie: string,
  device: SoftAuthenticator,
  id: string,
  overrides: AuthenticateOverrides = {},
  options: RequestOptions = {},
): Promise<Response> {
  const request = await approvalOptions(h, cookie, id, options);
  const credential = await device.authenticate(request, overrides);
  return h.post('/approvals/verify', { id, credential }, { ...options, cookie });
}
