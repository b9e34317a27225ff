import { PATHS } from './paths';
import type { CalendarQuery } from './schemas';

/** The calendar's URL for these parameters; unset ones are left out, so links stay short and cacheable. */
export function calendarHref(query: Partial<CalendarQuery>): string {
  const params = new URLSearchParams();
  for (const key of ['von', 'angebot', 'ort', 'zielgruppe'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `${PATHS.calendar}?${search}` : PATHS.calendar;
}
