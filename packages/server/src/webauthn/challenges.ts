import {
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
  type VerifiedRegistrationResponse,
  type WebAuthnCredential,
} from '@simplewebauthn/server';
import type { FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import { clientLock, retryAfter } from '../security/lock.js';
import { cookieName } from '../session/cookie.js';
import { randomId, sha256 } from '../session/session-id.js';
import { challenges, type ChallengePurpose } from '../stores/challenges.js';
import { challengeOf } from './client-data.js';

/**
 * The one way a ceremony (sign-in, adding a passkey, and the approvals of later flows) gets and
 * spends a WebAuthn challenge: random, stored only as its hash, for one purpose (and account),
 * expiring after `challengeTtlMs`, usable once, and bound to the browser that asked for it
 * through an HttpOnly cookie of its own, so an assertion made for one browser's challenge is
 * refused when another browser presents it. Verification always requires the site's origins, its
 * RP ID and user verification.
 */
const bindingBase = 'pk_ceremony';
const bindingPattern = /^[A-Za-z0-9_-]{43}$/;

function bindingName(ctx: FlowContext): string {
  return cookieName(bindingBase, ctx.config.cookie);
}

/** The browser's binding, made and set if it has none; renewed for the challenge's lifetime. */
function bindBrowser(ctx: FlowContext): string {
  const presented = ctx.cookies.get(bindingName(ctx));
  const binding = presented && bindingPattern.test(presented) ? presented : randomId();
  ctx.cookies.set(bindingName(ctx), binding, {
    maxAge: Math.ceil(ctx.config.challengeTtlMs / 1000),
  });
  return binding;
}

/**
 * Issues a challenge, as the bytes the options generators take; `RATE_LIMITED` once the client
 * has asked for too many in the window. `derived`: the challenge's bytes when a ceremony derives
 * them from what is signed (an approval's, from a fresh nonce and its transaction); random
 * otherwise.
 */
export async function issueChallenge(
  ctx: FlowContext,
  purpose: ChallengePurpose,
  accountId: string | null,
  derived?: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  // Drawn where SimpleWebAuthn draws its own challenges (WebCrypto's CSPRNG).
  const bytes = derived ?? globalThis.crypto.getRandomValues(new Uint8Array(32));
  const challenge = Buffer.from(bytes).toString('base64url');
  const now = ctx.now();
  const limit = clientLock(ctx, ctx.config.lock.challenges);
  const result = await ctx.store.use(challenges).create(
    {
      challengeHash: sha256(challenge),
      purpose,
      accountId,
      bindingHash: sha256(bindBrowser(ctx)),
      expiresAt: now + ctx.config.challengeTtlMs,
    },
    { key: limit.key, windowMs: limit.rule.windowMs, max: limit.rule.limit, now },
  );
  if (!result.created) {
    throw new PortalError('RATE_LIMITED', { retryAfter: retryAfter(ctx, [result]) });
  }
  return bytes;
}

/** The challenge a response names and the hashes that find its stored copy for this browser. */
export interface PresentedChallenge {
  challenge: string;
  challengeHash: string;
  bindingHash: string;
}

/** Null when the response carries no readable challenge. */
export function presentedChallenge(
  ctx: FlowContext,
  clientDataJSON: string,
): PresentedChallenge | null {
  const challenge = challengeOf(clientDataJSON);
  if (!challenge) return null;
  const binding = ctx.cookies.get(bindingName(ctx));
  return {
    challenge,
    challengeHash: sha256(challenge),
    // A browser without the binding presents one no stored challenge can have.
    bindingHash: binding && bindingPattern.test(binding) ? sha256(binding) : '',
  };
}

/**
 * Spends the challenge of a response: `PASSKEY_INVALID` if it names none, `CHALLENGE_EXPIRED` if
 * it is unknown, used, expired, for another purpose or account, or another browser's.
 */
export async function consumeChallenge(
  ctx: FlowContext,
  purpose: ChallengePurpose,
  accountId: string | null,
  clientDataJSON: string,
): Promise<string> {
  const presented = presentedChallenge(ctx, clientDataJSON);
  if (!presented) throw new PortalError('PASSKEY_INVALID');
  const live = await ctx.store.use(challenges).consume({
    challengeHash: presented.challengeHash,
    purpose,
    accountId,
    bindingHash: presented.bindingHash,
    now: ctx.now(),
  });
  if (!live) throw new PortalError('CHALLENGE_EXPIRED');
  return presented.challenge;
}

/** A challenge as issued, or a check that recomputes it from what is signed. */
export type ExpectedChallenge = string | ((challenge: string) => boolean);

/** What every verified response must match: this challenge, the site's origins and RP ID, UV. */
function expected(ctx: FlowContext, challenge: ExpectedChallenge) {
  return {
    expectedChallenge: challenge,
    expectedOrigin: ctx.config.rp.origins,
    expectedRPID: ctx.config.rp.id,
    requireUserVerification: true,
  };
}

/** The library's reason for refusing a response, for the log: it names no person. */
function logRefusal(ctx: FlowContext, event: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : 'unknown';
  ctx.log({ level: 'warn', event, reason: reason.slice(0, 200) });
}

/** Verifies a sign-in assertion against the stored credential; null if it does not hold. */
export async function verifyAssertion(
  ctx: FlowContext,
  response: AuthenticationResponseJSON,
  challenge: ExpectedChallenge,
  credential: WebAuthnCredential,
) {
  try {
    const result = await verifyAuthenticationResponse({
      response,
      ...expected(ctx, challenge),
      credential,
    });
    return result.verified ? result.authenticationInfo : null;
  } catch (error) {
    logRefusal(ctx, 'passkey.assertion.invalid', error);
    return null;
  }
}

/** Verifies a new passkey's registration; null if it does not hold. */
export async function verifyRegistration(
  ctx: FlowContext,
  response: RegistrationResponseJSON,
  challenge: string,
): Promise<VerifiedRegistrationResponse['registrationInfo'] | null> {
  try {
    const result = await verifyRegistrationResponse({ response, ...expected(ctx, challenge) });
    return result.verified && result.registrationInfo ? result.registrationInfo : null;
  } catch (error) {
    logRefusal(ctx, 'passkey.registration.invalid', error);
    return null;
  }
}
