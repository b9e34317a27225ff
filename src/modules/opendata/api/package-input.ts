import { regionalKeyOf, remoteDay } from '../harvest/remote';
import type { ResourceFields } from '../repository/datasets';
import type { Resource } from '../tables';
import { formatOf, isFormatCode } from '../vocabularies/formats';
import { licenseById, normaliseLicense } from '../vocabularies/licenses';
import { guessFormat } from '../publishing/format-guess';

/**
 * A CKAN package dict as clients send it to package_create/update/patch, read into the fields of the
 * one dataset schema (`schemas/dataset.ts`, which then validates them). It reads what package_show
 * answers (`package-dict.ts`: the DCAT-AP.de fields as `extras`, as ckanext-dcatde writes them), so a
 * dict fetched from us goes back unchanged, and the spellings of other portals: extras as a list or
 * an object, the same keys at the top level (ckanext-scheming), tags and groups as names or objects,
 * licence ids of GovData and dcat-ap.de URIs.
 */
export type PackageData = Record<string, unknown>;

/** Our field names in CKAN's words, so a Validation Error names the key the client sent. */
export const CKAN_KEYS: Readonly<Record<string, string>> = {
  licenseId: 'license_id',
  themes: 'groups',
  contactName: 'maintainer',
  contactEmail: 'maintainer_email',
  contactUrl: 'maintainer_url',
  contributorIds: 'contributorID',
  temporalStart: 'temporal_start',
  temporalEnd: 'temporal_end',
  spatialKey: 'politicalGeocodingURI',
  spatialLevel: 'politicalGeocodingLevelURI',
  legalBasis: 'legalbasisText',
  landingPage: 'url',
  organizationId: 'owner_org',
  file: 'upload',
};

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null;

/** The name of a tag or group given as text or as `{name}`. */
const nameOf = (item: unknown): string | null => text(typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : item);

function extrasOf(data: PackageData): Map<string, unknown> {
  const extras = data.extras;
  if (Array.isArray(extras)) {
    return new Map(extras.flatMap((extra) => (typeof extra === 'object' && extra !== null && 'key' in extra ? [[String(extra.key), extra.value]] : [])));
  }
  return new Map(typeof extras === 'object' && extras !== null ? Object.entries(extras) : []);
}

/** ckanext-dcatde keeps lists in extras as JSON text (`["http://…/regionalKey/…"]`). */
function listOf(value: unknown): string[] {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = value.trim().startsWith('[') ? JSON.parse(value) : [value];
    } catch {
      list = [value];
    }
  }
  return Array.isArray(list) ? list.flatMap((item) => (typeof item === 'string' && item.trim() ? [item.trim()] : [])) : [];
}

/** The code at the end of a vocabulary URI (…/frequency/ANNUAL, …/Level/municipality) or the code itself. */
const lastSegment = (value: string) => value.split(/[/#]/).filter(Boolean).pop() ?? value;

/** A day of a date or date-time (`2000-01-01 00:00:00`); anything else as sent, for the schema to refuse. */
const day = (value: string | null) => remoteDay(value) ?? value;

/** A licence as a known id when it can be read (`dl-de-by-2.0`, a dcat-ap.de URI), else as sent: the schema names it. */
export function licenseOf(value: unknown): string | null {
  const raw = text(value);
  return raw === null ? null : (normaliseLicense(raw) ?? raw);
}

/**
 * The dataset fields a dict states. `ownPage`: the address package_show gives as `url` when the
 * dataset has no landing page of its own; sent back, it means none.
 */
export function datasetFieldsOf(data: PackageData, ownPage: string): Record<string, unknown> {
  const extras = extrasOf(data);
  const value = (...keys: string[]) => {
    for (const key of keys) {
      const found = text(data[key]) ?? text(extras.get(key));
      if (found !== null) return found;
    }
    return null;
  };
  const tags = Array.isArray(data.tags) ? data.tags.map(nameOf) : (text(data.tag_string)?.split(',') ?? []);
  const spatialKey = regionalKeyOf(listOf(data.politicalGeocodingURI ?? extras.get('politicalGeocodingURI'))[0]);
  const level = value('politicalGeocodingLevelURI');
  const frequency = value('frequency', 'accrual_periodicity');
  const url = value('url');
  return {
    // Missing required fields stay undefined, so the schema names them; optional ones are cleared.
    name: value('name') ?? undefined,
    title: value('title') ?? value('name') ?? undefined,
    notes: typeof data.notes === 'string' ? data.notes : '',
    private: data.private,
    licenseId: licenseOf(data.license_id) ?? undefined,
    tags: tags.flatMap((tag) => (tag?.trim() ? [tag.trim()] : [])),
    themes: (Array.isArray(data.groups) ? data.groups : []).flatMap((group) => {
      const name = nameOf(group);
      return name ? [lastSegment(name).toUpperCase()] : [];
    }),
    contactName: value('maintainer', 'contact_name', 'author') ?? undefined,
    contactEmail: value('maintainer_email', 'contact_email', 'author_email') ?? undefined,
    contactUrl: value('maintainer_url', 'contact_url'),
    contributorIds: listOf(data.contributorID ?? extras.get('contributorID')),
    temporalStart: day(value('temporal_start', 'temporal_coverage_from')),
    temporalEnd: day(value('temporal_end', 'temporal_coverage_to')),
    spatialKey,
    // A key of dcat-ap.de's regionalKey list names a municipality, the level package_show states (as the harvest reads it).
    spatialLevel: spatialKey ? lastSegment(level ?? 'municipality') : '',
    frequency: frequency ? lastSegment(frequency).toUpperCase() : null,
    legalBasis: value('legalbasisText', 'legal_basis') ?? '',
    landingPage: url === ownPage ? null : url,
    version: value('version') ?? '',
    issued: value('issued'),
    modified: value('modified'),
  };
}

/** A format as a file-type code when it is one (`csv`, `text/csv`), else in the sender's spelling, as CKAN keeps it. */
export function formatFrom(format: unknown, url: string | null): { format: string; mediaType: string | null } {
  const raw = text(format)?.toUpperCase() ?? (url ? guessFormat(url, null) : null) ?? '';
  const code = isFormatCode(raw) ? raw : (guessFormat(`.${raw.toLowerCase()}`, raw.toLowerCase()) ?? raw.slice(0, 50));
  return { format: code, mediaType: isFormatCode(code) ? formatOf(code).mediaType : null };
}

export type ResourceInput = ResourceFields & { id?: string };

/** A resource given in a package dict: one of the dataset's own (by id) keeps its file; another is a link. */
export function resourceOf(item: PackageData, current: ReadonlyMap<string, Resource>, datasetLicense: string | null): ResourceInput | string {
  const id = text(item.id);
  const own = id ? current.get(id) : undefined;
  const url = own?.fileKey ? null : text(item.url);
  if (!own?.fileKey && (!url || !/^https?:\/\/\S+$/.test(url))) return 'url: Geben Sie die Adresse mit https:// an.';
  const license = licenseOf(item.license_id ?? item.license);
  if (license !== null && !licenseById(license)) return 'license_id: Wählen Sie eine Lizenz aus der Liste der Lizenzen (license_list) aus.';
  return {
    ...(own ? { id: own.id } : {}),
    name: (text(item.name) ?? own?.name ?? lastSegment(url ?? '')).slice(0, 300),
    description: typeof item.description === 'string' ? item.description.slice(0, 5000) : '',
    ...(own?.fileKey ? { format: formatFrom(item.format ?? own.format, null).format, mediaType: own.mediaType } : formatFrom(item.format, url)),
    url,
    fileKey: own?.fileKey ?? null,
    fileName: own?.fileName ?? null,
    byteSize: own?.fileKey ? own.byteSize : null,
    checksumAlgorithm: own?.fileKey ? own.checksumAlgorithm : null,
    checksum: own?.fileKey ? own.checksum : null,
    licenseId: license === datasetLicense ? null : license,
  };
}
