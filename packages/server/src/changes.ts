/**
 * Wakes whoever waits for news of a key (a transaction's event stream) in this process. Servers
 * sharing one database do not hear each other's news, so a waiter also looks at the store after
 * at most its own interval: the bus only makes the common case (one server) immediate.
 */
export interface Changes {
  notify(key: string): void;
  /** Resolves on news of `key`, after `ms`, or when `signal` aborts, whichever comes first. */
  wait(key: string, ms: number, signal: AbortSignal): Promise<void>;
}

export function createChanges(): Changes {
  const waiters = new Map<string, Set<() => void>>();
  return {
    notify(key) {
      const found = waiters.get(key);
      if (!found) return;
      waiters.delete(key);
      for (const wake of found) wake();
    },
    wait(key, ms, signal) {
      return new Promise<void>((resolve) => {
        if (signal.aborted) return resolve();
        const set = waiters.get(key) ?? new Set();
        waiters.set(key, set);
        const wake = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', wake);
          set.delete(wake);
          if (set.size === 0 && waiters.get(key) === set) waiters.delete(key);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        signal.addEventListener('abort', wake, { once: true });
        set.add(wake);
      });
    },
  };
}
