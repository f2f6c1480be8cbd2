import assert from 'node:assert/strict';

/**
 * Polls `read` until `check` holds (the UI settles asynchronously), then fails with the last
 * value seen. Bounded by `timeout`; it never passes by waiting alone.
 */
export async function expect<T>(
  read: () => Promise<T> | T,
  check: (value: T) => boolean,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const until = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < until) {
    try {
      last = await read();
      if (check(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  assert.fail(`expected ${what}; last value: ${JSON.stringify(last)} ${lastError ?? ''}`);
}
