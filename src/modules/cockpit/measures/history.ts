import { eq, sql } from 'drizzle-orm';
import type { CurrentUser } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { formatMoney } from '../../../kernel/views';
import { MEASURE_STATUS_LABELS } from '../policies';
import { cockpitMeasureChanges, cockpitMeasures, type Measure } from '../tables';
import { germanDay } from './values';

export type ChangedField = { field: string; before: string; after: string };

/** The fields of a measure as the history shows them: German labels, values as people read them. */
export function shownFields(measure: Omit<Measure, 'id' | 'version' | 'createdAt' | 'updatedAt'>, ownerName: string): Record<string, string> {
  return {
    Titel: measure.title,
    Adresse: measure.slug,
    Ziel: measure.goal,
    Beschreibung: measure.description,
    Fachbereich: ownerName,
    Stand: MEASURE_STATUS_LABELS[measure.status],
    Fortschritt: `${measure.progressPercent} %`,
    Beginn: germanDay(measure.startsOn),
    'Geplantes Ende': measure.endsOn ? germanDay(measure.endsOn) : 'offen',
    Budget: measure.budgetCents === null ? 'keines' : formatMoney(measure.budgetCents),
    Finanzierung: measure.fundingSource,
    'Abschnitt des Ratsprogramms': measure.programReference,
    Veröffentlicht: measure.published ? 'ja' : 'nein',
  };
}

/** The fields whose shown value differs, in the form's order; for something new (`before` empty), the fields given. */
export function changedFields(before: Record<string, string>, after: Record<string, string>): ChangedField[] {
  return Object.keys(after)
    .filter((field) => (before[field] ?? '') !== after[field])
    .map((field) => ({ field, before: before[field] ?? '', after: after[field]! }));
}

/**
 * Writes one history row and raises the measure's version (every change does, so an edit form drawn
 * before it is refused as stale). Run inside the change's transaction.
 */
export async function recordChange(tx: Executor, actor: CurrentUser | null, measureId: string, summary: string, fields: ChangedField[] = []): Promise<void> {
  await tx
    .update(cockpitMeasures)
    .set({ version: sql`${cockpitMeasures.version} + 1`, updatedAt: sql`now()` })
    .where(eq(cockpitMeasures.id, measureId));
  await insertChange(tx, actor, measureId, summary, fields);
}

/** The history row alone, for a change that raised the version itself (the measure's own fields). */
export async function insertChange(tx: Executor, actor: CurrentUser | null, measureId: string, summary: string, fields: ChangedField[] = []): Promise<void> {
  await tx.insert(cockpitMeasureChanges).values({ measureId, actorId: actor?.id ?? null, summary, fields });
}
