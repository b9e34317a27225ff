import type { TagKind } from '../../../kernel/views';
import type { ImportRun } from '../import/run-repository';

export const RUN_OUTCOMES: Record<ImportRun['outcome'], { label: string; kind: TagKind }> = {
  running: { label: 'läuft', kind: 'info' },
  succeeded: { label: 'erfolgreich', kind: 'success' },
  failed: { label: 'gescheitert oder unvollständig', kind: 'danger' },
};

export function intervalLabel(minutes: number): string {
  if (minutes === 60) return 'stündlich';
  if (minutes === 1440) return 'täglich';
  return minutes % 60 === 0 ? `alle ${minutes / 60} Stunden` : `alle ${minutes} Minuten`;
}

/** Objects of a run over all types: new, changed, deleted. */
export function runTotals(run: Pick<ImportRun, 'counts'>): { new: number; changed: number; deleted: number; unchanged: number } {
  const totals = { new: 0, changed: 0, deleted: 0, unchanged: 0 };
  for (const counts of Object.values(run.counts)) {
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += counts[key];
  }
  return totals;
}
