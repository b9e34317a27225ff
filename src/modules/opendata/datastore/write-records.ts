import type { DatastoreField } from '../tables/datastore';
import { expectedValue, jsonToText } from './field-values';
import type { TextRows } from './insert-rows';

/** Records per datastore_upsert or _create call: a larger push is split by the client, as with CKAN's limits. */
export const MAX_RECORDS_PER_CALL = 10_000;

/** Records with the same fields, written by one statement. */
export interface RecordGroup {
  fields: DatastoreField[];
  rows: TextRows;
  /** The position of each row among the records the client sent (1-based), for messages. */
  positions: number[];
}

/**
 * The records as rows of PostgreSQL input text, grouped by the fields each names (a record leaves the
 * others as they are when it updates). The first problem is answered instead, naming the record:
 * "Datensatz 3: Das Feld „Anzahl“ erwartet eine ganze Zahl."
 */
export function groupRecords(
  records: ReadonlyArray<Record<string, unknown>>,
  fields: readonly DatastoreField[],
  primaryKey: readonly string[],
): RecordGroup[] | { problem: string } {
  if (records.length > MAX_RECORDS_PER_CALL) return { problem: `Senden Sie höchstens ${MAX_RECORDS_PER_CALL.toLocaleString('de-DE')} Datensätze auf einmal.` };
  const byId = new Map(fields.map((field) => [field.id, field]));
  const groups = new Map<string, { fields: DatastoreField[]; rows: Array<Array<string | null>>; positions: number[] }>();
  for (const [index, record] of records.entries()) {
    const ids = Object.keys(record).sort();
    const unknown = ids.find((id) => !byId.has(id));
    if (unknown) return { problem: `Datensatz ${index + 1}: Die Tabelle hat kein Feld „${unknown}“.` };
    const missingKey = primaryKey.find((id) => record[id] === undefined || record[id] === null);
    if (missingKey) return { problem: `Datensatz ${index + 1}: Der Schlüssel „${missingKey}“ fehlt.` };
    const row: Array<string | null> = [];
    for (const id of ids) {
      const text = jsonToText(byId.get(id)!.type, record[id]);
      if (text === undefined) return { problem: `Datensatz ${index + 1}: ${expectedValue(byId.get(id)!)}` };
      row.push(text);
    }
    const key = JSON.stringify(ids);
    const group = groups.get(key) ?? { fields: ids.map((id) => byId.get(id)!), rows: [], positions: [] };
    group.rows.push(row);
    group.positions.push(index + 1);
    groups.set(key, group);
  }
  return [...groups.values()];
}
