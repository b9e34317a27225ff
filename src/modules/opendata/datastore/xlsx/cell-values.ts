import type { NumberKind } from './number-formats';

/**
 * Day 0 of Excel's 1900 date system as JavaScript counts: serial 1 is 1900-01-01. Excel (like Lotus
 * 1-2-3 before it) counts a 29 February 1900 that did not exist as serial 60, so from serial 61 on
 * (1900-03-01) the days are one off: they are counted from 1899-12-30 instead of 1899-12-31.
 */
const EPOCH_1900 = Date.UTC(1899, 11, 31);
const EPOCH_1900_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
/** The 1904 system (old Macintosh workbooks, `<workbookPr date1904="1"/>`): serial 0 is 1904-01-01, no leap-year bug. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** A serial day number as a UTC instant, rounded to the second (Excel stores times as fractions of a day, with float noise). */
function instantOf(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? EPOCH_1904 : serial < 60 ? EPOCH_1900 : EPOCH_1900_AFTER_LEAP_BUG;
  return new Date(epoch + Math.round(serial * 86_400) * 1000);
}

function isoDay(instant: Date): string {
  return `${pad(instant.getUTCFullYear(), 4)}-${pad(instant.getUTCMonth() + 1)}-${pad(instant.getUTCDate())}`;
}

function clock(instant: Date): string {
  return `${pad(instant.getUTCHours())}:${pad(instant.getUTCMinutes())}:${pad(instant.getUTCSeconds())}`;
}

/**
 * `1.5E-3` as `0.0015`: the CSV reader (csv/values.ts) reads plain decimals only, and Excel writes
 * very small and very large numbers with an exponent. The digits are shifted as text, so nothing is rounded.
 */
export function plainDecimal(text: string): string {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?[eE]([+-]?\d+)$/.exec(text.trim());
  if (!match) return text.trim();
  const [, sign, whole = '', fraction = '', exponentText] = match;
  const exponent = Number(exponentText);
  const digits = whole + fraction;
  const point = whole.length + exponent;
  let plain: string;
  if (point <= 0) plain = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) plain = digits + '0'.repeat(point - digits.length);
  else plain = `${digits.slice(0, point)}.${digits.slice(point)}`;
  plain = plain.replace(/^0+(?=\d)/, '');
  if (plain.includes('.')) plain = plain.replace(/\.?0+$/, '');
  return plain === '0' ? '0' : `${sign === '-' ? '-' : ''}${plain}`;
}

/**
 * A number cell's value as the CSV reader understands it: dates as ISO `2024-12-31`, dates with time as
 * `2024-12-31 13:45:00`, times of day as `13:45:00` (a text column: the DataStore has no time type).
 */
export function numberCellText(value: string, kind: NumberKind, date1904: boolean): string {
  if (kind === 'number') return plainDecimal(value);
  const serial = Number(value);
  if (!Number.isFinite(serial) || serial < 0) return plainDecimal(value);
  const instant = instantOf(serial, date1904);
  if (kind === 'date') return isoDay(instantOf(Math.floor(serial), date1904));
  if (kind === 'time') return clock(new Date(Math.round((serial % 1) * 86_400) * 1000));
  return `${isoDay(instant)} ${clock(instant)}`;
}

/** `t="d"` cells (strict OOXML) carry ISO 8601 text; midnight is a date. */
export function isoCellText(value: string): string {
  const midnight = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.0+)?Z?$/.exec(value);
  if (midnight) return midnight[1]!;
  return value.replace(/Z$/, '').replace('T', ' ');
}

/** Column letters of a reference (`AB12` → 27, counting from 0); null when the reference has none. */
export function columnIndexOf(reference: string): number | null {
  const letters = /^([A-Z]+)\d*$/i.exec(reference)?.[1];
  if (!letters) return null;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** The letters of a column as the spreadsheet shows them (0 → A, 27 → AB): the inverse of columnIndexOf. */
export const columnName = (index: number): string => (index >= 26 ? columnName(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));
