import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { datasetRevisions, datasets, resources, type Dataset, type Resource } from '../tables';
import { refreshDerivedColumns } from './derived';

/** What a publisher states about a dataset (everything but ids, origin and the derived columns). */
export type DatasetFields = Pick<
  Dataset,
  | 'name'
  | 'organizationId'
  | 'title'
  | 'notes'
  | 'state'
  | 'private'
  | 'licenseId'
  | 'tags'
  | 'themes'
  | 'contactName'
  | 'contactEmail'
  | 'contactUrl'
  | 'contributorIds'
  | 'temporalStart'
  | 'temporalEnd'
  | 'spatialKey'
  | 'spatialLevel'
  | 'frequency'
  | 'legalBasis'
  | 'landingPage'
  | 'version'
  | 'issued'
  | 'modified'
>;

export type DatasetOrigin = Pick<Dataset, 'origin' | 'harvestSourceId' | 'originRef'>;

/** What a distribution states (its file, if uploaded, is set by the upload). */
export type ResourceFields = Pick<
  Resource,
  'name' | 'description' | 'format' | 'mediaType' | 'url' | 'fileKey' | 'fileName' | 'byteSize' | 'checksumAlgorithm' | 'checksum' | 'licenseId'
>;

export type DatasetChange = 'created' | 'updated' | 'published' | 'unpublished' | 'deleted' | 'harvested' | 'resources';

export async function findDatasetByName(db: Executor, name: string): Promise<Dataset | undefined> {
  const [row] = await db.select().from(datasets).where(eq(datasets.name, name));
  return row;
}

export async function findDatasetById(db: Executor, id: string): Promise<Dataset | undefined> {
  const [row] = await db.select().from(datasets).where(eq(datasets.id, id));
  return row;
}

/** For a write: the dataset's row locked until the transaction ends, so two edits cannot interleave. */
export async function lockDataset(tx: Executor, id: string): Promise<Dataset | undefined> {
  const [row] = await tx.select().from(datasets).where(eq(datasets.id, id)).for('update');
  return row;
}

export async function listResources(db: Executor, datasetId: string): Promise<Resource[]> {
  return db.select().from(resources).where(eq(resources.datasetId, datasetId)).orderBy(asc(resources.position));
}

/** `times`: when the metadata was created and last changed elsewhere (a harvest source, a demo pack); default now. */
export async function insertDataset(
  tx: Executor,
  fields: DatasetFields,
  origin: DatasetOrigin,
  createdBy: string | null,
  times: { metadataCreated?: Date; metadataModified?: Date } = {},
): Promise<Dataset> {
  const [row] = await tx
    .insert(datasets)
    .values({ ...fields, ...origin, ...times, createdBy })
    .returning();
  await refreshDerivedColumns(tx, [row!.id]);
  return row!;
}

/** Writes the fields and raises the revision; `metadata_modified` is the time of the change. */
export async function updateDataset(tx: Executor, id: string, fields: Partial<DatasetFields>): Promise<Dataset> {
  const [row] = await tx
    .update(datasets)
    .set({ ...fields, revision: sql`${datasets.revision} + 1`, metadataModified: sql`now()` })
    .where(eq(datasets.id, id))
    .returning();
  await refreshDerivedColumns(tx, [id]);
  return row!;
}

/** Replaces the distributions in the given order; returns them as stored. */
export async function replaceResources(tx: Executor, datasetId: string, list: ReadonlyArray<ResourceFields & { id?: string }>): Promise<Resource[]> {
  await tx.delete(resources).where(eq(resources.datasetId, datasetId));
  const stored =
    list.length === 0
      ? []
      : await tx
          .insert(resources)
          .values(list.map((resource, position) => ({ ...resource, datasetId, position })))
          .returning();
  await refreshDerivedColumns(tx, [datasetId]);
  return stored;
}

/**
 * The distributions as a whole list states them (CKAN's package_update): one with a known id is
 * changed in place, so its id, file and DataStore table stay (a delete and insert would drop the
 * table); one without is added; the others are removed. Returns the removed ones, whose files the
 * caller deletes once the transaction has committed.
 */
export async function syncResources(tx: Executor, datasetId: string, list: ReadonlyArray<ResourceFields & { id?: string }>): Promise<Resource[]> {
  const current = new Map((await listResources(tx, datasetId)).map((resource) => [resource.id, resource]));
  const kept = new Set(list.flatMap((resource) => (resource.id && current.has(resource.id) ? [resource.id] : [])));
  const removed = [...current.values()].filter((resource) => !kept.has(resource.id));
  const removedIds = removed.map((resource) => resource.id);
  if (removedIds.length > 0) await tx.delete(resources).where(inArray(resources.id, removedIds));
  for (const [position, { id, ...fields }] of list.entries()) {
    const before = id ? current.get(id) : undefined;
    if (!before) await tx.insert(resources).values({ ...fields, datasetId, position });
    else if (before.position !== position || Object.entries(fields).some(([key, value]) => before[key as keyof ResourceFields] !== value)) {
      await tx
        .update(resources)
        .set({ ...fields, position, modifiedAt: sql`now()` })
        .where(eq(resources.id, before.id));
    }
  }
  await refreshDerivedColumns(tx, [datasetId]);
  return removed;
}

/** A snapshot of the dataset and its distributions at its current revision: the metadata history. */
export async function recordRevision(tx: Executor, datasetId: string, change: DatasetChange, changedBy: string | null): Promise<void> {
  const [dataset] = await tx.select().from(datasets).where(eq(datasets.id, datasetId));
  if (!dataset) return;
  // The derived columns are not metadata: they are recomputed from it.
  const metadata: Partial<Dataset> = { ...dataset };
  delete metadata.search;
  delete metadata.facetKeys;
  const distributions = await listResources(tx, datasetId);
  await tx
    .insert(datasetRevisions)
    .values({ datasetId, revision: dataset.revision, change, changedBy, snapshot: { ...metadata, resources: distributions } })
    .onConflictDoUpdate({
      target: [datasetRevisions.datasetId, datasetRevisions.revision],
      set: { change, changedBy, changedAt: sql`now()`, snapshot: sql`excluded.snapshot` },
    });
}

export async function listRevisions(db: Executor, datasetId: string) {
  return db
    .select({ revision: datasetRevisions.revision, change: datasetRevisions.change, changedAt: datasetRevisions.changedAt })
    .from(datasetRevisions)
    .where(eq(datasetRevisions.datasetId, datasetId))
    .orderBy(sql`${datasetRevisions.revision} desc`);
}
