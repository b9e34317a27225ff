/** How datastore_search returns rows (CKAN's `records_format`). */
export type RecordsFormat = 'objects' | 'lists' | 'csv' | 'tsv';

/** One CSV/TSV value: quoted when it holds the delimiter, a quote or a line break. */
export function delimitedValue(value: unknown, delimiter: string): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function delimitedLine(values: readonly unknown[], delimiter: string): string {
  return `${values.map((value) => delimitedValue(value, delimiter)).join(delimiter)}\r\n`;
}

/** Rows (objects in field order, from the database's JSON) in the format asked for; csv and tsv without a header, as CKAN. */
export function formatRecords(rows: ReadonlyArray<Record<string, unknown>>, ids: readonly string[], format: RecordsFormat): unknown {
  switch (format) {
    case 'objects':
      return rows;
    case 'lists':
      return rows.map((row) => ids.map((id) => row[id] ?? null));
    case 'csv':
    case 'tsv':
      return rows
        .map((row) =>
          delimitedLine(
            ids.map((id) => row[id]),
            format === 'csv' ? ',' : '\t',
          ),
        )
        .join('');
  }
}
