/**
 * Readers of one value of each DataStore type, as German and international files write them. Each
 * answers the value in PostgreSQL's own input syntax, or null when the text is not such a value.
 */

export type NumberStyle = 'german' | 'english';

const INTEGER = /^[+-]?\d+$/;
// The whole part never starts with 0 unless it is 0: `05836` is a key (a postcode), not a number.
export const GERMAN_NUMBER = /^[+-]?([1-9]\d{0,2}(\.\d{3})+|[1-9]\d*|0)(,\d+)?$/;
export const ENGLISH_NUMBER = /^[+-]?([1-9]\d{0,2}(,\d{3})+|[1-9]\d*|0)(\.\d+)?$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_TIMESTAMP = /^(\d{1,2})\.(\d{1,2})\.(\d{4})[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?$/;
export const TRUE_WORDS = new Set(['ja', 'true', 'wahr']);
export const FALSE_WORDS = new Set(['nein', 'false', 'falsch']);

/** A whole number that fits a bigint (18 digits always do); a leading zero (a postcode, a key) is text. */
export function readInt(text: string): string | null {
  if (!INTEGER.test(text)) return null;
  const digits = text.replace(/^[+-]/, '');
  if (digits.length > 18 || (digits.length > 1 && digits.startsWith('0'))) return null;
  return text.replace(/^\+/, '');
}

export function fitsNumberStyle(text: string, style: NumberStyle): boolean {
  return (style === 'german' ? GERMAN_NUMBER : ENGLISH_NUMBER).test(text);
}

/** `1.234,56` (German) or `1,234.56` (English), as the column's style says; never guessed per value. */
export function readNumeric(text: string, style: NumberStyle): string | null {
  if (!fitsNumberStyle(text, style)) return null;
  const plain = style === 'german' ? text.replaceAll('.', '').replace(',', '.') : text.replaceAll(',', '');
  return plain.replace(/^\+/, '');
}

export function readBool(text: string): string | null {
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return 'true';
  if (FALSE_WORDS.has(word)) return 'false';
  return null;
}

const pad = (value: string, length = 2) => value.padStart(length, '0');

/** A date that exists in the calendar (no 31.02.). */
function isoDate(year: string, month: string, day: string): string | null {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `31.12.2024` or `2024-12-31`. */
export function readDate(text: string): string | null {
  const german = GERMAN_DATE.exec(text);
  if (german) return isoDate(german[3]!, german[2]!, german[1]!);
  const iso = ISO_DATE.exec(text);
  return iso ? isoDate(iso[1]!, iso[2]!, iso[3]!) : null;
}

function time(hours: string, minutes: string, seconds = '00', fraction = ''): string | null {
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
  return `${pad(hours)}:${minutes}:${seconds}${fraction}`;
}

/** `31.12.2024 13:45`, `31.12.2024 13:45:10` or ISO `2024-12-31T13:45:10` (local time, no zone: CKAN's `timestamp`). */
export function readTimestamp(text: string): string | null {
  const german = GERMAN_TIMESTAMP.exec(text);
  const iso = german ? null : ISO_TIMESTAMP.exec(text);
  const parts = german
    ? [german[3]!, german[2]!, german[1]!, german[4]!, german[5]!, german[6]]
    : iso
      ? [iso[1]!, iso[2]!, iso[3]!, iso[4]!, iso[5]!, iso[6], iso[7]]
      : null;
  if (!parts) return null;
  const date = isoDate(parts[0]!, parts[1]!, parts[2]!);
  const clock = time(parts[3]!, parts[4]!, parts[5], parts[6] ?? '');
  return date && clock ? `${date} ${clock}` : null;
}
