import { passkeyRoutes, type PasskeyView } from '@portalkit/protocol';
import {
  generateRegistrationOptions,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Flow } from '../context.js';
import { PortalError } from '../errors.js';
import { sendNotice } from '../notices/send.js';
import { endpoint, type FlowModule } from '../router.js';
import { requireSession } from '../session/sessions.js';
import { audit } from '../stores/audit.js';
import { credentials, type CredentialRecord } from '../stores/credentials.js';
import { consumeChallenge, issueChallenge, verifyRegistration } from '../webauthn/challenges.js';
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
  const list = await ctx.store.use(credentials).list(account.id);
  return { passkeys: list.map(view) };
};

/**
 * Creation options for a new passkey of the signed-in member. The user handle is the account's
 * random WebAuthn id, never the KVNR; the name the passkey picker shows is the e-mail address,
 * which the member recognizes. Discoverable and user-verifying, so it can replace the password.
 */
export const addPasskeyOptions: Flow<PasskeyRoutes['addOptions']> = async (_input, ctx) => {
  const { account } = requireSession(ctx);
  const existing = await ctx.store.use(credentials).list(account.id);
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
    challenge: await issueChallenge(ctx, 'register', account.id),
  });
  return { options: { ...options } };
};

export const addPasskey: Flow<PasskeyRoutes['addVerify']> = async (input, ctx) => {
  const { account } = requireSession(ctx);
  const response = input.credential as RegistrationResponseJSON;
  const challenge = await consumeChallenge(
    ctx,
    'register',
    account.id,
    response.response.clientDataJSON,
  );
  const info = await verifyRegistration(ctx, response, challenge);
  // The id the client names must be the one the authenticator data carries.
  if (!info || info.credential.id !== response.id || response.rawId !== response.id) {
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
  if (!(await ctx.store.use(credentials).add(credential))) {
    throw new PortalError('VALIDATION_FAILED', { fields: { credential: 'alreadyRegistered' } });
  }
  await ctx.store.use(audit).append({ event: 'passkey.added', accountId: account.id, at: now });
  await sendNotice(ctx, account, 'passkey-added', { passkeyName: credential.name });
  return { passkey: view(credential) };
};

/**
 * A passkey is a permanent way into the account that outlives the session, so adding one needs a
 * recent sign-in or confirmation, not just any session up to 12 hours old.
 */
export const passkeysFlow: FlowModule = {
  name: 'passkeys',
  endpoints: [
    endpoint(passkeyRoutes.list, { access: 'signed-in' }, listPasskeys),
    endpoint(passkeyRoutes.addOptions, { access: 'confirmed' }, addPasskeyOptions),
    endpoint(passkeyRoutes.addVerify, { access: 'confirmed' }, addPasskey),
  ],
};
