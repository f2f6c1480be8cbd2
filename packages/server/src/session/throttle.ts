import type { FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import type { ThrottleRecord } from '../stores/store.js';
import { sha256 } from './session-id.js';

/**
 * Failed sign-ins are counted per identifier (KVNR or e-mail as typed, whether or not an account
 * has it, so a lockout reveals nothing) and per client address, in a fixed window. Keys are
 * hashed: the throttle table holds no identifiers or addresses.
 */
export type ThrottleKind = 'identifier' | 'client';

export interface ThrottleKey {
  kind: ThrottleKind;
  key: string;
}

export function throttleKey(kind: ThrottleKind, value: string): ThrottleKey {
  return { kind, key: sha256(`${kind}:${value}`) };
}

/** The client's key, if the adapter told us its address. */
export function clientThrottleKeys(ctx: FlowContext): ThrottleKey[] {
  return ctx.client.address ? [throttleKey('client', ctx.client.address)] : [];
}

function limit(ctx: FlowContext, kind: ThrottleKind): number {
  return kind === 'client' ? ctx.config.throttle.perClient : ctx.config.throttle.perIdentifier;
}

/** Throws `RATE_LIMITED` with the longest wait if any key has used up its failures. */
export function assertNotThrottled(
  ctx: FlowContext,
  keys: readonly ThrottleKey[],
  records: readonly ThrottleRecord[],
): void {
  const now = ctx.now();
  const { windowMs } = ctx.config.throttle;
  let waitMs = 0;
  for (const { kind, key } of keys) {
    const record = records.find((r) => r.key === key);
    if (!record || record.windowStart + windowMs <= now) continue;
    if (record.count >= limit(ctx, kind)) {
      waitMs = Math.max(waitMs, record.windowStart + windowMs - now);
    }
  }
  if (waitMs > 0) {
    throw new PortalError('RATE_LIMITED', { retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) });
  }
}

/** Reads the counters of `keys` and throws if any is used up; returns the counters read. */
export async function checkThrottle(
  ctx: FlowContext,
  keys: readonly ThrottleKey[],
): Promise<ThrottleRecord[]> {
  const records = await ctx.store.readThrottle(keys.map((k) => k.key));
  assertNotThrottled(ctx, keys, records);
  return records;
}

/**
 * Counts one failure on every key. Returns the kinds whose limit this very failure reached: that
 * happens once per window, which is when the member is told about the lockout.
 */
export async function recordFailures(
  ctx: FlowContext,
  keys: readonly ThrottleKey[],
): Promise<Set<ThrottleKind>> {
  const now = ctx.now();
  const reached = new Set<ThrottleKind>();
  const records = await Promise.all(
    keys.map((k) => ctx.store.recordFailure(k.key, now, ctx.config.throttle.windowMs)),
  );
  records.forEach((record, index) => {
    const key = keys[index];
    if (key && record.count === limit(ctx, key.kind)) reached.add(key.kind);
  });
  return reached;
}
