import { and, asc, eq, getTableColumns, gte, inArray } from 'drizzle-orm';
import { cachedQuery, type Executor } from '../../../kernel/db';
import { datasets, organizations, resources, type Dataset, type Organization, type Resource } from '../tables';

/** A dataset as the export reads it: its metadata, without the columns derived for searches. */
export type ExportedDataset = Omit<Dataset, 'search' | 'facetKeys'>;

export interface ExportRow {
  dataset: ExportedDataset;
  organization: Organization;
  resources: Resource[];
}

// The search vector and facet keys are a third of a row's bytes and no part of DCAT: a page of
// 100 datasets is read without them (on PGlite, the result also passes through its memory).
const exportedColumns = Object.fromEntries(Object.entries(getTableColumns(datasets)).filter(([key]) => key !== 'search' && key !== 'facetKeys')) as Omit<
  typeof datasets._.columns,
  'search' | 'facetKeys'
>;

const published = and(eq(datasets.state, 'active'), eq(datasets.private, false));

/**
 * The ids of the published datasets in export order (changed since the date, if given), read once
 * per selection until a dataset changes. Every page of a walk needs the count and its own slice, and
 * each was a scan of the whole table with a sort: two scans per page, which PGlite reads through its
 * file system each time (27 MB for 10,000 datasets). A few selections are kept (harvesters page with
 * their own `modified_since`); an id list of 10,000 datasets is about 0.6 MB.
 */
const exportOrder = cachedQuery({ tables: ['opendata_datasets'], maxEntries: 4 }, async (db, modifiedSinceIso) => {
  const rows = await db
    .select({ id: datasets.id })
    .from(datasets)
    .where(and(published, modifiedSinceIso ? gte(datasets.metadataModified, new Date(modifiedSinceIso)) : undefined))
    .orderBy(asc(datasets.metadataModified), asc(datasets.id));
  return rows.map((row) => row.id);
});

const orderOf = (db: Executor, modifiedSince: Date | undefined) => exportOrder(db, modifiedSince?.toISOString() ?? '');

/** How many published datasets the export has (changed since the date, if given). */
export async function countExport(db: Executor, modifiedSince: Date | undefined): Promise<number> {
  return (await orderOf(db, modifiedSince)).length;
}

/**
 * One page of published datasets, oldest change first (a harvester that pages while datasets change
 * sees a changed one again at the end rather than missing it), with publishers and distributions in
 * two statements for the whole page (its ids come from exportOrder).
 */
export async function exportPage(db: Executor, options: { modifiedSince?: Date; limit: number; offset: number }): Promise<ExportRow[]> {
  const ids = (await orderOf(db, options.modifiedSince)).slice(options.offset, options.offset + options.limit);
  if (ids.length === 0) return [];
  const position = new Map(ids.map((id, index) => [id, index]));
  // Published checked again: a dataset withdrawn since the order was read is left out, never exported.
  const rows = (
    await db
      .select({ dataset: exportedColumns, organization: organizations })
      .from(datasets)
      .innerJoin(organizations, eq(organizations.id, datasets.organizationId))
      .where(and(published, inArray(datasets.id, ids)))
  ).sort((a, b) => position.get(a.dataset.id)! - position.get(b.dataset.id)!);
  if (rows.length === 0) return [];
  const distributions = await db
    .select()
    .from(resources)
    .where(
      inArray(
        resources.datasetId,
        rows.map((row) => row.dataset.id),
      ),
    )
    .orderBy(asc(resources.datasetId), asc(resources.position));
  const byDataset = new Map<string, Resource[]>();
  for (const resource of distributions) byDataset.set(resource.datasetId, [...(byDataset.get(resource.datasetId) ?? []), resource]);
  return rows.map((row) => ({ ...row, resources: byDataset.get(row.dataset.id) ?? [] }));
}
