/**
 * A MARC 21 bibliographic record as the readers give it and the mapping reads it: the leader, then
 * the fields in their order. Control fields (001–009) carry one value; data fields two indicators
 * and their subfields in order (a code may repeat).
 */
export interface ControlField {
  tag: string;
  value: string;
}

export interface DataField {
  tag: string;
  ind1: string;
  ind2: string;
  subfields: Array<[code: string, value: string]>;
}

export type MarcField = ControlField | DataField;

export interface MarcRecord {
  leader: string;
  fields: MarcField[];
}

/** What a reader yields for each record of a file: the record, or why it was skipped (numbered from 1). */
export type ReadResult = { ok: true; number: number; record: MarcRecord } | { ok: false; number: number; message: string };

export function isControlField(field: MarcField): field is ControlField {
  return 'value' in field;
}

/** Control fields are 001–009 (and the obsolete 00X range); everything else has indicators and subfields. */
export function isControlTag(tag: string): boolean {
  return tag.startsWith('00');
}

export function controlField(record: MarcRecord, tag: string): string | undefined {
  const field = record.fields.find((candidate) => candidate.tag === tag && isControlField(candidate));
  return field && isControlField(field) ? field.value : undefined;
}

export function dataFields(record: MarcRecord, tag: string): DataField[] {
  return record.fields.filter((field): field is DataField => field.tag === tag && !isControlField(field));
}

/** Every value of the subfield `code` in the field, in order. */
export function subfieldValues(field: DataField, code: string): string[] {
  return field.subfields.filter(([candidate]) => candidate === code).map(([, value]) => value);
}

export function firstSubfield(field: DataField | undefined, code: string): string | undefined {
  return field?.subfields.find(([candidate]) => candidate === code)?.[1];
}

/** MARC-in-JSON (the format pymarc and MARC::Record::MiJ write): kept whole in `library_records.marc`. */
export interface MarcJson {
  leader: string;
  fields: Array<Record<string, string | { ind1: string; ind2: string; subfields: Array<Record<string, string>> }>>;
}

export function toMarcJson(record: MarcRecord): MarcJson {
  return {
    leader: record.leader,
    fields: record.fields.map((field) =>
      isControlField(field)
        ? { [field.tag]: field.value }
        : { [field.tag]: { ind1: field.ind1, ind2: field.ind2, subfields: field.subfields.map(([code, value]) => ({ [code]: value })) } },
    ),
  };
}

export function fromMarcJson(json: MarcJson): MarcRecord {
  return {
    leader: json.leader,
    fields: json.fields.flatMap((entry): MarcField[] =>
      Object.entries(entry).map(([tag, content]) =>
        typeof content === 'string'
          ? { tag, value: content }
          : { tag, ind1: content.ind1, ind2: content.ind2, subfields: content.subfields.flatMap((subfield) => Object.entries(subfield)) },
      ),
    ),
  };
}

/** Composed characters: MARC often stores "é" as e + combining accent, which search and sorting must not see. */
export function composed(text: string): string {
  return /[\u0080-\uffff]/.test(text) ? text.normalize('NFC') : text;
}
