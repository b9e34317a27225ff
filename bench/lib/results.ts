import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * bench/results.json holds every part's results side by side: a part replaces only its own keys and
 * keeps the others, so running one part alone does not erase what the last full run measured.
 */
export function mergeResults(file: string, entries: Record<string, unknown>): void {
  let existing: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) existing = parsed as Record<string, unknown>;
    } catch {
      // A damaged file (an interrupted write) is replaced: the parts' results are rebuilt by running them.
    }
  }
  writeFileSync(file, `${JSON.stringify({ ...existing, ...entries }, null, 2)}\n`);
}
