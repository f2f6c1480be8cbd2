import { passkeyRoutes } from '@portalkit/protocol';
import {
  generateRegistrationOptions,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Flow } from '../context.js';
import { PortalError } from '../errors.js';
import { sendNotice } from '../notices/send.js';
import { endpoint, type FlowModule } from '../router.js';
import { requireSession } from '../session/sessions.js';
import { accounts } from '../stores/accounts.js';
import { audit } from '../stores/audit.js';
import { credentials, type CredentialRecord } from '../stores/credentials.js';
import { authenticatorName } from '../webauthn/authenticator-name.js';
import { consumeChallenge, issueChallenge, verifyRegistration } from '../webauthn/challenges.js';
import { deviceName } from '../webauthn/device-name.js';
import { passkeyList, view } from './passkeys-list.js';
import { removeLastPasskey, removePasskeyForm } from './passkeys-remove.js';
import { invalid } from './protected-form.js';

type PasskeyRoutes = typeof passkeyRoutes;

export const listPasskeys: Flow<PasskeyRoutes['list']> = async (_input, ctx) =>
  passkeyList(ctx, requireSession(ctx));

/** "Not now": remembered for the account, so no device offers a passkey for 30 days. */
export const dismissOffer: Flow<PasskeyRoutes['dismissOffer']> = async (_input, ctx) => {
  const session = requireSession(ctx);
  await ctx.store.use(accounts).dismissPasskeyOffer(session.account.id, ctx.now());
  return passkeyList(ctx, session);
};

/**
 * A new name for one of the member's own passkeys (trimmed by the schema; empty is refused).
 * Another member's passkey and an unknown id get the same `NOT_FOUND`.
 */
export const renamePasskey: Flow<PasskeyRoutes['rename']> = async (input, ctx) => {
  const { account } = requireSession(ctx);
  if (input.name === '') throw invalid('name', 'empty');
  const renamed = await ctx.store.use(credentials).rename(account.id, input.id, input.name);
  if (!renamed) throw new PortalError('NOT_FOUND');
  const at = ctx.now();
  await ctx.store.use(audit).append({ event: 'passkey.renamed', accountId: account.id, at });
  return { passkey: view(renamed) };
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
    // The member's name for it, else the authenticator's from its AAGUID, else the browser's.
    name:
      input.name ||
      authenticatorName(info.aaguid) ||
      deviceName(ctx.client.userAgent, account.locale),
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
 * recent sign-in or confirmation, not just any session up to 12 hours old. Removing one needs an
 * approval with another passkey, or the password for the last one (passkeys-remove.ts).
 */
export const passkeysFlow: FlowModule = {
  name: 'passkeys',
  endpoints: [
    endpoint(passkeyRoutes.list, { access: 'signed-in' }, listPasskeys),
    endpoint(passkeyRoutes.addOptions, { access: 'confirmed' }, addPasskeyOptions),
    endpoint(passkeyRoutes.addVerify, { access: 'confirmed' }, addPasskey),
    endpoint(passkeyRoutes.rename, { access: 'signed-in' }, renamePasskey),
    endpoint(passkeyRoutes.dismissOffer, { access: 'signed-in' }, dismissOffer),
    removePasskeyForm.endpoint,
    endpoint(passkeyRoutes.removeLast, { access: 'signed-in' }, removeLastPasskey),
  ],
  forms: [removePasskeyForm],
};
