import {
  forgotPasswordRoutes,
  parseIdentifier,
  parseResetCode,
  passwordPolicies,
  type ResetVerified,
} from '@portalkit/protocol';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { Flow, FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import { sendNotice, sendNoticeEverywhere } from '../notices/send.js';
import { passwordHashing } from '../password/hash.js';
import { checkNewPassword } from '../password/policy.js';
import { endpoint, type FlowModule } from '../router.js';
import { clientLock, count, countAttempt, refuseOverLimit } from '../security/lock.js';
import { cookieName } from '../session/cookie.js';
import { isSessionId, randomId, sha256 } from '../session/session-id.js';
import { issueSessionCookie, mintSession, signedInView } from '../session/sessions.js';
import { accounts, type AccountRecord } from '../stores/accounts.js';
import { audit, type AuditEventName } from '../stores/audit.js';
import { credentials } from '../stores/credentials.js';
import { passwordReset, type ResetBinding } from '../stores/password-reset.js';
import { consumeChallenge, verifyAssertion } from '../webauthn/challenges.js';
import {
  codeLock,
  findAccount,
  resetCodeHash,
  sendResetCode,
  subjectOf,
  type Identifier,
} from './forgot-password-code.js';
import { maskEmail, maskPhone } from './forgot-password-hints.js';
import { discoverableOptions, passwordLocks } from './login.js';

type Routes = typeof forgotPasswordRoutes;

function identifierOf(input: string): Identifier {
  const identifier = parseIdentifier(input);
  if (!identifier.ok) {
    throw new PortalError('VALIDATION_FAILED', { fields: { identifier: identifier.problem } });
  }
  return identifier;
}

/**
 * Asks for a code. Every well-formed request gets the same answer, with the same headers, after
 * the same work (count the client's request): the account is looked up only once the answer is
 * out (`ctx.after`), so neither body nor timing tells whether the identifier has an account, the
 * account has that channel, or it is over its limits (OWASP Forgot Password Cheat Sheet). What
 * happened is audited, never shown. Only the client's own limit shows, for every identifier alike.
 */
export const requestCode: Flow<Routes['code']> = async (input, ctx) => {
  const identifier = identifierOf(input.identifier);
  await countAttempt(ctx, [clientLock(ctx, ctx.config.forgotPassword.lock.requests)]);
  ctx.after(() => sendResetCode(ctx, identifier, input.channel));
  const resendAfter = input.channel === 'letter' ? 0 : ctx.config.forgotPassword.resendAfterSeconds;
  return { code: 'requested', resendAfter };
};

const resetCookie = (ctx: FlowContext) => cookieName('pk_reset', ctx.config.cookie);

/** A browser bound to an account's reset: a random id in an HttpOnly cookie, its SHA-256 stored. */
function newBinding(
  ctx: FlowContext,
  event: AuditEventName,
  accountId: string | null,
  throttle: ResetBinding['throttle'],
): { id: string; binding: ResetBinding } {
  const id = randomId();
  const now = ctx.now();
  return {
    id,
    binding: {
      bindingHash: sha256(id),
      bindingExpiresAt: now + ctx.config.forgotPassword.bindingMs,
      now,
      throttle,
      audit: { event, accountId, at: now },
    },
  };
}

/** Binds the browser and tells it, now that it proved possession, whose account this is. */
function verified(ctx: FlowContext, bindingId: string, account: AccountRecord): ResetVerified {
  ctx.cookies.set(resetCookie(ctx), bindingId, {
    maxAge: Math.floor(ctx.config.forgotPassword.bindingMs / 1000),
  });
  return {
    verified: true,
    displayName: account.displayName,
    hints: {
      email: maskEmail(account.email),
      ...(account.phone && { phone: maskPhone(account.phone) }),
    },
  };
}

/**
 * Accepts a code. Every attempt is counted for the account (or the unknown identifier) and the
 * client before the code is checked; the attempt that reaches the limit voids the live code
 * (`CODE_LOCKED` until a new code is requested) and the member is told by e-mail. A wrong,
 * expired and spent code get one answer, for known and unknown identifiers alike.
 */
export const verifyCode: Flow<Routes['verify']> = async (input, ctx) => {
  const identifier = parseIdentifier(input.identifier);
  const code = parseResetCode(input.code);
  if (!identifier.ok || !code.ok) {
    const fields: Record<string, string> = {};
    if (!identifier.ok) fields.identifier = identifier.problem;
    if (!code.ok) fields.code = code.problem;
    throw new PortalError('VALIDATION_FAILED', { fields });
  }
  const account = await findAccount(ctx, identifier);
  const perAccount = codeLock(ctx, subjectOf(account, identifier));
  const client = clientLock(ctx);
  const attempt = await count(ctx, [perAccount, client]);
  if (attempt.exceeds(perAccount.rule)) throw new PortalError('CODE_LOCKED');
  refuseOverLimit(ctx, [client], attempt.records.slice(1));

  // An unknown identifier takes the same store step, for an account no code can belong to.
  const accountId = account?.id ?? '';
  const release = { clear: [perAccount.key], refund: [client.key] };
  const { id, binding } = newBinding(ctx, 'forgot-password.verified', account?.id ?? null, release);
  const codeHash = resetCodeHash(ctx, accountId, code.value);
  const proved = await ctx.store.use(passwordReset).verifyCode(accountId, codeHash, binding);
  if (proved) return verified(ctx, id, proved);

  await ctx.store.use(audit).append({
    event: 'forgot-password.verify.failure',
    accountId: account?.id ?? null,
    at: ctx.now(),
  });
  if (!attempt.reachesLimit(perAccount.rule)) throw new PortalError('CODE_INVALID');
  ctx.after(() => lockCode(ctx, account));
  throw new PortalError('CODE_LOCKED');
};

/** After the answer: voids the account's live code and tells the member by e-mail. */
async function lockCode(ctx: FlowContext, account: AccountRecord | null): Promise<void> {
  const accountId = account?.id ?? null;
  await ctx.store.use(audit).append({ event: 'forgot-password.locked', accountId, at: ctx.now() });
  ctx.log({ level: 'warn', event: 'forgot-password.locked' });
  if (account && (await ctx.store.use(passwordReset).revoke(account.id))) {
    const failures = ctx.config.forgotPassword.lock.code.limit;
    await sendNotice(ctx, account, 'reset-code-locked', { failures });
  }
}

/** Options for proving possession of a passkey: discoverable, user verification required. */
export const passkeyOptions: Flow<Routes['passkeyOptions']> = async (_input, ctx) => ({
  options: await discoverableOptions(ctx, 'reset'),
});

async function passkeyFailure(
  ctx: FlowContext,
  code: 'PASSKEY_INVALID' | 'PASSKEY_UNKNOWN',
  accountId: string | null,
): Promise<never> {
  const at = ctx.now();
  await ctx.store.use(audit).append({ event: 'forgot-password.passkey.failure', accountId, at });
  throw new PortalError(code);
}

/**
 * Proves possession with a passkey: counted per client before the work (as a passkey sign-in
 * is), the challenge spent, then the credential must be the identifier's account's: one of
 * another account, or of none, gets the one answer `PASSKEY_UNKNOWN`, before any signature is
 * checked, so the two cannot be told apart by time either.
 */
export const verifyPasskey: Flow<Routes['passkeyVerify']> = async (input, ctx) => {
  const identifier = identifierOf(input.identifier);
  const response = input.credential as AuthenticationResponseJSON;
  const client = clientLock(ctx);
  await countAttempt(ctx, [client]);
  const challenge = await consumeChallenge(ctx, 'reset', null, response.response.clientDataJSON);
  if (response.rawId !== response.id) return passkeyFailure(ctx, 'PASSKEY_INVALID', null);
  const account = await findAccount(ctx, identifier);
  const credential = await ctx.store.use(credentials).find(response.id);
  if (!account || credential?.accountId !== account.id) {
    return passkeyFailure(ctx, 'PASSKEY_UNKNOWN', null);
  }

  // A discoverable credential must name its user (WebAuthn L3 § 7.2 step 6).
  const userHandle = Buffer.from(account.webauthnUserId).toString('base64url');
  const assertion =
    response.response.userHandle === userHandle
      ? await verifyAssertion(ctx, response, challenge, {
          id: credential.id,
          publicKey: credential.publicKey,
          counter: credential.counter,
        })
      : null;
  if (!assertion) return passkeyFailure(ctx, 'PASSKEY_INVALID', account.id);
  const release = { refund: [client.key] };
  const event = 'forgot-password.passkey.verified';
  const { id, binding } = newBinding(ctx, event, account.id, release);
  const use = {
    credentialId: credential.id,
    counter: assertion.newCounter,
    backedUp: assertion.credentialBackedUp,
    usedAt: binding.now,
  };
  const proved = await ctx.store.use(passwordReset).verifyPasskey(account.id, use, binding);
  // Another assertion with this credential got there first with the same counter: a clone.
  if (!proved) return passkeyFailure(ctx, 'PASSKEY_INVALID', account.id);
  return verified(ctx, id, proved);
};

/** The binding this browser's reset cookie holds while it lives; a dead cookie is cleared. */
async function presentedReset(
  ctx: FlowContext,
): Promise<{ bindingHash: string; account: AccountRecord } | null> {
  const raw = ctx.cookies.get(resetCookie(ctx));
  if (raw === null) return null;
  const bindingHash = isSessionId(raw) ? sha256(raw) : null;
  const account = bindingHash
    ? await ctx.store.use(passwordReset).find(bindingHash, ctx.now())
    : null;
  if (!bindingHash || !account) {
    ctx.cookies.set(resetCookie(ctx), '', { maxAge: 0 });
    return null;
  }
  return { bindingHash, account };
}

/**
 * A new password for an existing account (a reset, or a change on the account page): the policy
 * with the member's own data as context and the member's last passwords (as many as the policy's
 * `notRecent` rule counts); `PASSWORD_REJECTED` naming every rule it breaks.
 */
export async function requireNewPassword(
  ctx: FlowContext,
  account: AccountRecord,
  password: string,
): Promise<void> {
  const policy = ctx.config.passwordPolicy;
  const recent = passwordPolicies[policy].find((rule) => rule.id === 'notRecent')?.value ?? 0;
  const history = await ctx.store.use(accounts).listPasswordHistory(account.id, recent);
  const context = { kvnr: account.kvnr, email: account.email, name: account.displayName };
  const check = await checkNewPassword(policy, password, { ...context, username: account.kvnr }, history);
  if (!check.ok) {
    throw new PortalError('PASSWORD_REJECTED', { fields: { password: check.failed.join(' ') } });
  }
}

/**
 * Sets the new password: the policy with the member's own data and last passwords, then one
 * store step that spends the reset, changes the password, ends every session of the account and
 * starts this browser's, and clears the sign-in throttle of the account's KVNR and e-mail
 * address; then the notice on every channel the account has.
 */
export const setNewPassword: Flow<Routes['password']> = async (input, ctx) => {
  const presented = await presentedReset(ctx);
  if (!presented) throw new PortalError('RESET_REQUIRED');
  const { account, bindingHash } = presented;
  await requireNewPassword(ctx, account, input.password);

  const passwordHash = await passwordHashing.hash(input.password);
  const { id, record } = mintSession(ctx, account.id, 'password');
  const signInLocks = [account.kvnr, account.email].flatMap(
    (identifier) => passwordLocks(ctx, identifier).release.clear ?? [],
  );
  const changed = await ctx.store.use(passwordReset).complete(bindingHash, passwordHash, {
    session: record,
    replacesSessionHash: ctx.presentedSessionHash,
    throttle: { clear: signInLocks },
    audit: { event: 'forgot-password.completed', accountId: account.id, at: record.createdAt },
  });
  ctx.cookies.set(resetCookie(ctx), '', { maxAge: 0 });
  if (!changed) throw new PortalError('RESET_REQUIRED');
  issueSessionCookie(ctx, id);
  ctx.after(() => sendNoticeEverywhere(ctx, changed, 'password-changed'));
  return { session: signedInView(record, changed.displayName, ctx.config, record.createdAt) };
};

export const forgotPasswordFlow: FlowModule = {
  name: 'forgot-password',
  endpoints: [
    endpoint(forgotPasswordRoutes.code, { access: 'anonymous' }, requestCode),
    endpoint(forgotPasswordRoutes.verify, { access: 'anonymous' }, verifyCode),
    endpoint(forgotPasswordRoutes.passkeyOptions, { access: 'anonymous' }, passkeyOptions),
    endpoint(forgotPasswordRoutes.passkeyVerify, { access: 'anonymous' }, verifyPasskey),
    endpoint(forgotPasswordRoutes.password, { access: 'anonymous' }, setNewPassword),
  ],
  sweep: async ({ store, now }) => ({ passwordResets: await store.use(passwordReset).sweep(now) }),
};
