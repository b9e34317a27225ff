import { desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../../kernel/db';
import type { HarvestRun } from '../../harvest/repository';
import { datasets, datastoreTables, harvestRuns, harvestSources, organizations, resources } from '../../tables';

/** Recent harvest runs the overview lists (over all the person's organisations). */
const RECENT_RUNS = 8;

export interface OrganizationFigures {
  id: string;
  title: string;
  drafts: number;
  privateCount: number;
  publicCount: number;
  /** DataStore loads queued or running, and those whose last load failed (of datasets not deleted). */
  loadsRunning: number;
  loadsFailed: number;
}

export interface RecentRun extends Pick<HarvestRun, 'id' | 'status' | 'startedAt' | 'finishedAt' | 'created' | 'updated' | 'deleted' | 'failed'> {
  sourceId: string;
  sourceTitle: string;
  organizationTitle: string;
}

/** `ids` undefined: every organisation (the portal's admins). */
function within(
  column: typeof datasets.organizationId | typeof organizations.id | typeof harvestSources.organizationId,
  ids: readonly string[] | undefined,
): SQL | undefined {
  return ids ? inArray(column, [...ids]) : undefined;
}

/**
 * Per organisation, its datasets by state and its DataStore loads: two grouped statements, each one
 * pass over the organisations' rows, instead of a count per organisation and figure.
 */
export async function organizationFigures(db: Executor, ids: readonly string[] | undefined): Promise<OrganizationFigures[]> {
  if (ids?.length === 0) return [];
  const [counts, loads] = await Promise.all([
    db
      .select({
        id: organizations.id,
        title: organizations.title,
        drafts: sql<number>`count(${datasets.id}) filter (where ${datasets.state} = 'draft')`.mapWith(Number),
        privateCount: sql<number>`count(${datasets.id}) filter (where ${datasets.state} = 'active' and ${datasets.private})`.mapWith(Number),
        publicCount: sql<number>`count(${datasets.id}) filter (where ${datasets.state} = 'active' and not ${datasets.private})`.mapWith(Number),
      })
      .from(organizations)
      .leftJoin(datasets, eq(datasets.organizationId, organizations.id))
      .where(within(organizations.id, ids))
      .groupBy(organizations.id)
      .orderBy(sql`${organizations.title} collate "und-x-icu"`),
    queryRows<{ organizationId: string; running: number; failed: number }>(
      db,
      sql`select d.organization_id as "organizationId",
            count(*) filter (where t.status in ('pending', 'loading'))::int as "running",
            count(*) filter (where t.status = 'failed')::int as "failed"
          from ${datastoreTables} t
          join ${resources} r on r.id = t.resource_id
          join ${datasets} d on d.id = r.dataset_id
          where d.state <> 'deleted' ${ids ? sql`and d.organization_id = any(${sql.param([...ids])}::uuid[])` : sql``}
          group by d.organization_id`,
    ),
  ]);
  const loadsOf = new Map(loads.map((row) => [row.organizationId, row]));
  return counts.map((row) => ({ ...row, loadsRunning: loadsOf.get(row.id)?.running ?? 0, loadsFailed: loadsOf.get(row.id)?.failed ?? 0 }));
}

/** The latest harvest runs of the organisations' sources, newest first. */
export async function recentHarvestRuns(db: Executor, ids: readonly string[] | undefined): Promise<RecentRun[]> {
  if (ids?.length === 0) return [];
  return db
    .select({
      id: harvestRuns.id,
      status: harvestRuns.status,
      startedAt: harvestRuns.startedAt,
      finishedAt: harvestRuns.finishedAt,
      created: harvestRuns.created,
      updated: harvestRuns.updated,
      deleted: harvestRuns.deleted,
      failed: harvestRuns.failed,
      sourceId: harvestSources.id,
      sourceTitle: harvestSources.title,
      organizationTitle: organizations.title,
    })
    .from(harvestRuns)
    .innerJoin(harvestSources, eq(harvestSources.id, harvestRuns.sourceId))
    .innerJoin(organizations, eq(organizations.id, harvestSources.organizationId))
    .where(within(harvestSources.organizationId, ids))
    .orderBy(desc(harvestRuns.startedAt))
    .limit(RECENT_RUNS);
}
