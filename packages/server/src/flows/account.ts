import { accountRoutes, parseResetCode, type AccountView } from '@portalkit/protocol';
import type { Flow, FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import { sendNotice, sendNoticeEverywhere } from '../notices/send.js';
import { passwordHashing } from '../password/hash.js';
import { endpoint, type FlowModule } from '../router.js';
import {
  clientLock,
  count,
  countAttempt,
  lockKey,
  refuseOverLimit,
  type LockRule,
} from '../security/lock.js';
import {
  issueSessionCookie,
  mintSession,
  requireSession,
  signedInView,
} from '../session/sessions.js';
import { accountChanges } from '../stores/account.js';
import { accounts, type AccountRecord } from '../stores/accounts.js';
import { audit } from '../stores/audit.js';
import { credentials } from '../stores/credentials.js';
import { throttle } from '../stores/throttle.js';
import { endRegistrationForm } from './account-end.js';
import { endOtherSessions, endSession, listSessions } from './account-sessions.js';
import { requireNewPassword } from './forgot-password.js';
import { newResetCode } from './forgot-password-code.js';
import { maskEmail } from './forgot-password-hints.js';
import { signalDetails } from './passkeys-list.js';
import { checkPassword, passwordLocks } from './login.js';
import { parseEmail } from './register.js';

type Routes = typeof accountRoutes;

/** How long a code for a new address lives, and how soon another may be asked for. */
const emailCodeMs = 10 * 60_000;
const resendAfterSeconds = 60;

/** The counters of an e-mail change, per account. */
export const emailChangeRules = {
  /** One code a minute. */
  resend: { name: 'account-email-resend', limit: 1, windowMs: resendAfterSeconds * 1000 },
  /** Three codes an hour. */
  perHour: { name: 'account-email-hour', limit: 3, windowMs: 60 * 60_000 },
  /** Five wrong codes void the live one; a new code clears them. */
  code: { name: 'account-email-code', limit: 5, windowMs: emailCodeMs },
} satisfies Record<string, LockRule>;

async function accountView(ctx: FlowContext, account: AccountRecord): Promise<AccountView> {
  const passkeys = await ctx.store.use(credentials).list(account.id);
  return {
    account: { displayName: account.displayName, email: account.email, passkeys: passkeys.length },
    signal: signalDetails(ctx, account),
  };
}

export const showAccount: Flow<Routes['account']> = async (_input, ctx) =>
  accountView(ctx, requireSession(ctx).account);

/**
 * A new password. The current one is checked behind the same counters as signing in with the
 * KVNR (it is the same secret: a wrong one answers `CREDENTIALS_INVALID` and counts towards the
 * lock); the new one by the policy and the last passwords, as a reset's is. Then one store step:
 * the new hash and its history entry, every session of the account ended and this one started
 * under a new id (its sign-in time kept), audited; then the notice on every channel.
 */
export const changePassword: Flow<Routes['password']> = async (input, ctx) => {
  const { record, account } = requireSession(ctx);
  const locks = passwordLocks(ctx, account.kvnr);
  const attempt = await countAttempt(ctx, locks.keys);
  await checkPassword(ctx, attempt, account, input.current, 'account.password.failure');
  // The right password resets its counters now, whatever the new one's fate.
  await ctx.store.use(throttle).release(locks.release);
  await requireNewPassword(ctx, account, input.password);

  const passwordHash = await passwordHashing.hash(input.password);
  const { id, record: fresh } = mintSession(ctx, account.id, record.method);
  const session = { ...fresh, createdAt: record.createdAt };
  const changed = await ctx.store.use(accountChanges).changePassword(account.id, passwordHash, {
    session,
    replacesSessionHash: record.idHash,
    audit: { event: 'account.password.changed', accountId: account.id, at: fresh.confirmedAt },
  });
  if (!changed) throw new PortalError('SESSION_REQUIRED');
  issueSessionCookie(ctx, id);
  ctx.after(() => sendNoticeEverywhere(ctx, account, 'password-changed'));
  return { session: signedInView(session, account.displayName, ctx.config, fresh.lastSeenAt) };
};

/** What the store keeps of a code for a new address: an HMAC of the account and the code. */
export function emailCodeHash(ctx: FlowContext, accountId: string, code: string): string {
  return ctx.keys.mac('email-change-code', `${accountId}\0${code}`);
}

const emailCodeLock = (ctx: FlowContext, accountId: string) =>
  lockKey(ctx, emailChangeRules.code, accountId);

/**
 * Asks for a code to a new address. Every well-formed request for an address other than the
 * current one gets the same answer after the same work (the account's counters: one code a
 * minute, three an hour); whether another account uses the address is looked up only once the
 * answer is out (`ctx.after`): a free address gets the code, a taken one a notice to its owner
 * instead, so neither body nor timing tells the asker whose address it is.
 */
export const requestEmailCode: Flow<Routes['emailCode']> = async (input, ctx) => {
  const { account } = requireSession(ctx);
  const email = parseEmail(input.email);
  if (!email.ok) throw new PortalError('VALIDATION_FAILED', { fields: { email: email.problem } });
  if (email.value === account.email) {
    throw new PortalError('VALIDATION_FAILED', { fields: { email: 'unchanged' } });
  }
  await countAttempt(ctx, [lockKey(ctx, emailChangeRules.resend, account.id)]);
  await countAttempt(ctx, [lockKey(ctx, emailChangeRules.perHour, account.id)]);
  ctx.after(() => sendEmailCode(ctx, account, email.value));
  return { email: email.value, expiresIn: emailCodeMs / 1000, resendIn: resendAfterSeconds };
};

/**
 * After the answer: the code to a free address, or the notice to a taken one. Either way the
 * account's live code is replaced (by the new one, or by none) and its failures cleared, so that
 * what a later code check answers does not tell the two apart either.
 */
async function sendEmailCode(ctx: FlowContext, account: AccountRecord, email: string) {
  const failures = { clear: [emailCodeLock(ctx, account.id).key] };
  const outcome = (name: string) =>
    ctx.store.use(audit).append({ event: `account.email.${name}`, accountId: account.id, at: ctx.now() });
  const owner = await ctx.store.use(accounts).findByEmail(email);
  if (owner) {
    await ctx.store.use(accountChanges).revokeEmailCode(account.id);
    await ctx.store.use(throttle).release(failures);
    await outcome('taken');
    await sendNotice(ctx, owner, 'email-change-attempt');
    return;
  }
  const code = newResetCode();
  const now = ctx.now();
  await ctx.store.use(accountChanges).issueEmailCode({
    accountId: account.id,
    email,
    codeHash: emailCodeHash(ctx, account.id, code),
    expiresAt: now + emailCodeMs,
    now,
    throttle: failures,
  });
  await outcome('code-sent');
  const recipient = { email, displayName: account.displayName, locale: account.locale };
  const data = { code, validMinutes: emailCodeMs / 60_000, rpId: ctx.config.rp.id };
  await sendNotice(ctx, recipient, 'email-change-code', data);
}

/**
 * Accepts the code from the new address. Every attempt is counted for the account and the client
 * before the code is checked (security/lock.ts); the attempt that reaches the limit voids the
 * live code (`CODE_LOCKED` until a new one is asked for). A wrong, expired and spent code get one
 * answer. The right one changes the address in one store step (unless another account took it
 * meanwhile), and a notice goes to the old address.
 */
export const verifyEmailCode: Flow<Routes['emailVerify']> = async (input, ctx) => {
  const { account } = requireSession(ctx);
  const code = parseResetCode(input.code);
  if (!code.ok || code.kind !== 'digits') {
    throw new PortalError('VALIDATION_FAILED', { fields: { code: code.ok ? 'format' : code.problem } });
  }
  const perAccount = emailCodeLock(ctx, account.id);
  const client = clientLock(ctx);
  const attempt = await count(ctx, [perAccount, client]);
  if (attempt.exceeds(perAccount.rule)) throw new PortalError('CODE_LOCKED');
  refuseOverLimit(ctx, [client], attempt.records.slice(1));

  const event = { event: 'account.email.changed' as const, accountId: account.id, at: ctx.now() };
  const hash = emailCodeHash(ctx, account.id, code.value);
  const change = await ctx.store.use(accountChanges).verifyEmailCode(account.id, hash, ctx.now(), event);
  if (!change) {
    await ctx.store
      .use(audit)
      .append({ event: 'account.email.verify.failure', accountId: account.id, at: ctx.now() });
    if (!attempt.reachesLimit(perAccount.rule)) throw new PortalError('CODE_INVALID');
    await ctx.store.use(accountChanges).revokeEmailCode(account.id);
    await ctx.store.use(audit).append({ event: 'account.email.locked', accountId: account.id, at: ctx.now() });
    ctx.log({ level: 'warn', event: 'account.email.locked' });
    throw new PortalError('CODE_LOCKED');
  }
  await ctx.store.use(throttle).release({ clear: [perAccount.key], refund: [client.key] });
  // Whoever holds the code reads that inbox: telling them it was taken meanwhile tells no one else.
  if (change.status === 'taken') {
    throw new PortalError('VALIDATION_FAILED', { fields: { email: 'taken' } });
  }
  const previous = { ...account, email: change.previousEmail };
  ctx.after(() => sendNotice(ctx, previous, 'email-changed', { email: maskEmail(change.email) }));
  return accountView(ctx, { ...account, email: change.email });
};

/**
 * The member's account page: the account, a new password, a new e-mail address (confirmed by a
 * code sent there), the sessions on other devices, and ending the registration (a protected
 * form: only once approved with a passkey). Every route needs the member signed in.
 */
export const accountFlow: FlowModule = {
  name: 'account',
  endpoints: [
    endpoint(accountRoutes.account, { access: 'signed-in' }, showAccount),
    endpoint(accountRoutes.password, { access: 'signed-in' }, changePassword),
    endpoint(accountRoutes.emailCode, { access: 'signed-in' }, requestEmailCode),
    endpoint(accountRoutes.emailVerify, { access: 'signed-in' }, verifyEmailCode),
    endpoint(accountRoutes.sessions, { access: 'signed-in' }, listSessions),
    endpoint(accountRoutes.endSession, { access: 'signed-in' }, endSession),
    endpoint(accountRoutes.endOtherSessions, { access: 'signed-in' }, endOtherSessions),
    endRegistrationForm.endpoint,
  ],
  forms: [endRegistrationForm],
  sweep: async ({ store, now }) => ({ emailChanges: await store.use(accountChanges).sweep(now) }),
};
