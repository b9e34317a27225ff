/** The runs' rows (council_import_runs) and the source's record of its last good run. */
import { and, desc, eq, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { councilImportObjects, councilImportPending, councilImportRuns, councilSources, type ImportList, type ImportPosition } from '../tables';
import { MAX_REPORTED } from './limits';
import type { KnownObject, RunState } from './run-state';

export type CouncilSource = typeof councilSources.$inferSelect;
export type ImportRun = typeof councilImportRuns.$inferSelect;

export async function findSourceByUrl(db: Executor, url: string): Promise<CouncilSource | undefined> {
  const [source] = await db.select().from(councilSources).where(eq(councilSources.url, url));
  return source;
}

export async function findSourceById(db: Executor, id: string): Promise<CouncilSource | undefined> {
  const [source] = await db.select().from(councilSources).where(eq(councilSources.id, id));
  return source;
}

export async function lastRunOf(db: Executor, sourceId: string): Promise<ImportRun | undefined> {
  const [run] = await db.select().from(councilImportRuns).where(eq(councilImportRuns.sourceId, sourceId)).orderBy(desc(councilImportRuns.startedAt)).limit(1);
  return run;
}

/** Enabled sources whose interval has passed since their last run (or that never ran). */
export async function dueSources(db: Executor, now: Date): Promise<{ id: string }[]> {
  return db
    .select({ id: councilSources.id })
    .from(councilSources)
    .where(
      and(
        eq(councilSources.enabled, true),
        or(
          isNull(councilSources.lastRunAt),
          lte(councilSources.lastRunAt, sql`${now.toISOString()}::timestamptz - make_interval(mins => ${councilSources.intervalMinutes})`),
        ),
      ),
    );
}

export async function startRun(
  db: Executor,
  values: { sourceId: string; startedAt: Date; windowStart: Date; modifiedSince: Date | null; resumedFromId: string | null },
): Promise<string> {
  const [run] = await db.insert(councilImportRuns).values(values).returning({ id: councilImportRuns.id });
  await db.update(councilSources).set({ lastRunAt: values.startedAt }).where(eq(councilSources.id, values.sourceId));
  return run!.id;
}

/** A run left `running` by a process that ended: it failed, and its position is where the next one continues. */
export async function markAbandoned(db: Executor, runId: string): Promise<void> {
  await db
    .update(councilImportRuns)
    .set({
      outcome: 'failed',
      finishedAt: sql`now()`,
      errors: [{ url: '', reason: 'Der Lauf wurde unterbrochen (Prozessende); der nächste setzt an dieser Stelle fort.' }],
    })
    .where(and(eq(councilImportRuns.id, runId), eq(councilImportRuns.outcome, 'running')));
}

export interface RunProgress {
  lists: ImportList[];
  position: ImportPosition | null;
  pagesRead: number;
  errors: { url: string; reason: string }[];
}

export async function saveProgress(db: Executor, runId: string, state: RunState, progress: RunProgress): Promise<void> {
  await db
    .update(councilImportRuns)
    .set({ ...progress, errors: progress.errors.slice(0, MAX_REPORTED), counts: state.counts, skipped: state.skipped, skippedCount: state.skippedCount })
    .where(eq(councilImportRuns.id, runId));
}

export async function finishRun(
  db: Executor,
  runId: string,
  values: { outcome: 'succeeded' | 'failed'; finishedAt: Date; filesStored: number; filesFailed: number },
): Promise<void> {
  await db.update(councilImportRuns).set(values).where(eq(councilImportRuns.id, runId));
}

/** After a complete run: the next one asks for what changed since this series started. */
export async function markSourceSucceeded(db: Executor, sourceId: string, windowStart: Date): Promise<void> {
  await db.update(councilSources).set({ lastSuccessAt: windowStart }).where(eq(councilSources.id, sourceId));
}

export async function recordSystem(
  db: Executor,
  sourceId: string,
  system: { oparlVersion: string | null; systemName: string | null; vendor: string | null; product: string | null },
) {
  await db.update(councilSources).set(system).where(eq(councilSources.id, sourceId));
}

/** Everything the source gave us so far, by URL: a few MB for a large council. */
export async function loadKnownObjects(db: Executor, sourceId: string): Promise<Map<string, KnownObject>> {
  const rows = await db
    .select({ url: councilImportObjects.externalUrl, type: councilImportObjects.type, rowId: councilImportObjects.rowId, hash: councilImportObjects.hash })
    .from(councilImportObjects)
    .where(eq(councilImportObjects.sourceId, sourceId));
  return new Map(rows.map((row) => [row.url, { type: row.type, rowId: row.rowId, hash: row.hash }]));
}

export async function loadPendingHolders(db: Executor, sourceId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ url: councilImportPending.holderUrl })
    .from(councilImportPending)
    .where(and(eq(councilImportPending.sourceId, sourceId), isNotNull(councilImportPending.holderUrl)));
  return rows.map((row) => row.url);
}
