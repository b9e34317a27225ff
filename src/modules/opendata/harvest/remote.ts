/**
 * A dataset as a harvested source states it, before our vocabularies and rules apply: the CKAN
 * reader and the DCAT reader both produce this, and `import.ts` maps it onto our fields. Codes are
 * kept in the source's spelling (licence ids or URIs, theme URIs or group names, format names or
 * URIs, frequency URIs), so one mapping serves both kinds of source.
 */
export interface RemoteResource {
  name: string;
  description: string;
  url: string | null;
  format: string | null;
  mediaType: string | null;
  byteSize: number | null;
  checksumAlgorithm: string | null;
  checksum: string | null;
  license: string | null;
}

export interface RemoteDataset {
  /** The dataset's id at the source (CKAN `id`, DCAT `dct:identifier` or its URI): our `origin_ref`. */
  ref: string;
  /** CKAN `name`, when the source has one. */
  name: string | null;
  title: string;
  notes: string;
  license: string | null;
  tags: string[];
  themes: string[];
  contactName: string | null;
  contactEmail: string | null;
  contactUrl: string | null;
  temporalStart: string | null;
  temporalEnd: string | null;
  spatialKey: string | null;
  frequency: string | null;
  legalBasis: string | null;
  landingPage: string | null;
  version: string | null;
  issued: Date | null;
  /** When the source last changed the metadata: an unchanged value means nothing to rewrite. */
  modified: Date | null;
  resources: RemoteResource[];
}

/** One page of a source: the datasets read, and the ones that could not be read (ref and why). */
export interface RemotePage {
  datasets: RemoteDataset[];
  unreadable: Array<{ ref: string | null; message: string }>;
}

/** A date as portals send it; CKAN writes UTC without a zone (`2014-04-29T13:27:48.132894`). */
export function remoteDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const trimmed = value.trim();
  const zoned = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(trimmed) ? `${trimmed}Z` : trimmed;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The calendar day of a date or date-time, for a temporal coverage. */
export function remoteDay(value: string | null | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '');
  return match ? match[1]! : null;
}

/** The 12-digit Regionalschlüssel of a dcat-ap.de municipality URI (…/politicalGeocoding/regionalKey/130030000000). */
export function regionalKeyOf(uri: string | null | undefined): string | null {
  const match = /regionalKey\/(\d{12})$/.exec(uri?.trim() ?? '');
  return match ? match[1]! : null;
}
