import type { PortalConfig } from './context.js';
import { describeError, type PortalLog } from './http.js';
import type { FlowModule } from './router.js';
import { challenges } from './stores/challenges.js';
import { sessions } from './stores/sessions.js';
import type { Store } from './stores/store.js';
import { throttle } from './stores/throttle.js';

/** How many rows a sweep deleted, by kind. */
export type SweepResult = Record<string, number>;

/**
 * Deletes what has expired (sessions past their idle or absolute timeout, challenges, throttle
 * counters, and each flow's own expiring rows): a member who closes the tab never signs out, and
 * who was signed in when must not stay for ever. `whenDue()` runs a sweep on the first request
 * after the interval; a failing sweep is logged and tried again next interval.
 */
export function createSweeper(options: {
  store: Store;
  config: PortalConfig;
  flows: readonly FlowModule[];
  now: () => number;
  log: PortalLog;
  intervalMs: number;
}) {
  const { store, config, flows, now, log, intervalMs } = options;
  let sweptAt = -Infinity;

  async function sweep(): Promise<SweepResult> {
    const at = now();
    sweptAt = at;
    const result: SweepResult = {
      sessions: await store.use(sessions).sweep({
        lastSeenBefore: at - config.idleMs,
        createdBefore: at - config.absoluteMs,
      }),
      challenges: await store.use(challenges).sweep(at),
      throttle: await store.use(throttle).sweep(at),
    };
    for (const flow of flows) {
      if (!flow.sweep) continue;
      Object.assign(result, await flow.sweep({ store, now: at, documents: config.documents }));
    }
    log({ level: 'info', event: 'store.swept', ...result });
    return result;
  }

  async function whenDue(): Promise<void> {
    if (intervalMs <= 0 || now() - sweptAt < intervalMs) return;
    try {
      await sweep();
    } catch (error) {
      log({ level: 'error', event: 'store.sweep.failed', ...describeError(error) });
    }
  }

  return { sweep, whenDue };
}
