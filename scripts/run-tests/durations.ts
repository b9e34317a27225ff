import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Wall time per test file (milliseconds) of the last run that ran it, keyed by the path relative to the project. */
export type Durations = Record<string, number>;

export function readDurations(path: string): Durations {
  if (!existsSync(path)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Durations) : {};
  } catch {
    return {}; // a half-written file from an interrupted run: the next run orders by name once
  }
}

/** Keeps the figures of files this run did not touch (a run of a few files must not forget the others). */
export function writeDurations(path: string, previous: Durations, measured: Durations): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ ...previous, ...measured }, null, 1)}\n`);
}

/**
 * Longest first, so the slowest file does not start last and run alone while the other cores idle.
 * Files without a figure (new ones) come first: they might be the slowest.
 */
export function longestFirst(files: readonly string[], durations: Durations): string[] {
  const known = (file: string) => durations[file] ?? Number.POSITIVE_INFINITY;
  return [...files].sort((a, b) => known(b) - known(a) || a.localeCompare(b));
}
