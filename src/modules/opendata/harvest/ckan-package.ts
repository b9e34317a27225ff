/**
 * One CKAN package dict as real portals send it, read into a `RemoteDataset`. Portals differ: plain
 * CKAN sends tags and groups as `{name}` objects and extras as `{key, value}` pairs, GovData's older
 * API sends plain strings and an extras object; DCAT-AP profiles (ckanext-dcat, ckanext-dcatde) put
 * their fields at the top level or in the extras. Both spellings are read.
 */
import { z } from 'zod';
import { regionalKeyOf, remoteDate, remoteDay, type RemoteDataset, type RemoteResource } from './remote';

const optional = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined || String(value).trim() === '' ? null : String(value).trim()));

const named = z.union([z.string(), z.object({ name: z.string() }).loose()]).transform((value) => (typeof value === 'string' ? value : value.name));

const extrasSchema = z
  .union([z.array(z.object({ key: z.string(), value: z.unknown() }).loose()), z.record(z.string(), z.unknown())])
  .nullish()
  .transform((extras) => {
    const pairs: Array<[string, unknown]> = Array.isArray(extras) ? extras.map((extra) => [extra.key, extra.value]) : Object.entries(extras ?? {});
    return new Map(pairs.filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
  });

const resourceSchema = z
  .object({
    name: optional,
    description: optional,
    url: optional,
    format: optional,
    mimetype: optional,
    size: z.union([z.number(), z.string()]).nullish(),
    hash: optional,
    hash_algorithm: optional,
    license: optional,
  })
  .loose();

export const ckanPackageSchema = z
  .object({
    id: z.string().min(1),
    name: optional,
    title: optional,
    notes: optional,
    license_id: optional,
    tags: z.array(named).nullish(),
    groups: z.array(named).nullish(),
    theme: z.array(z.string()).nullish(),
    maintainer: optional,
    maintainer_email: optional,
    author: optional,
    author_email: optional,
    url: optional,
    version: optional,
    metadata_created: optional,
    metadata_modified: optional,
    extras: extrasSchema,
    resources: z.array(resourceSchema).nullish(),
  })
  .loose();

type CkanPackage = z.output<typeof ckanPackageSchema>;

function first(pkg: CkanPackage, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = (pkg as Record<string, unknown>)[key] ?? pkg.extras.get(key);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

/** ckanext-dcatde keeps lists in extras as JSON text (`["http://…/regionalKey/…"]`). */
function firstOfList(value: string | null): string | null {
  if (!value?.startsWith('[')) return value;
  try {
    const list: unknown = JSON.parse(value);
    return Array.isArray(list) && typeof list[0] === 'string' ? list[0] : null;
  } catch {
    return null;
  }
}

function resourceOf(resource: z.output<typeof resourceSchema>): RemoteResource {
  const size = Number(resource.size);
  return {
    name: resource.name ?? '',
    description: resource.description ?? '',
    url: resource.url,
    format: resource.format,
    mediaType: resource.mimetype,
    byteSize: Number.isSafeInteger(size) && size >= 0 && resource.size !== null && resource.size !== undefined ? size : null,
    checksumAlgorithm: resource.hash ? (resource.hash_algorithm ?? null) : null,
    checksum: resource.hash,
    license: resource.license,
  };
}

export function remoteFromCkan(pkg: CkanPackage): RemoteDataset {
  return {
    ref: pkg.id,
    name: pkg.name,
    title: pkg.title ?? pkg.name ?? '',
    notes: pkg.notes ?? '',
    license: pkg.license_id,
    tags: pkg.tags ?? [],
    themes: [...(pkg.groups ?? []), ...(pkg.theme ?? [])],
    contactName: first(pkg, 'maintainer', 'contact_name', 'author'),
    contactEmail: first(pkg, 'maintainer_email', 'contact_email', 'author_email'),
    contactUrl: first(pkg, 'contact_url', 'maintainer_url'),
    temporalStart: remoteDay(first(pkg, 'temporal_start', 'temporal_coverage_from')),
    temporalEnd: remoteDay(first(pkg, 'temporal_end', 'temporal_coverage_to')),
    spatialKey: regionalKeyOf(firstOfList(first(pkg, 'politicalGeocodingURI'))),
    frequency: first(pkg, 'frequency', 'accrual_periodicity'),
    legalBasis: first(pkg, 'legalbasisText', 'legal_basis'),
    landingPage: pkg.url,
    version: pkg.version,
    issued: remoteDate(first(pkg, 'issued', 'metadata_created')),
    modified: remoteDate(pkg.metadata_modified),
    resources: (pkg.resources ?? []).map(resourceOf),
  };
}
