import type { FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import { throttle, type ThrottleRecord } from '../stores/throttle.js';

/**
 * The one lock in front of every secret a member types or presents (password, and the codes and
 * approvals of later flows): an attempt is counted BEFORE the secret is checked, in one atomic
 * step per counter, and refused when the count is over the rule's limit. However many attempts
 * arrive at once, no more of them reach the check than would one after another. A right secret
 * resets the counters that protect it and gives the attempt back to the client's counter.
 */
export interface LockRule {
  /** Names the rule in its throttle key: counters of different rules never mix. */
  name: string;
  limit: number;
  windowMs: number;
}

export interface LockKey {
  rule: LockRule;
  /** HMAC of the rule and what it counts. */
  key: string;
}

/** A counter of `rule` for `value` (an identifier, a client's address group, an account id). */
export function lockKey(ctx: FlowContext, rule: LockRule, value: string): LockKey {
  return { rule, key: ctx.keys.throttleKey(rule.name, value) };
}

/** The client's counter under `rule`: its address group, or one shared "unknown" group. */
export function clientLock(ctx: FlowContext, rule: LockRule = ctx.config.lock.client): LockKey {
  return lockKey(ctx, rule, ctx.client.group);
}

export interface Attempt {
  /** The counters after this attempt, in the order of the keys. */
  records: ThrottleRecord[];
  /** Whether this attempt was the last one `rule` allows (a failure now locks). */
  reachesLimit(rule: LockRule): boolean;
  /** Whether this attempt is past what `rule` allows. */
  exceeds(rule: LockRule): boolean;
}

/** Seconds until the latest of the exceeded counters' windows ends, at least 1. */
export function retryAfter(ctx: FlowContext, records: readonly { expiresAt: number }[]): number {
  const until = Math.max(...records.map((r) => r.expiresAt));
  return Math.max(1, Math.ceil((until - ctx.now()) / 1000));
}

/** Throws `RATE_LIMITED` when any of `records` is over its rule's limit. */
export function refuseOverLimit(
  ctx: FlowContext,
  keys: readonly LockKey[],
  records: readonly ThrottleRecord[],
): void {
  const over = records.filter((record, i) => record.count > keys[i]!.rule.limit);
  if (over.length > 0) {
    throw new PortalError('RATE_LIMITED', { retryAfter: retryAfter(ctx, over) });
  }
}

/**
 * Counts one attempt on every key without refusing it: for a flow that answers an exceeded
 * counter its own way (a void code, or the same answer as always).
 */
export async function count(ctx: FlowContext, keys: readonly LockKey[]): Promise<Attempt> {
  const records = await ctx.store.use(throttle).hit(
    keys.map(({ key, rule }) => ({ key, windowMs: rule.windowMs })),
    ctx.now(),
  );
  const at = (rule: LockRule) => keys.flatMap((k, i) => (k.rule === rule ? [records[i]!] : []));
  return {
    records,
    reachesLimit: (rule) => at(rule).some((record) => record.count === rule.limit),
    exceeds: (rule) => at(rule).some((record) => record.count > rule.limit),
  };
}

/** Counts one attempt on every key, then refuses it if any counter is over its limit. */
export async function countAttempt(ctx: FlowContext, keys: readonly LockKey[]): Promise<Attempt> {
  const attempt = await count(ctx, keys);
  refuseOverLimit(ctx, keys, attempt.records);
  return attempt;
}
