import { createHash } from 'node:crypto';

type Row = Record<string, string | number | boolean | null>;

function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV (RFC 4180: comma, CRLF, quotes where needed), columns in the first row's order. */
export function rowsAsCsv(rows: readonly Row[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  return [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column] ?? null)).join(','))].join('\r\n') + '\r\n';
}

export function rowsAsJson(rows: readonly Row[]): string {
  return JSON.stringify(rows);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
