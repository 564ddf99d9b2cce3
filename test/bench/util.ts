/** Helpers for benchmarks: run a function many times and take the median. */
import { performance } from "node:perf_hooks";

export interface BenchRow {
  name: string;
  median: number;
  budget?: number;
  unit?: string;
  digits?: number;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time in ms of `fn` over `runs` runs after `warmup` runs. */
export function timeMedian(fn: () => unknown, runs = 30, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}
