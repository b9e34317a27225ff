import type { DatastoreField } from '../tables/datastore';
import { fieldIdsFromHeader } from './csv/header';
import type { CsvStart } from './csv/read-csv';
import { chosenColumnType, guessColumnType, type ColumnType } from './csv/types';

export interface LoadFields {
  fields: DatastoreField[];
  /** Each field's type and number style, in the file's column order. */
  columns: ColumnType[];
  /** The header as written, for messages. */
  labels: string[];
}

/** The types of the columns: chosen by the publisher (kept across reloads by header) or guessed from the sample. */
function columnTypes(csv: CsvStart, fields: Array<{ id: string; label: string }>, previous: readonly DatastoreField[]): ColumnType[] {
  const chosen = new Map(previous.filter((field) => field.info?.type_override).map((field) => [field.info?.label ?? field.id, field.info!.type_override!]));
  return fields.map(({ label }, index) => {
    const sample = csv.sample.map((row) => row.values[index] ?? '');
    const type = chosen.get(label);
    return type ? chosenColumnType(type, sample, csv.delimiter) : guessColumnType(sample, csv.delimiter);
  });
}

/** The new table's fields from the file's header and sample, with the types the publisher chose for the previous one. */
export function loadFields(csv: CsvStart, previous: readonly DatastoreField[]): LoadFields {
  const ids = fieldIdsFromHeader(csv.header);
  const columns = columnTypes(csv, ids, previous);
  const overrides = new Set(previous.filter((field) => field.info?.type_override).map((field) => field.info?.label ?? field.id));
  const fields: DatastoreField[] = ids.map(({ id, label }, index) => ({
    id,
    type: columns[index]!.type,
    info: overrides.has(label) ? { label, type_override: columns[index]!.type } : { label },
  }));
  return { fields, columns, labels: ids.map((field) => field.label) };
}
