import { loginRoutes, parseIdentifier } from '@portalkit/protocol';
import {
  generateAuthenticationOptions,
  type AuthenticationResponseJSON,
} from '@simplewebauthn/server';
import type { Flow, FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import { sendNotice } from '../notices/send.js';
import { passwordHashing } from '../password/hash.js';
import { endpoint, type FlowModule } from '../router.js';
import {
  clientLock,
  countAttempt,
  lockKey,
  refuseOverLimit,
  type Attempt,
  type LockKey,
} from '../security/lock.js';
import { isTrustedDevice, trustDevice } from '../security/trusted-device.js';
import { issueSessionCookie, mintSession, signedInView } from '../session/sessions.js';
import { accounts, type AccountRecord } from '../stores/accounts.js';
import { audit, type AuditEventName } from '../stores/audit.js';
import type { ChallengePurpose } from '../stores/challenges.js';
import { login } from '../stores/login.js';
import { sessions } from '../stores/sessions.js';
import { throttle, type ThrottleRelease } from '../stores/throttle.js';
import { issueChallenge, presentedChallenge, verifyAssertion } from '../webauthn/challenges.js';

type LoginRoutes = typeof loginRoutes;

/**
 * Password sign-in. An unknown identifier, an account without a password and a wrong password
 * take the same steps (count the attempt, one argon2id verification) and give the same answer,
 * so neither the body nor the timing tells whether a member has an account (OWASP
 * Authentication Cheat Sheet, "Authentication Responses"). The attempt is counted before the
 * hash (security/lock.ts), so a burst of guesses gets no further than guesses one by one.
 */
export const loginWithPassword: Flow<LoginRoutes['password']> = async (input, ctx) => {
  const identifier = parseIdentifier(input.identifier);
  if (!identifier.ok) {
    throw new PortalError('VALIDATION_FAILED', { fields: { identifier: identifier.problem } });
  }
  const locks = passwordLocks(ctx, identifier.value);
  const attempt = await countAttempt(ctx, locks.keys);
  const store = ctx.store.use(accounts);
  const account =
    identifier.kind === 'kvnr'
      ? await store.findByKvnr(identifier.value)
      : await store.findByEmail(identifier.value);
  const member = await checkPassword(ctx, attempt, account, input.password, 'login.password.failure');

  const { id, record } = mintSession(ctx, member.id, 'password');
  await ctx.store.use(sessions).start({
    session: record,
    replacesSessionHash: ctx.presentedSessionHash,
    throttle: locks.release,
    audit: { event: 'login.password.success', accountId: record.accountId, at: ctx.now() },
  });
  issueSessionCookie(ctx, id);
  trustDevice(ctx, locks.trustedDeviceKey);
  return { session: signedInView(record, member.displayName, ctx.config, record.createdAt) };
};

export interface PasswordLocks {
  /** The counters to count an attempt on, before the hash. */
  keys: LockKey[];
  /** What the right password resets (the identifier's counts) and gives back (the client's). */
  release: ThrottleRelease;
  /** Names the identifier in its trusted-device cookie. */
  trustedDeviceKey: string;
}

/**
 * The counters that guard a password typed for `identifier` (KVNR or e-mail, as normalized): the
 * identifier from this client (locks after a few wrong passwords), the identifier from anywhere
 * (many more; not counted from the identifier's trusted devices, so strangers cannot lock a
 * member out of their own browser) and the client across all identifiers.
 */
export function passwordLocks(ctx: FlowContext, identifier: string): PasswordLocks {
  const rules = ctx.config.lock;
  const fromAnywhere = lockKey(ctx, rules.identifier, identifier);
  const fromHere = lockKey(ctx, rules.password, `${identifier}\0${ctx.client.group}`);
  const client = clientLock(ctx);
  const trusted = isTrustedDevice(ctx, fromAnywhere.key);
  return {
    keys: trusted ? [fromHere, client] : [fromHere, fromAnywhere, client],
    release: { clear: [fromHere.key, fromAnywhere.key], refund: [client.key] },
    trustedDeviceKey: fromAnywhere.key,
  };
}

/**
 * Checks a password whose attempt has been counted (`attempt`); returns the account it is right
 * for. An unknown member and an account without a password cost one argon2id verification
 * against the dummy hash, like a wrong password. A wrong one is audited, tells the member when it
 * locks (at most once a day), and throws `CREDENTIALS_INVALID`.
 */
export async function checkPassword(
  ctx: FlowContext,
  attempt: Attempt,
  account: AccountRecord | null,
  password: string,
  failureEvent: AuditEventName,
): Promise<AccountRecord> {
  const passwordHash = account?.passwordHash ?? (await ctx.dummyHash);
  const matches = await passwordHashing.verify(passwordHash, password);
  if (account?.passwordHash && matches) return account;
  await ctx.store.use(audit).append({
    event: failureEvent,
    accountId: account?.id ?? null,
    at: ctx.now(),
  });
  const { password: fromHere, identifier: fromAnywhere } = ctx.config.lock;
  if (account && (attempt.reachesLimit(fromHere) || attempt.reachesLimit(fromAnywhere))) {
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

/**
 * A lock was reached: audit it, and tell the member at most once a day, however many addresses
 * an attacker locks (each address's lock is its own).
 */
async function lockedOut(ctx: FlowContext, account: AccountRecord): Promise<void> {
  await ctx.store.use(audit).append({ event: 'login.locked', accountId: account.id, at: ctx.now() });
  ctx.log({ level: 'warn', event: 'login.locked' });
  const notice = lockKey(ctx, ctx.config.lock.notice, account.id);
  const [sent] = await ctx.store
    .use(throttle)
    .hit([{ key: notice.key, windowMs: notice.rule.windowMs }], ctx.now());
  if (sent?.count !== 1) return;
  const lockedMinutes = Math.ceil(ctx.config.lock.password.windowMs / 60_000);
  await sendNotice(ctx, account, 'account-locked', { lockedMinutes });
}

/**
 * Options for an assertion without a username, with a challenge for `purpose`: no
 * allowCredentials, so the browser offers every discoverable passkey for this site (also as
 * autofill, `mediation: 'conditional'`), and user verification required.
 */
export async function discoverableOptions(ctx: FlowContext, purpose: ChallengePurpose) {
  const options = await generateAuthenticationOptions({
    rpID: ctx.config.rp.id,
    userVerification: 'required',
    allowCredentials: [],
    timeout: ctx.config.challengeTtlMs,
    challenge: await issueChallenge(ctx, purpose, null),
  });
  // A spread, because the protocol's loose schema has an index signature that SimpleWebAuthn's
  // interface lacks; the shape itself is checked whenever responses are validated.
  return { ...options };
}

/** Options for a passkey sign-in without a username. */
export const loginWithPasskeyOptions: Flow<LoginRoutes['passkeyOptions']> = async (_input, ctx) => {
  return { options: await discoverableOptions(ctx, 'login') };
};

/**
 * Passkey sign-in: two store round trips around the signature check (consume the challenge, read
 * the credential and count the attempt; move the counter and start the session), because an
 * embedded database spends main-thread time on each.
 *
 * Attempts count per client only. A passkey cannot be guessed, so there is no secret to protect
 * per credential, and a per-credential lock would let anyone who learns a credential id lock its
 * owner out; nor does the password's identifier lock apply: a member whose password is locked
 * signs in with a passkey.
 */
export const loginWithPasskey: Flow<LoginRoutes['passkeyVerify']> = async (input, ctx) => {
  const response = input.credential as AuthenticationResponseJSON;
  const client = clientLock(ctx);
  const presented = presentedChallenge(ctx, response.response.clientDataJSON);
  if (!presented || response.rawId !== response.id) {
    return passkeyFailure(ctx, 'PASSKEY_INVALID', true, null);
  }
  const found = await ctx.store.use(login).consumePasskeyChallenge({
    challengeHash: presented.challengeHash,
    bindingHash: presented.bindingHash,
    credentialId: response.id,
    clientKey: client.key,
    windowMs: client.rule.windowMs,
    now: ctx.now(),
  });
  // Counted and checked before the signature; the challenge is spent either way.
  refuseOverLimit(ctx, [client], [found.throttle]);
  if (!found.challengeValid) return passkeyFailure(ctx, 'CHALLENGE_EXPIRED', false, null);
  const { credential, account } = found;
  if (!credential || !account) return passkeyFailure(ctx, 'PASSKEY_UNKNOWN', false, null);

  // A discoverable credential must name its user (WebAuthn L3 § 7.2 step 6): the handle has to
  // be the one this credential was registered to.
  const userHandle = Buffer.from(account.webauthnUserId).toString('base64url');
  const verified =
    response.response.userHandle === userHandle
      ? await verifyAssertion(ctx, response, presented.challenge, {
          id: credential.id,
          publicKey: credential.publicKey,
          counter: credential.counter,
        })
      : null;
  if (!verified) return passkeyFailure(ctx, 'PASSKEY_INVALID', false, account);

  const { id, record } = mintSession(ctx, account.id, 'passkey');
  const counterMoved = await ctx.store.use(login).completePasskeyLogin(
    {
      credentialId: credential.id,
      counter: verified.newCounter,
      backedUp: verified.credentialBackedUp,
      usedAt: ctx.now(),
    },
    {
      session: record,
      replacesSessionHash: ctx.presentedSessionHash,
      throttle: { refund: [client.key] },
      audit: { event: 'login.passkey.success', accountId: account.id, at: ctx.now() },
    },
  );
  // Another sign-in with this credential got there first with the same counter: a clone.
  if (!counterMoved) return passkeyFailure(ctx, 'PASSKEY_INVALID', false, account);
  issueSessionCookie(ctx, id);
  return { session: signedInView(record, account.displayName, ctx.config, record.createdAt) };
};

/**
 * Audits a failed passkey sign-in. `uncounted`: the attempt has not been counted yet (a response
 * too malformed to reach the store), so it is counted now.
 */
async function passkeyFailure(
  ctx: FlowContext,
  code: 'PASSKEY_INVALID' | 'PASSKEY_UNKNOWN' | 'CHALLENGE_EXPIRED',
  uncounted: boolean,
  account: { id: string } | null,
): Promise<never> {
  if (uncounted) await countAttempt(ctx, [clientLock(ctx)]);
  await ctx.store.use(audit).append({
    event: 'login.passkey.failure',
    accountId: account?.id ?? null,
    at: ctx.now(),
  });
  throw new PortalError(code);
}

export const loginFlow: FlowModule = {
  name: 'login',
  endpoints: [
    endpoint(loginRoutes.password, { access: 'anonymous' }, loginWithPassword),
    endpoint(loginRoutes.passkeyOptions, { access: 'anonymous' }, loginWithPasskeyOptions),
    endpoint(loginRoutes.passkeyVerify, { access: 'anonymous' }, loginWithPasskey),
  ],
};
