/**
 * Writing one harvested dataset through the catalogue's own write path (insertDataset or
 * updateDataset, replaceResources, recordRevision 'harvested'), created or updated by
 * `(harvest_source_id, origin_ref)`, in one transaction per dataset: a dataset that fails leaves
 * the others as they are. A dataset whose remote `modified` is unchanged is not rewritten.
 */
import { createHash } from 'node:crypto';
import type { Executor } from '../../../kernel/db';
import { parseForm } from '../../../kernel/http';
import { CKAN_NAME } from '../paths';
import { insertDataset, recordRevision, replaceResources, updateDataset } from '../repository/datasets';
import { datasetFieldsSchema } from '../schemas/dataset';
import type { Dataset } from '../tables';
import { mapRemote } from './mapping';
import type { RemoteDataset } from './remote';
import { findHarvested, nameTaken, type HarvestSource } from './repository';

export type ImportResult = { outcome: 'created' | 'updated' | 'unchanged'; warnings: string[] } | { outcome: 'failed'; message: string };

export interface ImportContext {
  source: HarvestSource;
  organization: { title: string; email: string | null };
}

/** CKAN-style short name from a title: lower case, umlauts spelt out, `-` between words. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** The remote name when it is free; else prefixed with the source's name; else made unique by the remote id. */
async function freeName(tx: Executor, remote: RemoteDataset, source: HarvestSource): Promise<string> {
  const own = remote.name && CKAN_NAME.test(remote.name) ? remote.name : slug(remote.title) || slug(remote.ref);
  const prefixed = `${source.name}-${own}`.slice(0, 100);
  for (const candidate of [own, prefixed]) if (CKAN_NAME.test(candidate) && !(await nameTaken(tx, candidate))) return candidate;
  const hash = createHash('sha1').update(remote.ref).digest('hex').slice(0, 8);
  return `${prefixed.slice(0, 91)}-${hash}`;
}

function unchanged(existing: Dataset, remote: RemoteDataset): boolean {
  return existing.state === 'active' && remote.modified !== null && existing.modified?.getTime() === remote.modified.getTime();
}

export async function importDataset(db: Executor, remote: RemoteDataset, { source, organization }: ImportContext): Promise<ImportResult> {
  const existing = await findHarvested(db, source.id, remote.ref);
  if (existing && unchanged(existing, remote)) return { outcome: 'unchanged', warnings: [] };
  const mapped = mapRemote(remote, { name: organization.title, email: organization.email });
  return db.transaction(async (tx): Promise<ImportResult> => {
    const name = existing?.name ?? (await freeName(tx, remote, source));
    const parsed = parseForm(datasetFieldsSchema, { ...mapped.fields, name });
    if (!parsed.ok) return { outcome: 'failed', message: Object.values(parsed.errors).join(' ') };
    const fields = { ...parsed.data, organizationId: source.organizationId };
    const row = existing
      ? await updateDataset(tx, existing.id, fields)
      : await insertDataset(tx, fields, { origin: 'harvest', harvestSourceId: source.id, originRef: remote.ref }, null);
    await replaceResources(tx, row.id, mapped.resources);
    await recordRevision(tx, row.id, 'harvested', null);
    return { outcome: existing ? 'updated' : 'created', warnings: mapped.warnings };
  });
}

/** A dataset the source no longer lists: kept for its history and for other harvesters, as `deleted`. */
export async function markDeleted(db: Executor, datasetId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await updateDataset(tx, datasetId, { state: 'deleted' });
    await recordRevision(tx, datasetId, 'deleted', null);
  });
}
