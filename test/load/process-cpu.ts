import { readFileSync } from 'node:fs';

/** utime + stime of a process in seconds, from /proc (Linux), or null elsewhere. */
export function cpuSecondsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of proc(5), counted from the state field (3) here; USER_HZ is 100 on Linux.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Waits until the server process is idle (under 0.1 core over a quarter second): autocannon
 * stops sending at the end of a run, but the server still works off what was in flight, which
 * would otherwise land in the next run's figures.
 */
export async function settle(pid: number | undefined, timeoutMs = 60_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  let before = cpuSecondsOf(pid);
  if (before === null) return;
  while (performance.now() < until) {
    await new Promise((done) => setTimeout(done, 250));
    const now = cpuSecondsOf(pid);
    if (now === null || now - before < 0.025) return;
    before = now;
  }
  throw new Error(`load: the server (pid ${pid}) is still busy after ${timeoutMs / 1000} s`);
}
