/**
 * From a source's spelling to ours: licences through `normaliseLicense`, themes, formats and
 * frequencies to their EU codes, tags cleaned to CKAN's rules, addresses kept only when they are
 * http(s). What cannot be mapped is dropped with a warning for the harvest log; the result is then
 * validated by the one dataset schema like every other way in.
 */
import type { DatasetFieldsInput } from '../schemas/dataset';
import { formatOf, FORMATS, isFormatCode } from '../vocabularies/formats';
import { isFrequencyCode } from '../vocabularies/frequencies';
import { normaliseLicense } from '../vocabularies/licenses';
import { isThemeCode } from '../vocabularies/themes';
import type { ResourceFields } from '../repository/datasets';
import { httpUrl } from './fetch-remote';
import type { RemoteDataset, RemoteResource } from './remote';

/**
 * A licence we cannot read is shown as "Andere geschlossene Lizenz": a harvester must never promise
 * an openness the publisher did not grant, and the warning tells the organisation to ask the source.
 */
export const UNKNOWN_LICENSE = 'other-closed';
const IANA_PREFIX = /^https?:\/\/www\.iana\.org\/assignments\/media-types\//;

export interface Mapped {
  fields: Omit<DatasetFieldsInput, 'name'>;
  resources: ResourceFields[];
  warnings: string[];
}

/** The code at the end of a vocabulary URI (…/data-theme/TRAN, …/frequency/ANNUAL) or the code itself. */
function codeOf(value: string): string {
  return (value.split(/[/#]/).filter(Boolean).pop() ?? '').toUpperCase();
}

/** CKAN's tag rule: letters, digits, blanks and `- _ .`, 2 to 100 characters; duplicates once. */
export function cleanTags(tags: readonly string[]): string[] {
  const cleaned = tags.map((tag) =>
    tag
      .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 100)
      .trim(),
  );
  return [...new Set(cleaned.filter((tag) => tag.length >= 2))].slice(0, 100);
}

/** `where`: "beim Datensatz" or "bei der Ressource „…“", for the warning. */
function license(raw: string | null, where: string, warnings: string[]): string {
  const id = raw ? normaliseLicense(raw) : undefined;
  if (id) return id;
  const what = raw ? `Unbekannte Lizenz „${raw}“` : 'Keine Lizenz angegeben';
  warnings.push(`${what} ${where}; angezeigt wird „Andere geschlossene Lizenz“.`);
  return UNKNOWN_LICENSE;
}

function formatOfResource(resource: RemoteResource): { format: string; mediaType: string | null } {
  const mediaType = resource.mediaType?.replace(IANA_PREFIX, '').toLowerCase() || null;
  const code = resource.format ? codeOf(resource.format.replace(IANA_PREFIX, '')).replace(/[^A-Z0-9_]+/g, '_') : '';
  const byMediaType = FORMATS.find((format) => format.mediaType === (mediaType ?? resource.format?.replace(IANA_PREFIX, '').toLowerCase()));
  if (isFormatCode(code)) return { format: code, mediaType: mediaType ?? formatOf(code).mediaType };
  if (byMediaType) return { format: byMediaType.code, mediaType: byMediaType.mediaType };
  // A format outside the EU table (WMS, Kartenviewer) keeps the source's name, as CKAN does.
  return { format: resource.format?.trim().slice(0, 50).toUpperCase() ?? '', mediaType };
}

function resourcesOf(remote: RemoteDataset, datasetLicense: string, warnings: string[]): ResourceFields[] {
  const list: ResourceFields[] = [];
  remote.resources.forEach((resource, index) => {
    const name = resource.name || `Ressource ${index + 1}`;
    const url = resource.url && httpUrl(resource.url) ? resource.url : null;
    if (!url) {
      warnings.push(`Die Ressource „${name}“ hat keine http(s)-Adresse und wird nicht übernommen.`);
      return;
    }
    const licenseId = resource.license ? license(resource.license, `bei der Ressource „${name}“`, warnings) : datasetLicense;
    list.push({
      name: name.slice(0, 300),
      description: resource.description.slice(0, 10_000),
      ...formatOfResource(resource),
      url,
      fileKey: null,
      fileName: null,
      byteSize: resource.byteSize,
      checksumAlgorithm: resource.checksum ? (resource.checksumAlgorithm?.replace(/^.*checksumAlgorithm_/, '').toLowerCase() ?? null) : null,
      checksum: resource.checksum,
      licenseId: licenseId === datasetLicense ? null : licenseId,
    });
  });
  return list;
}

/** `fallback`: the source organisation's name and mailbox, for a dataset without a contact point. */
export function mapRemote(remote: RemoteDataset, fallback: { name: string; email: string | null }): Mapped {
  const warnings: string[] = [];
  const licenseId = license(remote.license, 'beim Datensatz', warnings);
  const themes = [...new Set(remote.themes.map(codeOf).filter(isThemeCode))];
  const frequency = remote.frequency ? codeOf(remote.frequency) : null;
  const link = (value: string | null) => (value && httpUrl(value) ? value : null);
  return {
    fields: {
      title: remote.title,
      notes: remote.notes,
      state: 'active',
      private: false,
      licenseId,
      tags: cleanTags(remote.tags),
      themes,
      contactName: remote.contactName ?? fallback.name,
      contactEmail: remote.contactEmail ?? fallback.email ?? '',
      contactUrl: link(remote.contactUrl),
      temporalStart: remote.temporalStart,
      temporalEnd: remote.temporalEnd,
      spatialKey: remote.spatialKey,
      // A key of dcat-ap.de's regionalKey list names a municipality (the level our DCAT export writes).
      spatialLevel: remote.spatialKey ? 'municipality' : undefined,
      frequency: frequency && isFrequencyCode(frequency) ? frequency : null,
      legalBasis: remote.legalBasis ?? undefined,
      landingPage: link(remote.landingPage),
      version: remote.version ?? undefined,
      issued: remote.issued,
      modified: remote.modified,
    },
    resources: resourcesOf(remote, licenseId, warnings),
    warnings,
  };
}
