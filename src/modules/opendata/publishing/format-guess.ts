import { FORMATS, type FormatCode } from '../vocabularies/formats';

const BY_EXTENSION: Record<string, FormatCode> = {
  csv: 'CSV',
  json: 'JSON',
  geojson: 'GEOJSON',
  jsonld: 'JSON_LD',
  xml: 'XML',
  rdf: 'RDF_XML',
  ttl: 'RDF_TURTLE',
  xlsx: 'XLSX',
  xls: 'XLS',
  ods: 'ODS',
  pdf: 'PDF',
  html: 'HTML',
  htm: 'HTML',
  txt: 'TXT',
  zip: 'ZIP',
  kml: 'KML',
  gml: 'GML',
  png: 'PNG',
  jpg: 'JPEG',
  jpeg: 'JPEG',
  atom: 'ATOM',
  rss: 'RSS',
};

/**
 * The format of an uploaded file: what its bytes say (a PDF named `.csv` is a PDF), else its name's
 * extension; null when neither tells (the person then chooses). Text formats (CSV, JSON) have no
 * signature in their bytes, so for them the name decides.
 */
export function guessFormat(filename: string, detectedType: string | null): FormatCode | null {
  const byContent = detectedType ? FORMATS.find((format) => format.mediaType === detectedType)?.code : undefined;
  const extension = /\.([a-z0-9]{1,8})$/i.exec(filename)?.[1]?.toLowerCase();
  const byName = extension ? BY_EXTENSION[extension] : undefined;
  // A zip container is also what XLSX and ODS files are: their name says which.
  if (byContent === 'ZIP' && (byName === 'XLSX' || byName === 'ODS')) return byName;
  return byContent ?? byName ?? null;
}

/**
 * Whether a file's bytes can be data of the catalogue's formats: no signature (text formats), or one
 * of theirs (zip too, the container of XLSX and ODS). A program, a video or a Word document is
 * refused whatever its name or the chosen format says.
 */
export function isDataContent(detectedType: string | null): boolean {
  return detectedType === null || FORMATS.some((format) => format.mediaType === detectedType);
}
