import { MEASURE_STATUS_LABELS } from '../policies';
import { PATHS } from '../paths';
import type { PlainValue } from './csv';
import type { PublishedMeasure } from './published-measures';

/** The columns of `massnahmen.csv` and of the open dataset, in order. */
export const MEASURE_COLUMNS = [
  'id',
  'titel',
  'ziel',
  'status',
  'fortschritt_prozent',
  'beginn',
  'ende_geplant',
  'budget_euro',
  'finanzierung',
  'programm_bezug',
  'meilensteine_erreicht',
  'meilensteine_gesamt',
  'naechster_meilenstein',
  'naechster_meilenstein_faellig',
  'url',
] as const;

/** One measure as a row of plain values: the CSV and the open dataset (nothing personal: no owner's people, no history). */
export function measureRow({ measure, milestones }: PublishedMeasure, baseUrl: string): Record<(typeof MEASURE_COLUMNS)[number], PlainValue> {
  const next = milestones.find((milestone) => milestone.doneOn === null);
  return {
    id: measure.slug,
    titel: measure.title,
    ziel: measure.goal,
    status: MEASURE_STATUS_LABELS[measure.status],
    fortschritt_prozent: measure.progressPercent,
    beginn: measure.startsOn,
    ende_geplant: measure.endsOn,
    budget_euro: measure.budgetCents === null ? null : measure.budgetCents / 100,
    finanzierung: measure.fundingSource || null,
    programm_bezug: measure.programReference || null,
    meilensteine_erreicht: milestones.filter((milestone) => milestone.doneOn !== null).length,
    meilensteine_gesamt: milestones.length,
    naechster_meilenstein: next?.title ?? null,
    naechster_meilenstein_faellig: next?.dueOn ?? null,
    url: `${baseUrl}${PATHS.measure(measure.slug)}`,
  };
}

/** One measure with its milestones, for `massnahmen.json`: the row's values plus the milestones themselves. */
export function measureDocument(published: PublishedMeasure, baseUrl: string) {
  return {
    ...measureRow(published, baseUrl),
    status_code: published.measure.status,
    meilensteine: published.milestones.map((milestone) => ({ titel: milestone.title, faellig: milestone.dueOn, erreicht: milestone.doneOn })),
  };
}
