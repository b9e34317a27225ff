import { csvLine, type CsvFormat, type CsvValue } from '../../../kernel/csv';

/** How datastore_search returns rows (CKAN's `records_format`). */
export type RecordsFormat = 'objects' | 'lists' | 'csv' | 'tsv';

/** An API's answer, read by programs: the values exactly as stored, no formula guard, as CKAN sends them. */
const API_RECORDS: Record<'csv' | 'tsv', CsvFormat> = {
  csv: { separator: ',', bom: false, defuseFormulas: false },
  tsv: { separator: '\t', bom: false, defuseFormulas: false },
};

/** Rows (objects in field order, from the database's JSON) in the format asked for; csv and tsv without a header, as CKAN. */
export function formatRecords(rows: ReadonlyArray<Record<string, unknown>>, ids: readonly string[], format: RecordsFormat): unknown {
  switch (format) {
    case 'objects':
      return rows;
    case 'lists':
      return rows.map((row) => ids.map((id) => row[id] ?? null));
    case 'csv':
    case 'tsv':
      // The DataStore's columns hold scalars only (table-sql.ts).
      return rows
        .map((row) =>
          csvLine(
            ids.map((id) => row[id] as CsvValue),
            API_RECORDS[format],
          ),
        )
        .join('');
  }
}
