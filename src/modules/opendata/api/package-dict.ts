import { createHash } from 'node:crypto';
import { themeLabel } from '../presenters';
import type { Dataset, Organization, Resource } from '../tables';
import { distributionHref } from '../structured-data';
import { licenseById } from '../vocabularies/licenses';

/** CKAN writes times as naive ISO 8601 in UTC, without a zone (`2014-04-29T13:28:38.663027`). */
export function ckanTime(date: Date): string {
  return date.toISOString().slice(0, -1);
}

/** CKAN gives tags ids; ours are names only, so the id is derived from the name: the same tag, the same id. */
function tagId(name: string): string {
  const hex = createHash('sha1').update(`tag:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function organizationDict(organization: Organization, packageCount?: number) {
  return {
    id: organization.id,
    name: organization.name,
    title: organization.title,
    display_name: organization.title,
    type: 'organization',
    description: organization.description,
    image_url: '',
    image_display_url: '',
    created: ckanTime(organization.createdAt),
    is_organization: true,
    approval_status: 'approved',
    state: 'active',
    ...(packageCount === undefined ? {} : { package_count: packageCount }),
  };
}

/** The EU data themes are the groups, as on GovData: fixed, so their creation time is the vocabulary's. */
const THEMES_CREATED = '2015-01-01T00:00:00';

export function groupDict(groupName: string, packageCount?: number) {
  return {
    id: groupName,
    name: groupName,
    title: themeLabel(groupName),
    display_name: themeLabel(groupName),
    description: '',
    image_display_url: '',
    type: 'group',
    is_organization: false,
    approval_status: 'approved',
    state: 'active',
    created: THEMES_CREATED,
    // `packages` is the older name of the count, which GovData's clients still read.
    ...(packageCount === undefined ? {} : { package_count: packageCount, packages: packageCount }),
  };
}

export function resourceDict(baseUrl: string, dataset: Pick<Dataset, 'id' | 'name' | 'licenseId'>, resource: Resource) {
  const license = licenseById(resource.licenseId ?? dataset.licenseId);
  return {
    id: resource.id,
    package_id: dataset.id,
    name: resource.name,
    description: resource.description,
    format: resource.format,
    mimetype: resource.mediaType,
    url: distributionHref(baseUrl, dataset.name, resource),
    url_type: resource.fileKey ? 'upload' : null,
    size: resource.byteSize,
    hash: resource.checksum ?? '',
    license: license?.uri ?? null,
    position: resource.position,
    created: ckanTime(resource.createdAt),
    last_modified: ckanTime(resource.modifiedAt),
    datastore_active: resource.datastoreActive,
    state: 'active',
    // CKAN's convention: an upload of the portal, or a file elsewhere.
    resource_type: resource.fileKey ? 'file.upload' : 'file',
    mimetype_inner: null,
    cache_url: null,
    cache_last_updated: null,
  };
}

/**
 * A dataset as CKAN's package_show gives it (GovData's conventions: the DCAT-AP.de fields that have no
 * CKAN column travel as `extras`, as ckanext-dcatde reads them). The maintainer is the contact point
 * (a functional mailbox); no person's account id is given out (`creator_user_id` is null).
 */
export function packageDict(baseUrl: string, dataset: Dataset, organization: Organization, resources: readonly Resource[]) {
  const license = licenseById(dataset.licenseId);
  const extras = [
    ['contributorID', JSON.stringify(dataset.contributorIds)],
    ['politicalGeocodingLevelURI', 'http://dcat-ap.de/def/politicalGeocoding/Level/municipality'],
    ...(dataset.spatialKey ? [['politicalGeocodingURI', JSON.stringify([`http://dcat-ap.de/def/politicalGeocoding/regionalKey/${dataset.spatialKey}`])]] : []),
    ...(dataset.temporalStart ? [['temporal_start', dataset.temporalStart]] : []),
    ...(dataset.temporalEnd ? [['temporal_end', dataset.temporalEnd]] : []),
    ...(dataset.frequency ? [['frequency', `http://publications.europa.eu/resource/authority/frequency/${dataset.frequency}`]] : []),
    ...(dataset.legalBasis ? [['legalbasisText', dataset.legalBasis]] : []),
    ...(dataset.contactUrl ? [['maintainer_url', dataset.contactUrl]] : []),
    ...(dataset.issued ? [['issued', dataset.issued.toISOString()]] : []),
    ...(dataset.modified ? [['modified', dataset.modified.toISOString()]] : []),
  ].map(([key, value]) => ({ key: key!, value: value! }));
  return {
    id: dataset.id,
    name: dataset.name,
    title: dataset.title,
    notes: dataset.notes,
    url: dataset.landingPage ?? `${baseUrl}/daten/datensatz/${dataset.name}`,
    type: 'dataset',
    state: dataset.state,
    private: dataset.private,
    version: dataset.version ?? '',
    license_id: dataset.licenseId,
    license_title: license?.title ?? dataset.licenseId,
    license_url: license?.textUrl ?? null,
    isopen: license?.open ?? false,
    author: organization.title,
    author_email: organization.email,
    maintainer: dataset.contactName,
    maintainer_email: dataset.contactEmail,
    owner_org: organization.id,
    organization: organizationDict(organization),
    creator_user_id: null,
    metadata_created: ckanTime(dataset.metadataCreated),
    metadata_modified: ckanTime(dataset.metadataModified),
    num_tags: dataset.tags.length,
    tags: dataset.tags.map((name) => ({ id: tagId(name), name, display_name: name, state: 'active', vocabulary_id: null })),
    groups: dataset.themes.map((theme) => groupDict(theme.toLowerCase())),
    num_resources: resources.length,
    resources: resources.map((resource) => resourceDict(baseUrl, dataset, resource)),
    extras,
    relationships_as_object: [],
    relationships_as_subject: [],
  };
}

export type PackageDict = ReturnType<typeof packageDict>;
