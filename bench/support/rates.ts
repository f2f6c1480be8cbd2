import { performance } from 'node:perf_hooks';

export interface Throughput {
  /** Completed operations per second. */
  perSecond: number;
  /** Share of the time the main thread was busy (event loop utilization, 0..1). */
  mainBusy: number;
}

/** Runs `op` in `concurrency` loops for `ms`. */
export async function throughput(
  concurrency: number,
  op: (worker: number) => Promise<void>,
  ms: number,
): Promise<Throughput> {
  const deadline = performance.now() + ms;
  let count = 0;
  const started = performance.now();
  const loop = performance.eventLoopUtilization();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < deadline) {
        await op(worker);
        // Only completed operations count: a failing op rejects and ends the bench.
        count++;
      }
    }),
  );
  return {
    perSecond: (count * 1000) / (performance.now() - started),
    mainBusy: performance.eventLoopUtilization(loop).utilization,
  };
}

export interface Rates<K extends string> {
  /** Mean operations per second over all slices. */
  mean: Record<K, number>;
  /** Operations per second of each slice, in slice order. */
  slices: Record<K, number[]>;
  /** Mean share of the time the main thread was busy. */
  mainBusy: Record<K, number>;
}

/**
 * Operations per second of each of `ops` at the same concurrency, measured in interleaved
 * slices (`ms` in total per op) so that background load on a shared machine hits all of them
 * alike and the ratios stay meaningful. The order alternates per slice (A B, B A, A B, ...), so
 * load that rises or falls during the run does not favour whichever op goes first.
 */
export async function compareRates<K extends string>(
  concurrency: number,
  ops: Record<K, (worker: number) => Promise<void>>,
  options: { ms?: number; slices?: number; warmupMs?: number } = {},
): Promise<Rates<K>> {
  const { ms = 3000, slices = 6, warmupMs = 1000 } = options;
  const names = Object.keys(ops) as K[];
  for (const name of names) await throughput(concurrency, ops[name], warmupMs);
  const perSlice = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  const busy = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let slice = 0; slice < slices; slice++) {
    const order = slice % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const measured = await throughput(concurrency, ops[name], ms / slices);
      perSlice[name].push(measured.perSecond);
      busy[name].push(measured.mainBusy);
    }
  }
  const average = (values: Record<K, number[]>) =>
    Object.fromEntries(
      names.map((n) => [n, values[n].reduce((a, b) => a + b, 0) / slices]),
    ) as Record<K, number>;
  return { mean: average(perSlice), slices: perSlice, mainBusy: average(busy) };
}

/** "85 %": a share as a percentage. */
export const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * The ratio of `value` to `baseline` as the median over their interleaved slices, which were
 * measured side by side: a burst of background load that hits one slice of a pair moves the
 * mean of the rates but not this. Also the lowest and highest slice ratio, to show the spread.
 */
export function pairedRatio(value: number[], baseline: number[]) {
  const ratios = value.map((v, i) => v / baseline[i]!).sort((a, b) => a - b);
  const middle = ratios.length >> 1;
  const median =
    ratios.length % 2 ? ratios[middle]! : (ratios[middle - 1]! + ratios[middle]!) / 2;
  return { median, min: ratios[0]!, max: ratios.at(-1)!, pairs: ratios.length };
}
