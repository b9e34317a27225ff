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
