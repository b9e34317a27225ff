/** Dates as the engine stores them: ISO `YYYY-MM-DD` strings, compared as strings. */
import { isCalendarDate } from '../../../kernel/http';

const berlinDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
const germanLong = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** Today in the municipality's time zone (a form filled in at 00:30 in Iserlohn is dated that day). */
export function todayIso(now: Date = new Date()): string {
  return berlinDay.format(now);
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetween(first: string, second: string): number {
  return Math.round((Date.parse(`${second}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
}

/** `2026-03-01`, `today`, `today+30`, `today-36500` → an ISO date. */
export function resolveDateBound(bound: string, today: string): string {
  const relative = /^today([+-]\d+)?$/.exec(bound);
  return relative ? addDays(today, Number(relative[1] ?? 0)) : bound;
}

/** Days relative to today of a bound written as `today±N`, or undefined for a fixed date. */
export function relativeDays(bound: string): number | undefined {
  const relative = /^today([+-]\d+)?$/.exec(bound);
  return relative ? Number(relative[1] ?? 0) : undefined;
}

/** `2026-03-01` → `1. März 2026`. */
export function formatLongDate(iso: string): string {
  return isCalendarDate(iso) ? germanLong.format(new Date(`${iso}T00:00:00Z`)) : iso;
}

export type DateInput = { day: string; month: string; year: string };
export type DateParse = { kind: 'empty' } | { kind: 'missing'; part: 'day' | 'month' | 'year' } | { kind: 'invalid' } | { kind: 'ok'; iso: string };

/** Three inputs (Tag, Monat, Jahr) → an ISO date; tells which part is missing or that the date does not exist. */
export function parseDateInput({ day, month, year }: DateInput): DateParse {
  if (!day && !month && !year) return { kind: 'empty' };
  if (!day) return { kind: 'missing', part: 'day' };
  if (!month) return { kind: 'missing', part: 'month' };
  if (!year) return { kind: 'missing', part: 'year' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { kind: 'invalid' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? { kind: 'ok', iso } : { kind: 'invalid' };
}
