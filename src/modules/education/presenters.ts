import { PATHS } from './paths';
import type { CalendarQuery } from './schemas';

/** The calendar's URL for these parameters; unset ones are left out, so links stay short and cacheable. */
export function calendarHref(query: Partial<CalendarQuery>, path: string = PATHS.calendar): string {
  const params = new URLSearchParams();
  for (const key of ['von', 'angebot', 'ort', 'zielgruppe'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The iCal feed with the page's filters (not its first day: a subscription always runs from today). */
export function calendarFeedHref(query: Partial<CalendarQuery>): string {
  return calendarHref({ ...query, von: undefined }, PATHS.calendarFeed);
}
