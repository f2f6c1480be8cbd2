import { randomInt } from 'node:crypto';
import {
  resetCodeLength,
  type Identifier as ParsedIdentifier,
  type ResetChannel,
} from '@portalkit/protocol';
import type { FlowContext } from '../context.js';
import { sendCodeLetter } from '../notices/letter.js';
import { sendNotice } from '../notices/send.js';
import { count, lockKey, type LockKey, type LockRule } from '../security/lock.js';
import { accounts, type AccountRecord } from '../stores/accounts.js';
import { audit } from '../stores/audit.js';
import { passwordReset } from '../stores/password-reset.js';
import { throttle } from '../stores/throttle.js';
import { newActivationCode } from './register-letter.js';

/** A KVNR or e-mail address as `parseIdentifier` normalized it. */
export type Identifier = Extract<ParsedIdentifier, { ok: true }>;

export async function findAccount(
  ctx: FlowContext,
  identifier: Identifier,
): Promise<AccountRecord | null> {
  const store = ctx.store.use(accounts);
  return identifier.kind === 'kvnr'
    ? store.findByKvnr(identifier.value)
    : store.findByEmail(identifier.value);
}

/**
 * What an identifier's counters count: its account (so its KVNR and its e-mail address share
 * them), or, without one, the identifier itself, taking the same steps.
 */
export const subjectOf = (account: AccountRecord | null, identifier: Identifier): string =>
  account?.id ?? `identifier:${identifier.value}`;

/** Wrong codes for an account (or an unknown identifier); a new code clears them. */
export const codeLock = (ctx: FlowContext, subject: string): LockKey =>
  lockKey(ctx, ctx.config.forgotPassword.lock.code, subject);

/** A new e-mail or SMS code: 6 digits from Node's CSPRNG, every one equally likely. */
export function newResetCode(): string {
  return String(randomInt(10 ** resetCodeLength)).padStart(resetCodeLength, '0');
}

/**
 * What the store keeps of a code: an HMAC under the portal's keyring over the account and the
 * code (see `activationCodeHash`): worth nothing for another account, and not searchable through
 * without the key, which matters for a 6-digit code more than for any other.
 */
export function resetCodeHash(ctx: FlowContext, accountId: string, code: string): string {
  return ctx.keys.mac('reset-code', `${accountId}\0${code}`);
}

/**
 * After the answer to a code request: a code on its way, or nothing, with the reason in the audit
 * log. An unknown identifier passes the same counters as an account, keyed on itself, and a code
 * "issued" to it or to an account without the channel clears the failure counter as a real one
 * would, so that what a later check answers (locked or not) does not tell them apart either.
 */
export async function sendResetCode(
  ctx: FlowContext,
  identifier: Identifier,
  channel: ResetChannel,
): Promise<void> {
  const config = ctx.config.forgotPassword;
  const outcome = (name: string, accountId: string | null = null) =>
    ctx.store
      .use(audit)
      .append({ event: `forgot-password.code.${name}`, accountId, at: ctx.now() });
  if (!config.channels.includes(channel)) return outcome('channel-off');
  const account = await findAccount(ctx, identifier);
  const id = account?.id ?? null;
  const member = account && channel === 'letter' ? await ctx.members?.find?.(account.kvnr) : null;

  // Letters also count against the member's letters (shared with registration: postage).
  const subject = subjectOf(account, identifier);
  const { resend, codesPerHour } = config.lock;
  const { lettersPerDay, lettersPerMonth } = ctx.config.register.lock;
  const letters = account?.kvnr ?? identifier.value;
  const rules: [LockRule, string, string][] = [
    [resend, subject, 'too-soon'],
    [codesPerHour, subject, 'account-limit'],
  ];
  if (channel === 'letter') {
    rules.push(
      [lettersPerDay, letters, 'letter-limit'],
      [lettersPerMonth, letters, 'letter-limit'],
    );
  }
  for (const [rule, value, name] of rules) {
    const counted = await count(ctx, [lockKey(ctx, rule, value)]);
    if (counted.exceeds(rule)) return outcome(name, id);
  }
  // Past the counters every request takes the same step, code sent or not: the failure counter
  // is cleared and the live code void. An account without the channel (no mobile number, no
  // address in the registry) is then in the state a new code leaves it in, and so is an unknown
  // identifier: what a later check answers tells the three apart no more than this answer does.
  const failures = { clear: [codeLock(ctx, subject).key] };
  const missing = !account
    ? 'unknown'
    : channel === 'sms' && !account.phone
      ? 'no-phone'
      : channel === 'letter' && !member
        ? 'no-address'
        : undefined;
  if (!account || missing) {
    if (account) await ctx.store.use(passwordReset).revoke(account.id);
    await ctx.store.use(throttle).release(failures);
    return outcome(missing ?? 'unknown', id);
  }

  const code = channel === 'letter' ? newActivationCode() : newResetCode();
  const now = ctx.now();
  const validMs = channel === 'letter' ? config.letterCodeValidityMs : config.codeValidityMs;
  await ctx.store.use(passwordReset).issue({
    accountId: account.id,
    codeHash: resetCodeHash(ctx, account.id, code),
    expiresAt: now + validMs,
    now,
    throttle: failures,
  });
  if (member) {
    const letter = { code, validUntil: now + validMs, pageUrl: config.resetUrl };
    await sendCodeLetter(ctx, member, {
      template: 'reset-letter',
      locale: account.locale,
      ...letter,
    });
  } else {
    const data = { code, validMinutes: Math.round(validMs / 60_000), rpId: ctx.config.rp.id };
    await sendNotice(ctx, account, 'reset-code', data, channel === 'sms' ? 'sms' : 'email');
  }
  return outcome(`${channel}-sent`, id);
}
