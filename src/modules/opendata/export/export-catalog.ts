import { z } from 'zod';
import { moduleSettings } from '../../../kernel/config';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { catalogPageWriter, CONTENT_TYPES, datasetDocument, type RdfFormat } from '../dcat/serialize';
import { CKAN_NAME, OPENDATA_PATHS } from '../paths';
import { showDatasetParts } from '../use-cases/show-dataset';
import { catalogueSettings } from '../settings';
import { countExport, exportPage } from './rows';
import { dcatCatalog, dcatDataset, dcatEntry } from './to-dcat';

/** Datasets per catalogue page, as ckanext-dcat pages (harvesters follow `hydra:next`). */
export const CATALOG_PAGE_SIZE = 100;

export const catalogQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  /** An ISO date or date-time: only datasets changed since then (for incremental harvesting). */
  modified_since: z
    .string()
    .max(40)
    .refine((value) => !Number.isNaN(Date.parse(value)), 'modified_since muss ein Datum nach ISO 8601 sein, zum Beispiel 2026-01-31 oder 2026-01-31T12:00:00Z.')
    .optional(),
});

export interface RdfDocument {
  contentType: string;
  /** The document in pieces, to be streamed: a page of the catalogue is never held whole. */
  pieces: Iterable<string>;
}

/**
 * One page of the DCAT-AP.de catalogue of every published dataset, with Hydra paging: its slice of
 * the kept export order (rows.ts) and its rows in two statements, read before the answer starts (a
 * failing statement is an error answer, never a cut document). Each dataset is mapped to the model
 * and written only when the stream asks for it, and its row let go then: a page held whole while it
 * streamed outlived the young generation's collections, and every page was promoted to old space
 * (docs/performance.md).
 */
export async function exportCatalogPage(format: RdfFormat, query: unknown, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<RdfDocument> {
  const parsed = catalogQuery.safeParse(query ?? {});
  if (!parsed.success) throw errors.validation(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
  const { page, modified_since: modifiedSinceText } = parsed.data;
  const modifiedSince = modifiedSinceText ? new Date(modifiedSinceText) : undefined;
  const total = await countExport(deps.db, modifiedSince);
  if (page > 1 && (page - 1) * CATALOG_PAGE_SIZE >= total) throw errors.notFound('Diese Seite des Katalogs');
  const rows = await exportPage(deps.db, { modifiedSince, limit: CATALOG_PAGE_SIZE, offset: (page - 1) * CATALOG_PAGE_SIZE });
  const { contributorIds } = moduleSettings(deps, catalogueSettings);
  const newest = rows.reduce((latest, row) => Math.max(latest, row.dataset.metadataModified.getTime()), 0);
  const writer = catalogPageWriter(
    {
      catalog: dcatCatalog(deps.config, new Date(newest || Date.now())),
      entries: rows.map((row) => dcatEntry(deps.config, row)),
      page,
      pageSize: CATALOG_PAGE_SIZE,
      total,
      ...(modifiedSinceText !== undefined ? { modifiedSince: modifiedSinceText } : {}),
      baseUrlOfThePage: `${deps.config.baseUrl}${OPENDATA_PATHS.catalog(format)}`,
    },
    format,
  );
  function* pieces(): Generator<string> {
    yield writer.head;
    // Each row is let go as soon as it is written: the rest of the page is all that stays alive.
    for (let row = rows.shift(); row; row = rows.shift()) yield writer.dataset(dcatDataset(deps.config, contributorIds, row));
    yield writer.end();
  }
  return { contentType: CONTENT_TYPES[format], pieces: pieces() };
}

/** One published dataset as a DCAT-AP.de document (drafts and private datasets are not exported). */
export async function exportDataset(format: RdfFormat, name: string, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<RdfDocument> {
  if (!CKAN_NAME.test(name)) throw errors.notFound('Der Datensatz');
  const parts = await showDatasetParts(null, { name }, deps);
  const { contributorIds } = moduleSettings(deps, catalogueSettings);
  const dataset = dcatDataset(deps.config, contributorIds, parts);
  return { contentType: CONTENT_TYPES[format], pieces: [datasetDocument(dataset, dcatCatalog(deps.config, dataset.modified), format)] };
}
