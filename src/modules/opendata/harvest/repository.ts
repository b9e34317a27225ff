/** Queries of harvesting: sources, runs and their log, and the datasets a source brought. */
import { and, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { datasets, harvestLog, harvestRuns, harvestSources, organizations, type Dataset } from '../tables';

export type HarvestSource = typeof harvestSources.$inferSelect;
export type HarvestRun = typeof harvestRuns.$inferSelect;
export type HarvestLogEntry = typeof harvestLog.$inferSelect;
export type RunCounts = Pick<HarvestRun, 'created' | 'updated' | 'deleted' | 'failed'>;

export async function findSourceByName(db: Executor, name: string): Promise<HarvestSource | undefined> {
  const [row] = await db.select().from(harvestSources).where(eq(harvestSources.name, name));
  return row;
}

export async function findSourceById(db: Executor, id: string): Promise<HarvestSource | undefined> {
  const [row] = await db.select().from(harvestSources).where(eq(harvestSources.id, id));
  return row;
}

export async function findOrganizationByName(db: Executor, name: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.name, name));
  return row;
}

export async function findOrganizationById(db: Executor, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function findHarvested(db: Executor, sourceId: string, ref: string): Promise<Dataset | undefined> {
  const [row] = await db
    .select()
    .from(datasets)
    .where(and(eq(datasets.harvestSourceId, sourceId), eq(datasets.originRef, ref)));
  return row;
}

export async function nameTaken(db: Executor, name: string): Promise<boolean> {
  const [row] = await db.select({ id: datasets.id }).from(datasets).where(eq(datasets.name, name));
  return row !== undefined;
}

/** The source's datasets that are not deleted yet: the candidates for a deletion. */
export async function liveHarvested(db: Executor, sourceId: string): Promise<Array<{ id: string; originRef: string | null }>> {
  return db
    .select({ id: datasets.id, originRef: datasets.originRef })
    .from(datasets)
    .where(and(eq(datasets.harvestSourceId, sourceId), ne(datasets.state, 'deleted')));
}

/**
 * Opens a run unless one of the source is still running (a run older than six hours counts as
 * crashed). The check and the insert hold a transaction-scoped advisory lock on the source, so two
 * workers, or a worker and the CLI, cannot both start.
 */
export async function openRun(db: Executor, sourceId: string): Promise<HarvestRun | undefined> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`opendata.harvest:${sourceId}`}, 0))`);
    const [running] = await tx
      .select({ id: harvestRuns.id })
      .from(harvestRuns)
      .where(and(eq(harvestRuns.sourceId, sourceId), eq(harvestRuns.status, 'running'), sql`${harvestRuns.startedAt} > now() - interval '6 hours'`));
    if (running) return undefined;
    const [row] = await tx.insert(harvestRuns).values({ sourceId }).returning();
    return row;
  });
}

export async function finishRun(db: Executor, runId: string, status: HarvestRun['status'], counts: RunCounts): Promise<HarvestRun> {
  const [row] = await db
    .update(harvestRuns)
    .set({ status, ...counts, finishedAt: sql`now()` })
    .where(eq(harvestRuns.id, runId))
    .returning();
  return row!;
}

export async function addLog(db: Executor, runId: string, level: HarvestLogEntry['level'], message: string, datasetRef: string | null = null): Promise<void> {
  await db.insert(harvestLog).values({ runId, level, message: message.slice(0, 2000), datasetRef });
}

/** Where an incremental run starts: the start of the last run that read the whole source well. */
export async function lastSucceededStart(db: Executor, sourceId: string): Promise<Date | null> {
  const [row] = await db
    .select({ startedAt: harvestRuns.startedAt })
    .from(harvestRuns)
    .where(and(eq(harvestRuns.sourceId, sourceId), inArray(harvestRuns.status, ['succeeded'])))
    .orderBy(desc(harvestRuns.startedAt))
    .limit(1);
  return row?.startedAt ?? null;
}

export async function runLog(db: Executor, runId: string): Promise<HarvestLogEntry[]> {
  return db.select().from(harvestLog).where(eq(harvestLog.runId, runId)).orderBy(harvestLog.at, harvestLog.id);
}

/** Sources with a schedule whose last run started at least `interval_hours` ago (or never ran), and none running. */
export async function dueSources(db: Executor): Promise<HarvestSource[]> {
  return db
    .select()
    .from(harvestSources)
    .where(
      and(
        isNotNull(harvestSources.intervalHours),
        sql`not exists (
          select 1 from ${harvestRuns} r where r.source_id = ${harvestSources.id}
          and (r.started_at > now() - ${harvestSources.intervalHours} * interval '1 hour'
            or (r.status = 'running' and r.started_at > now() - interval '6 hours')))`,
      ),
    );
}

export async function findSourceByUrl(db: Executor, url: string): Promise<HarvestSource | undefined> {
  const [row] = await db.select().from(harvestSources).where(eq(harvestSources.url, url));
  return row;
}

export type SourceFields = Pick<HarvestSource, 'name' | 'title' | 'url' | 'kind' | 'organizationId' | 'intervalHours'>;

export async function insertSource(db: Executor, fields: SourceFields): Promise<HarvestSource> {
  const [row] = await db.insert(harvestSources).values(fields).returning();
  return row!;
}

export async function updateSource(db: Executor, id: string, fields: Omit<SourceFields, 'organizationId'>): Promise<void> {
  await db.update(harvestSources).set(fields).where(eq(harvestSources.id, id));
}

export interface SourceListRow {
  source: HarvestSource;
  organization: string;
  lastRun: HarvestRun | null;
}

/** Sources of the given organisations (all for null), with their organisation's title and their latest run. */
export async function sourcesWithLastRun(db: Executor, organizationIds: readonly string[] | null): Promise<SourceListRow[]> {
  if (organizationIds?.length === 0) return [];
  const rows = await db
    .select({ source: harvestSources, organization: organizations.title })
    .from(harvestSources)
    .innerJoin(organizations, eq(organizations.id, harvestSources.organizationId))
    .where(organizationIds ? inArray(harvestSources.organizationId, [...organizationIds]) : undefined)
    .orderBy(harvestSources.title);
  const ids = rows.map((row) => row.source.id);
  const latest =
    ids.length === 0
      ? []
      : await db
          .selectDistinctOn([harvestRuns.sourceId])
          .from(harvestRuns)
          .where(inArray(harvestRuns.sourceId, ids))
          .orderBy(harvestRuns.sourceId, desc(harvestRuns.startedAt));
  const bySource = new Map(latest.map((run) => [run.sourceId, run]));
  return rows.map((row) => ({ ...row, lastRun: bySource.get(row.source.id) ?? null }));
}

export async function recentRuns(db: Executor, sourceId: string, limit = 30): Promise<HarvestRun[]> {
  return db.select().from(harvestRuns).where(eq(harvestRuns.sourceId, sourceId)).orderBy(desc(harvestRuns.startedAt)).limit(limit);
}

export async function findRun(db: Executor, sourceId: string, runId: string): Promise<HarvestRun | undefined> {
  const [row] = await db
    .select()
    .from(harvestRuns)
    .where(and(eq(harvestRuns.sourceId, sourceId), eq(harvestRuns.id, runId)));
  return row;
}

/** Organisations to choose from in the source form (all for null), by title. */
export async function organizationChoices(db: Executor, ids: readonly string[] | null): Promise<Array<{ id: string; title: string }>> {
  if (ids?.length === 0) return [];
  return db
    .select({ id: organizations.id, title: organizations.title })
    .from(organizations)
    .where(ids ? inArray(organizations.id, [...ids]) : undefined)
    .orderBy(organizations.title);
}
