import { and, asc, eq, getTableColumns, gte, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
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

/** How many published datasets the export has (changed since the date, if given). */
export async function countExport(db: Executor, modifiedSince: Date | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(datasets)
    .where(and(published, modifiedSince ? gte(datasets.metadataModified, modifiedSince) : undefined));
  return Number(row!.n);
}

/**
 * One page of published datasets, oldest change first (a harvester that pages while datasets change
 * sees a changed one again at the end rather than missing it), with publishers and distributions in
 * three statements for the whole page.
 */
export async function exportPage(db: Executor, options: { modifiedSince?: Date; limit: number; offset: number }): Promise<ExportRow[]> {
  // The page's ids first, sorted on two narrow columns: sorting the whole rows (the last page of
  // 10,000 keeps 10,000 of them in a top-N sort) grew PGlite's memory, which never shrinks, by tens of MB.
  const page = await db
    .select({ id: datasets.id })
    .from(datasets)
    .where(and(published, options.modifiedSince ? gte(datasets.metadataModified, options.modifiedSince) : undefined))
    .orderBy(asc(datasets.metadataModified), asc(datasets.id))
    .limit(options.limit)
    .offset(options.offset);
  if (page.length === 0) return [];
  const position = new Map(page.map((row, index) => [row.id, index]));
  const rows = (
    await db
      .select({ dataset: exportedColumns, organization: organizations })
      .from(datasets)
      .innerJoin(organizations, eq(organizations.id, datasets.organizationId))
      .where(
        inArray(
          datasets.id,
          page.map((row) => row.id),
        ),
      )
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
