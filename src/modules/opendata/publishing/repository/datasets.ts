import { and, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { users } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { refreshDerivedColumns } from '../../repository/derived';
import type { ResourceFields } from '../../repository/datasets';
import { datasetRevisions, datasets, organizations, resources, type Dataset, type DatasetState, type Resource } from '../../tables';

export const PAGE_SIZE = 25;

export interface StaffDatasetFilters {
  organizationId: string | undefined;
  state: DatasetState | 'private' | undefined;
  q: string | undefined;
  page: number;
}

export interface StaffDatasetRow {
  id: string;
  name: string;
  title: string;
  state: DatasetState;
  private: boolean;
  origin: Dataset['origin'];
  harvestSourceId: string | null;
  originRef: string | null;
  organizationId: string;
  organization: string;
  metadataModified: Date;
}

/** `%`, `_` and `\` typed by a person are meant literally in a search for a part of a title. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** One page of the datasets of the given organisations (undefined: all, for the portal's admins), drafts and private ones included. */
export async function staffDatasetPage(db: Executor, organizationIds: readonly string[] | undefined, filters: StaffDatasetFilters) {
  const conditions: SQL[] = [];
  if (organizationIds) conditions.push(organizationIds.length ? inArray(datasets.organizationId, [...organizationIds]) : sql`false`);
  if (filters.organizationId) conditions.push(eq(datasets.organizationId, filters.organizationId));
  if (filters.state === 'private') conditions.push(eq(datasets.private, true), sql`${datasets.state} <> 'deleted'`);
  else if (filters.state) conditions.push(eq(datasets.state, filters.state));
  if (filters.q) conditions.push(or(ilike(datasets.title, likePattern(filters.q)), ilike(datasets.name, likePattern(filters.q)))!);
  const where = and(...conditions);
  const [[total], rows] = await Promise.all([
    db.select({ value: count() }).from(datasets).where(where),
    db
      .select({
        id: datasets.id,
        name: datasets.name,
        title: datasets.title,
        state: datasets.state,
        private: datasets.private,
        origin: datasets.origin,
        harvestSourceId: datasets.harvestSourceId,
        originRef: datasets.originRef,
        organizationId: datasets.organizationId,
        organization: organizations.title,
        metadataModified: datasets.metadataModified,
      })
      .from(datasets)
      .innerJoin(organizations, eq(organizations.id, datasets.organizationId))
      .where(where)
      .orderBy(desc(datasets.metadataModified), datasets.id)
      .limit(PAGE_SIZE)
      .offset((filters.page - 1) * PAGE_SIZE),
  ]);
  return { rows: rows as StaffDatasetRow[], total: total?.value ?? 0 };
}

/** Drafts of the given organisations (undefined: all), for "Meine Aufgaben". */
export async function countDrafts(db: Executor, organizationIds: readonly string[] | undefined): Promise<number> {
  const conditions: SQL[] = [eq(datasets.state, 'draft')];
  if (organizationIds) conditions.push(organizationIds.length ? inArray(datasets.organizationId, [...organizationIds]) : sql`false`);
  const [row] = await db
    .select({ value: count() })
    .from(datasets)
    .where(and(...conditions));
  return row?.value ?? 0;
}

/** The history, newest first, with the name of who changed it (null once their account is gone). */
export async function revisionsWithAuthors(db: Executor, datasetId: string) {
  return db
    .select({
      revision: datasetRevisions.revision,
      change: datasetRevisions.change,
      changedAt: datasetRevisions.changedAt,
      author: users.displayName,
      snapshot: datasetRevisions.snapshot,
    })
    .from(datasetRevisions)
    .leftJoin(users, eq(users.id, datasetRevisions.changedBy))
    .where(eq(datasetRevisions.datasetId, datasetId))
    .orderBy(desc(datasetRevisions.revision))
    .limit(100);
}

export async function findResource(db: Executor, datasetId: string, resourceId: string): Promise<Resource | undefined> {
  const [row] = await db
    .select()
    .from(resources)
    .where(and(eq(resources.datasetId, datasetId), eq(resources.id, resourceId)));
  return row;
}

/** A distribution at the end of the dataset's list; `id` is the upload's, so the storage key stays derived from it. */
export async function appendResource(tx: Executor, datasetId: string, fields: ResourceFields & { id?: string }): Promise<Resource> {
  const [row] = await tx
    .insert(resources)
    .values({
      ...fields,
      datasetId,
      position: sql`(select coalesce(max(${resources.position}) + 1, 0) from ${resources} where ${resources.datasetId} = ${datasetId})`,
    })
    .returning();
  await refreshDerivedColumns(tx, [datasetId]);
  return row!;
}

export async function changeResource(tx: Executor, resourceId: string, fields: Partial<ResourceFields>): Promise<void> {
  const [row] = await tx
    .update(resources)
    .set({ ...fields, modifiedAt: sql`now()` })
    .where(eq(resources.id, resourceId))
    .returning({ datasetId: resources.datasetId });
  if (row) await refreshDerivedColumns(tx, [row.datasetId]);
}

export async function deleteResource(tx: Executor, resourceId: string): Promise<void> {
  const [row] = await tx.delete(resources).where(eq(resources.id, resourceId)).returning({ datasetId: resources.datasetId });
  if (row) await refreshDerivedColumns(tx, [row.datasetId]);
}

/** Exchanges the places of two distributions of one dataset (moving one up or down). */
export async function swapPositions(tx: Executor, first: Pick<Resource, 'id' | 'position'>, second: Pick<Resource, 'id' | 'position'>): Promise<void> {
  await tx.update(resources).set({ position: second.position }).where(eq(resources.id, first.id));
  await tx.update(resources).set({ position: first.position }).where(eq(resources.id, second.id));
}
