import { berlinDay, berlinDayStart } from './berlin-days';

/**
 * The last `count` calendar months in Berlin up to and including the month of `now`, oldest first
 * (`['2025-12', …, '2026-11']`): the months a key figure's trend shows, the current one still running.
 */
export function recentMonths(now: Date, count: number): string[] {
  const [year, month] = berlinDay(now).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - index), 1));
    return date.toISOString().slice(0, 7);
  });
}

/** When the first of those months began in Berlin: the lower bound of a query over them. */
export function monthsStart(months: readonly string[]): Date {
  return berlinDayStart(`${months[0] ?? '1970-01'}-01`);
}

/** Every month with its count, 0 for a month without a row: a query groups only the months that had something, a chart needs each. */
export function countsByMonth(months: readonly string[], rows: readonly { month: string; value: number | string }[]): { month: string; value: number }[] {
  const byMonth = new Map(rows.map((row) => [row.month, Number(row.value)]));
  return months.map((month) => ({ month, value: byMonth.get(month) ?? 0 }));
}

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A calendar day `count` months later (earlier when negative) that stays what it was in its month:
 * the last day of a month stays the last day (a quarter's end stays one), a day beyond the shorter
 * month's end becomes its last day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + count, 1));
  const [targetYear, targetMonth] = [target.getUTCFullYear(), target.getUTCMonth() + 1];
  const last = lastDayOf(targetYear, targetMonth);
  const targetDate = date === lastDayOf(year, month) ? last : Math.min(date, last);
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(targetDate).padStart(2, '0')}`;
}

/** Whole calendar months from the month of `from` to the month of `to` (days ignored; negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth);
}
