import { z } from 'zod';
import { addDays, berlinDay } from '../../kernel/time';

/** How far from today the calendar may be turned, either way: enough for a programme year and its archive. */
export const MAX_DAYS_FROM_TODAY = 730;

/** A free-text filter value from a link of ours; anything longer is not one of them. */
const filterValue = z
  .string()
  .trim()
  .max(200)
  .catch('')
  .transform((value) => value || undefined);

/**
 * The calendar's GET parameters: the first day shown and the filters. A calendar link must never
 * fail: a day that is no date or too far away means today, a repeated or odd value no filter.
 */
function buildCalendarQuery(today: string) {
  const earliest = addDays(today, -MAX_DAYS_FROM_TODAY);
  const latest = addDays(today, MAX_DAYS_FROM_TODAY);
  return z.object({
    von: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day))
      .refine((day) => day >= earliest && day <= latest)
      .catch(today),
    ort: filterValue,
    zielgruppe: filterValue,
    angebot: filterValue,
  });
}

export type CalendarQuery = z.output<ReturnType<typeof buildCalendarQuery>>;

let kept: { today: string; schema: ReturnType<typeof buildCalendarQuery> } | undefined;

/** The schema for requests of this Berlin day (kept for the day: a calendar is asked for often). */
export function calendarQuery(today: string): ReturnType<typeof buildCalendarQuery> {
  if (kept?.today !== today) kept = { today, schema: buildCalendarQuery(today) };
  return kept.schema;
}

/** Today in Berlin, the calendar's default first day. */
export function today(now = new Date()): string {
  return berlinDay(now);
}
