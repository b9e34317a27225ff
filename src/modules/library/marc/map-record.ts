import type { MediaType } from '../tables';
import { mediaTypeOf } from './media-type';
import { controlField, dataFields, firstSubfield, subfieldValues, toMarcJson, type DataField, type MarcJson, type MarcRecord } from './record';

/** The columns of `library_records` a MARC record fills. */
export interface CatalogueRecord {
  controlNumber: string;
  mediaType: MediaType;
  title: string;
  subtitle: string;
  authors: string[];
  edition: string;
  publisher: string;
  year: number | null;
  language: string | null;
  subjects: string[];
  isbns: string[];
  series: string;
  summary: string;
  extent: string;
  onleiheUrl: string | null;
  marc: MarcJson;
}

/** A copy from a holdings field (852, or a local 949 with the same subfield codes). */
export interface CatalogueCopy {
  barcode: string;
  branch: string;
  shelfmark: string;
}

export type MappedRecord = { ok: true; record: CatalogueRecord; copies: CatalogueCopy[] } | { ok: false; message: string };

/** ISBD punctuation MARC leaves at the end of a subfield ("Titel /", "Verlag,", "2020."). */
function bare(text: string | undefined): string {
  return (text ?? '')
    .replace(/\s*[/:;,=+]\s*$/, '')
    .replace(/(?<![A-ZÄÖÜ]|\.\.)\.$/, '')
    .trim();
}

function joined(field: DataField | undefined, codes: string, separator = ' '): string {
  if (!field) return '';
  return field.subfields
    .filter(([code]) => codes.includes(code))
    .map(([, value]) => bare(value))
    .filter(Boolean)
    .join(separator);
}

function distinct(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

/** ISBN-10 or -13 without hyphens from 020 $a ("978-3-7915-0465-4 (Gb.)" → "9783791504654"). */
function isbnOf(text: string): string | undefined {
  const match = /^[\d-\s]{9,17}[\dXx]/.exec(text.trim());
  const digits = match?.[0].replace(/[-\s]/g, '').toUpperCase();
  return digits && (digits.length === 10 || digits.length === 13) ? digits : undefined;
}

/** The first plausible year in 264/260 $c ("[2019]", "© 2020", "c1957?"), else 008/07–10. */
function yearOf(text: string, fixed: string): number | null {
  const found = /(1[0-9]{3}|2[0-9]{3})/.exec(text)?.[1] ?? (/^(1[0-9]{3}|2[0-9]{3})$/.test(fixed.slice(7, 11)) ? fixed.slice(7, 11) : undefined);
  return found ? Number(found) : null;
}

function languageOf(record: MarcRecord, fixed: string): string | null {
  const coded = firstSubfield(dataFields(record, '041')[0], 'a') ?? fixed.slice(35, 38);
  const code = coded.trim().toLowerCase().slice(0, 3);
  return /^[a-z]{3}$/.test(code) ? code : null;
}

function onleiheLinkOf(record: MarcRecord): string | null {
  for (const field of dataFields(record, '856')) {
    for (const url of subfieldValues(field, 'u')) {
      if (/^https?:\/\/[^/]*onleihe\.(de|com|net)\//i.test(url.trim())) return url.trim();
    }
  }
  return null;
}

/** 650 topical terms (with their subdivisions) and 689 RSWK subject chains (GND), in order, once each. */
function subjectsOf(record: MarcRecord): string[] {
  const topical = dataFields(record, '650').map((field) => joined(field, 'axyz', ' – '));
  const chains = dataFields(record, '689').map((field) => bare(firstSubfield(field, 'a')));
  return distinct([...topical, ...chains]);
}

/** 300 keeps its ISBD punctuation between the parts ("317 Seiten : Illustrationen ; 22 cm"). */
function extentOf(field: DataField | undefined): string {
  const parts = field?.subfields.filter(([code]) => 'abce'.includes(code)).map(([, value]) => value.trim()) ?? [];
  return parts.join(' ').replace(/\s*[.;:,]$/, '');
}

function copiesOf(record: MarcRecord): CatalogueCopy[] {
  return [...dataFields(record, '852'), ...dataFields(record, '949')].flatMap((field) => {
    const barcode = firstSubfield(field, 'p')?.trim();
    const branch = firstSubfield(field, 'b')?.trim();
    const shelfmark = joined(field, 'hij');
    return barcode && branch ? [{ barcode, branch, shelfmark: shelfmark || firstSubfield(field, 'c')?.trim() || '' }] : [];
  });
}

/**
 * A MARC 21 record as a catalogue row (README.md lists which field fills which column). A record
 * without control number (001) or title (245 $a) cannot be shown or updated later and is refused.
 */
export function mapRecord(record: MarcRecord): MappedRecord {
  const controlNumber = controlField(record, '001')?.trim();
  if (!controlNumber) return { ok: false, message: 'Die Kontrollnummer (Feld 001) fehlt.' };
  const titleField = dataFields(record, '245')[0];
  const title = joined(titleField, 'anp', '. ');
  if (!title) return { ok: false, message: `Satz ${controlNumber}: der Titel (Feld 245 $a) fehlt.` };
  const fixed = controlField(record, '008') ?? '';
  const publication = dataFields(record, '264').find((field) => field.ind2 === '1') ?? dataFields(record, '260')[0];
  const onleiheUrl = onleiheLinkOf(record);
  const authorFields = [...dataFields(record, '100'), ...dataFields(record, '110'), ...dataFields(record, '700'), ...dataFields(record, '710')];
  const series = dataFields(record, '490')[0] ?? dataFields(record, '830')[0];
  return {
    ok: true,
    record: {
      controlNumber,
      mediaType: mediaTypeOf(record, onleiheUrl !== null),
      title,
      subtitle: joined(titleField, 'b'),
      authors: distinct(authorFields.map((field) => joined(field, field.tag.endsWith('10') ? 'ab' : 'a'))),
      edition: joined(dataFields(record, '250')[0], 'a'),
      publisher: bare(firstSubfield(publication, 'b')),
      year: yearOf(firstSubfield(publication, 'c') ?? '', fixed),
      language: languageOf(record, fixed),
      subjects: subjectsOf(record),
      isbns: distinct(dataFields(record, '020').flatMap((field) => subfieldValues(field, 'a').map((value) => isbnOf(value) ?? ''))),
      series: joined(series, 'av', ' ; '),
      summary: dataFields(record, '520')
        .map((field) => firstSubfield(field, 'a')?.trim() ?? '')
        .filter(Boolean)
        .join('\n\n'),
      extent: extentOf(dataFields(record, '300')[0]),
      onleiheUrl,
      marc: toMarcJson(record),
    },
    copies: copiesOf(record),
  };
}
