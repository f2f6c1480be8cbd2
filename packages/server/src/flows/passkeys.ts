import type { PasskeyView, passkeyRoutes } from '@portalkit/protocol';
import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Flow } from '../context.js';
import { PortalError } from '../errors.js';
import { sendNotice } from '../notices/send.js';
import { sha256 } from '../session/session-id.js';
import { requireSession } from '../session/sessions.js';
import type { CredentialRecord } from '../stores/store.js';
import { challengeOf } from '../webauthn/client-data.js';
import { expectedResponse } from '../webauthn/expected-response.js';
import { deviceName } from '../webauthn/device-name.js';

type PasskeyRoutes = typeof passkeyRoutes;

function view(credential: CredentialRecord): PasskeyView {
  return {
    id: credential.id,
    name: credential.name,
    createdAt: new Date(credential.createdAt).toISOString(),
    lastUsedAt:
      credential.lastUsedAt === null ? null : new Date(credential.lastUsedAt).toISOString(),
    backedUp: credential.backedUp,
  };
}

export const listPasskeys: Flow<PasskeyRoutes['list']> = async (_input, ctx) => {
  const { account } = requireSession(ctx);
  const credentials = await ctx.store.listCredentials(account.id);
  return { passkeys: credentials.map(view) };
};

/**
 * Creation options for a new passkey of the signed-in member. The user handle is the account's
 * random WebAuthn id, never the KVNR; the name the passkey picker shows is the e-mail address,
 * which the member recognizes. Discoverable and user-verifying, so it can replace the password.
 */
export const addPasskeyOptions: Flow<PasskeyRoutes['addOptions']> = async (_input, ctx) => {
  const { account } = requireSession(ctx);
  const now = ctx.now();
  const existing = await ctx.store.listCredentials(account.id);
  const options = await generateRegistrationOptions({
    rpName: ctx.config.rp.name,
    rpID: ctx.config.rp.id,
    userID: account.webauthnUserId,
    userName: account.email,
    userDisplayName: account.displayName,
    timeout: ctx.config.challengeTtlMs,
    attestationType: 'none',
    excludeCredentials: existing.map((c) => ({ id: c.id, transports: c.transports })),
    authenticatorSelection: {
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: 'required',
    },
  });
  await ctx.store.createChallenge(
    {
      challengeHash: sha256(options.challenge),
      purpose: 'register',
      accountId: account.id,
      expiresAt: now + ctx.config.challengeTtlMs,
    },
    now,
  );
  return { options: { ...options } };
};

export const addPasskeyVerify: Flow<PasskeyRoutes['addVerify']> = async (input, ctx) => {
  const { account } = requireSession(ctx);
  const response = input.credential as RegistrationResponseJSON;
  const challenge = challengeOf(response.response.clientDataJSON);
  if (!challenge) throw new PortalError('PASSKEY_INVALID');
  const live = await ctx.store.consumeChallenge({
    challengeHash: sha256(challenge),
    purpose: 'register',
    accountId: account.id,
    now: ctx.now(),
  });
  if (!live) throw new PortalError('CHALLENGE_EXPIRED');

  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response,
      ...expectedResponse(ctx.config, challenge),
    });
  } catch (error) {
    ctx.log({
      level: 'warn',
      event: 'passkey.add.invalid',
      reason: error instanceof Error ? error.message : 'unknown',
    });
    throw new PortalError('PASSKEY_INVALID');
  }
  const info = verified.registrationInfo;
  // The id the client names must be the one the authenticator data carries.
  if (
    !verified.verified ||
    !info ||
    info.credential.id !== response.id ||
    response.rawId !== response.id
  ) {
    throw new PortalError('PASSKEY_INVALID');
  }

  const now = ctx.now();
  const credential: CredentialRecord = {
    id: info.credential.id,
    accountId: account.id,
    publicKey: info.credential.publicKey,
    counter: info.credential.counter,
    transports: response.response.transports ?? [],
    deviceType: info.credentialDeviceType,
    backedUp: info.credentialBackedUp,
    name: input.name || deviceName(ctx.client.userAgent, account.locale),
    createdAt: now,
    lastUsedAt: null,
  };
  if (!(await ctx.store.addCredential(credential))) {
    throw new PortalError('VALIDATION_FAILED', { fields: { credential: 'alreadyRegistered' } });
  }
  await ctx.store.audit({ event: 'passkey.added', accountId: account.id, at: now });
  await sendNotice(ctx, account, 'passkey-added', { passkeyName: credential.name });
  return { passkey: view(credential) };
};
