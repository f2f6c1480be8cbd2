import { parseIdentifier, type loginRoutes } from '@portalkit/protocol';
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
} from '@simplewebauthn/server';
import type { Flow, FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import { sendNotice } from '../notices/send.js';
import { passwordHashing } from '../password/hash.js';
import { sha256 } from '../session/session-id.js';
import { mintSession, signedInView } from '../session/sessions.js';
import {
  assertNotThrottled,
  checkThrottle,
  clientThrottleKeys,
  recordFailures,
  throttleKey,
  type ThrottleKey,
} from '../session/throttle.js';
import type { AccountRecord } from '../stores/store.js';
import { challengeOf } from '../webauthn/client-data.js';
import { expectedResponse } from '../webauthn/expected-response.js';

type LoginRoutes = typeof loginRoutes;

/**
 * Password sign-in. An unknown identifier, an account without a password and a wrong password
 * take the same steps (throttle check, one argon2id verification, failure count) and give the
 * same answer, so neither the body nor the timing tells whether a member has an account
 * (OWASP Authentication Cheat Sheet, "Authentication Responses").
 */
export const passwordLogin: Flow<LoginRoutes['password']> = async (input, ctx) => {
  const identifier = parseIdentifier(input.identifier);
  if (!identifier.ok) {
    throw new PortalError('VALIDATION_FAILED', { fields: { identifier: identifier.problem } });
  }
  const identifierKey = throttleKey('identifier', identifier.value);
  const keys = [identifierKey, ...clientThrottleKeys(ctx)];
  // Before any hashing: a locked identifier costs one small read, known or not.
  const counters = await checkThrottle(ctx, keys);

  const account =
    identifier.kind === 'kvnr'
      ? await ctx.store.findAccountByKvnr(identifier.value)
      : await ctx.store.findAccountByEmail(identifier.value);
  const passwordHash = account?.passwordHash ?? (await ctx.dummyHash);
  const matches = await passwordHashing.verify(passwordHash, input.password);

  if (!account?.passwordHash || !matches) {
    const reached = await recordFailures(ctx, keys);
    await ctx.store.audit({
      event: 'login.password.failure',
      accountId: account?.id ?? null,
      at: ctx.now(),
    });
    if (account && reached.has('identifier')) {
      // In the background, so the locking attempt takes no longer for a real account.
      void lockedOut(ctx, account).catch((error: unknown) =>
        ctx.log({
          level: 'error',
          event: 'login.locked.failed',
          error: error instanceof Error ? error.name : typeof error,
        }),
      );
    }
    throw new PortalError('CREDENTIALS_INVALID');
  }

  const { id, record } = mintSession(ctx, account.id, 'password');
  await ctx.store.createSession({
    session: record,
    replacesSessionHash: ctx.presentedSessionHash,
    clearThrottleKeys: counters.some((c) => c.key === identifierKey.key) ? [identifierKey.key] : [],
    audit: { event: 'login.password.success', accountId: account.id, at: ctx.now() },
  });
  ctx.cookies.issue(id);
  return { session: signedInView(record, account.displayName, ctx.config, record.createdAt) };
};

async function lockedOut(ctx: FlowContext, account: AccountRecord): Promise<void> {
  await ctx.store.audit({ event: 'login.locked', accountId: account.id, at: ctx.now() });
  ctx.log({ level: 'warn', event: 'login.locked' });
  const lockedMinutes = Math.ceil(ctx.config.throttle.windowMs / 60_000);
  await sendNotice(ctx, account, 'account-locked', { lockedMinutes });
}

/**
 * Options for a passkey sign-in without a username: no allowCredentials, so the browser offers
 * every discoverable passkey for this site (also as autofill, `mediation: 'conditional'`).
 */
export const passkeyLoginOptions: Flow<LoginRoutes['passkeyOptions']> = async (_input, ctx) => {
  const now = ctx.now();
  const options = await generateAuthenticationOptions({
    rpID: ctx.config.rp.id,
    userVerification: 'required',
    allowCredentials: [],
    timeout: ctx.config.challengeTtlMs,
  });
  await ctx.store.createChallenge(
    {
      challengeHash: sha256(options.challenge),
      purpose: 'login',
      accountId: null,
      expiresAt: now + ctx.config.challengeTtlMs,
    },
    now,
  );
  // A spread, because the protocol's loose schema has an index signature that SimpleWebAuthn's
  // interface lacks; the shape itself is checked whenever responses are validated.
  return { options: { ...options } };
};

/**
 * Passkey sign-in: two store round trips around the signature check (consume the challenge and
 * read the credential; move the counter and start the session), because an embedded database
 * spends main-thread time on each.
 *
 * Failures count per client address only. A passkey cannot be guessed, so there is no secret to
 * protect per credential, and a per-credential lock would let anyone who learns a credential id
 * lock its owner out. For the same reason the identifier lock of password sign-in does not apply.
 */
export const passkeyLoginVerify: Flow<LoginRoutes['passkeyVerify']> = async (input, ctx) => {
  const response = input.credential as AuthenticationResponseJSON;
  const clientKeys = clientThrottleKeys(ctx);
  const challenge = challengeOf(response.response.clientDataJSON);
  if (!challenge || response.rawId !== response.id) {
    return passkeyFailure(ctx, 'PASSKEY_INVALID', clientKeys, null);
  }
  const found = await ctx.store.consumeLoginChallenge({
    challengeHash: sha256(challenge),
    credentialId: response.id,
    throttleKey: clientKeys[0]?.key ?? null,
    now: ctx.now(),
  });
  // Checked before the signature; the challenge is spent either way.
  assertNotThrottled(ctx, clientKeys, found.throttle ? [found.throttle] : []);
  if (!found.challengeValid) return passkeyFailure(ctx, 'CHALLENGE_EXPIRED', clientKeys, null);
  const { credential, account } = found;
  if (!credential || !account) return passkeyFailure(ctx, 'PASSKEY_UNKNOWN', clientKeys, null);

  // A discoverable credential must name its user (WebAuthn L3 § 7.2 step 6): the handle has to
  // be the one this credential was registered to.
  const userHandle = Buffer.from(account.webauthnUserId).toString('base64url');
  let verified: Awaited<ReturnType<typeof verifyAuthenticationResponse>> | null = null;
  if (response.response.userHandle === userHandle) {
    try {
      verified = await verifyAuthenticationResponse({
        response,
        ...expectedResponse(ctx.config, challenge),
        credential: {
          id: credential.id,
          publicKey: credential.publicKey,
          counter: credential.counter,
        },
      });
    } catch (error) {
      // The library's reasons name origins, flags and counters; nothing personal.
      ctx.log({
        level: 'warn',
        event: 'login.passkey.invalid',
        reason: error instanceof Error ? error.message : 'unknown',
      });
    }
  }
  if (!verified?.verified) return passkeyFailure(ctx, 'PASSKEY_INVALID', clientKeys, account);

  const { id, record } = mintSession(ctx, account.id, 'passkey');
  const info = verified.authenticationInfo;
  const counterMoved = await ctx.store.completePasskeySignIn(
    {
      credentialId: credential.id,
      counter: info.newCounter,
      backedUp: info.credentialBackedUp,
      usedAt: ctx.now(),
    },
    {
      session: record,
      replacesSessionHash: ctx.presentedSessionHash,
      audit: { event: 'login.passkey.success', accountId: account.id, at: ctx.now() },
    },
  );
  // Another sign-in with this credential got there first with the same counter: a clone.
  if (!counterMoved) return passkeyFailure(ctx, 'PASSKEY_INVALID', clientKeys, account);
  ctx.cookies.issue(id);
  return { session: signedInView(record, account.displayName, ctx.config, record.createdAt) };
};

async function passkeyFailure(
  ctx: FlowContext,
  code: 'PASSKEY_INVALID' | 'PASSKEY_UNKNOWN' | 'CHALLENGE_EXPIRED',
  keys: ThrottleKey[],
  account: { id: string } | null,
): Promise<never> {
  await recordFailures(ctx, keys);
  await ctx.store.audit({
    event: 'login.passkey.failure',
    accountId: account?.id ?? null,
    at: ctx.now(),
  });
  throw new PortalError(code);
}
