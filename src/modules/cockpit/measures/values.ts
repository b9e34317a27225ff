import { isCalendarDate } from '../../../kernel/http';

/**
 * Parsing what staff type into the measure form: dates as `TT.MM.JJJJ` (or ISO, as a browser's date
 * picker sends), amounts of money in euros as Germans write them. Each answers the value or a message
 * saying what to do, so the schema can put it at the field.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const GERMAN_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** `31.12.2026`, `1.2.2027` or `2026-12-31` → `2026-12-31`; `31.02.2027` and text are refused. */
export function parseDay(input: string, label: string): Parsed<string> {
  const value = input.trim();
  const german = GERMAN_DAY.exec(value);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : value;
  if (isCalendarDate(iso) && iso >= '1900-01-01' && iso <= '2199-12-31') return { ok: true, value: iso };
  if (german || /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return { ok: false, message: `${label}: Diesen Tag gibt es nicht. Geben Sie ein echtes Datum an, zum Beispiel 31.03.2027.` };
  }
  return { ok: false, message: `Geben Sie ${label} als Tag.Monat.Jahr an, zum Beispiel 31.03.2027.` };
}

/** `2026-12-31` → `31.12.2026`, for the form and the history. */
export function germanDay(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

/** The largest budget a measure may have: a town's whole digital strategy stays far below a billion euros. */
export const MAX_BUDGET_CENTS = 100_000_000_000;

/**
 * `250.000`, `250000`, `1.234,56`, `1234,5`, `99.95` (a decimal point with one or two digits), with or
 * without `€` → cents. Negative amounts, more than two decimals and more than a billion are refused.
 */
export function parseEuros(input: string, label: string): Parsed<number> {
  const value = input.replace(/\s|€|EUR/gi, '');
  if (value.startsWith('-')) return { ok: false, message: `${label} darf nicht negativ sein.` };
  let euros: string;
  let cents = '';
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$|^\d+(,\d+)?$/.test(value)) {
    [euros, cents = ''] = value.replace(/\./g, '').split(',') as [string, string?];
  } else if (/^\d+\.\d+$/.test(value) && !/^\d{1,3}\.\d{3}$/.test(value)) {
    [euros, cents = ''] = value.split('.') as [string, string?];
  } else {
    return { ok: false, message: `Geben Sie ${label} als Betrag in Euro an, zum Beispiel 250.000 oder 1.234,56.` };
  }
  if (cents.length > 2) return { ok: false, message: `${label} darf höchstens zwei Stellen nach dem Komma haben (Cent).` };
  if (euros.replace(/^0+/, '').length > 10) return { ok: false, message: `${label} darf höchstens 1.000.000.000 € betragen.` };
  const total = Number(euros) * 100 + Number(cents.padEnd(2, '0') || '0');
  if (total > MAX_BUDGET_CENTS) return { ok: false, message: `${label} darf höchstens 1.000.000.000 € betragen.` };
  return { ok: true, value: total };
}

/** Cents → `1234,56` for a form field (no thousands separators, so it reads back unchanged). */
export function eurosForForm(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}
