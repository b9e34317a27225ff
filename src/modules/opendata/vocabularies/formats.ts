/**
 * File formats of distributions: the EU file-type code (`dct:format`, the table DCAT-AP.de prescribes)
 * and the IANA media type (`dcat:mediaType`, which DCAT-AP.de wants as an IRI below
 * https://www.iana.org/assignments/media-types/).
 */
const EU_FILE_TYPE_BASE = 'http://publications.europa.eu/resource/authority/file-type/';
const IANA_BASE = 'https://www.iana.org/assignments/media-types/';

const MEDIA_TYPES = {
  CSV: 'text/csv',
  JSON: 'application/json',
  GEOJSON: 'application/geo+json',
  JSON_LD: 'application/ld+json',
  XML: 'application/xml',
  RDF_XML: 'application/rdf+xml',
  RDF_TURTLE: 'text/turtle',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  XLS: 'application/vnd.ms-excel',
  ODS: 'application/vnd.oasis.opendocument.spreadsheet',
  PDF: 'application/pdf',
  HTML: 'text/html',
  TXT: 'text/plain',
  ZIP: 'application/zip',
  KML: 'application/vnd.google-earth.kml+xml',
  GML: 'application/gml+xml',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  ATOM: 'application/atom+xml',
  RSS: 'application/rss+xml',
  // The EU table's "binary data": for a file whose type has no code of its own.
  BIN: 'application/octet-stream',
} as const;

export type FormatCode = keyof typeof MEDIA_TYPES;

export interface Format {
  code: FormatCode;
  /** EU file-type URI. */
  uri: string;
  mediaType: string;
}

export const FORMATS: readonly Format[] = (Object.keys(MEDIA_TYPES) as FormatCode[]).map((code) => formatOf(code));

export function isFormatCode(value: string): value is FormatCode {
  return Object.hasOwn(MEDIA_TYPES, value);
}

export function formatOf(code: FormatCode): Format {
  return { code, uri: EU_FILE_TYPE_BASE + code, mediaType: MEDIA_TYPES[code] };
}

/** The IANA IRI of a media type (`text/csv` → https://www.iana.org/assignments/media-types/text/csv). */
export function mediaTypeUri(mediaType: string): string {
  return IANA_BASE + mediaType;
}
