import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { datasets, organizations, resources, type Dataset, type Organization, type Resource } from '../tables';
import { packageDict, type PackageDict } from './package-dict';
import { isUuid } from '../../../kernel/http';

/** Datasets as CKAN dictionaries, in the order of `ids` (three statements for any number). */
export async function packagesByIds(db: Executor, baseUrl: string, ids: readonly string[]): Promise<PackageDict[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ dataset: datasets, organization: organizations })
    .from(datasets)
    .innerJoin(organizations, eq(organizations.id, datasets.organizationId))
    .where(inArray(datasets.id, [...ids]));
  const distributions = await db
    .select()
    .from(resources)
    .where(inArray(resources.datasetId, [...ids]))
    .orderBy(asc(resources.position));
  const byDataset = new Map<string, Resource[]>();
  for (const resource of distributions) byDataset.set(resource.datasetId, [...(byDataset.get(resource.datasetId) ?? []), resource]);
  const byId = new Map(rows.map((row) => [row.dataset.id, packageDict(baseUrl, row.dataset, row.organization, byDataset.get(row.dataset.id) ?? [])]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A dataset's id by its id or name, as CKAN's `id` parameters accept either. */
export async function datasetIdOf(db: Executor, idOrName: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: datasets.id })
    .from(datasets)
    .where(isUuid(idOrName) ? or(eq(datasets.id, idOrName), eq(datasets.name, idOrName)) : eq(datasets.name, idOrName));
  return row?.id;
}

/** An organisation by its id or name (owner_org, organization_show). */
export async function organizationByIdOrName(db: Executor, idOrName: string): Promise<Organization | undefined> {
  const [row] = await db
    .select()
    .from(organizations)
    .where(sql`${organizations.name} = ${idOrName} or ${organizations.id}::text = ${idOrName}`);
  return row;
}

/** A resource with its dataset, by the resource's id (resource_show, resource_update, resource_delete). */
export async function resourceWithDataset(db: Executor, id: string): Promise<{ resource: Resource; dataset: Dataset } | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select({ resource: resources, dataset: datasets })
    .from(resources)
    .innerJoin(datasets, eq(datasets.id, resources.datasetId))
    .where(eq(resources.id, id));
  return row;
}
