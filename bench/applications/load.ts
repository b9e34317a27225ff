import { performance } from 'node:perf_hooks';
import type { Timing } from './http-user';

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Runs `task` in `concurrency` loops until `seconds` have passed; returns completed/failed counts and the wall time. */
export async function loop(concurrency: number, seconds: number, task: (worker: number, iteration: number) => Promise<boolean>) {
  const end = performance.now() + seconds * 1000;
  let completed = 0;
  let failed = 0;
  let firstError: string | undefined;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let iteration = 0; performance.now() < end; iteration += 1) {
        try {
          if (await task(worker, iteration)) completed += 1;
          else failed += 1;
        } catch (error) {
          failed += 1;
          firstError ??= (error as Error).message.slice(0, 300);
        }
      }
    }),
  );
  return { completed, failed, firstError, seconds: (performance.now() - started) / 1000 };
}

/** Runs every item once with at most `concurrency` in flight. */
export async function pool<T>(items: T[], concurrency: number, task: (item: T) => Promise<boolean>) {
  let next = 0;
  let completed = 0;
  let failed = 0;
  let firstError: string | undefined;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        try {
          if (await task(item)) completed += 1;
          else failed += 1;
        } catch (error) {
          failed += 1;
          firstError ??= (error as Error).message.slice(0, 300);
        }
      }
    }),
  );
  return { completed, failed, firstError, seconds: (performance.now() - started) / 1000 };
}

export function stepPercentiles(timings: Timing[], step: string): Percentiles {
  return percentiles(timings.filter((timing) => timing.step === step).map((timing) => timing.ms));
}
