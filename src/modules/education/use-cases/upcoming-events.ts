import type { ModuleDeps } from '../../../kernel/module';
import { eventsBetween, type CalendarEvent } from './list-calendar';

/** Events the hub page shows: the next ones, two weeks ahead at most. */
export const UPCOMING_SHOWN = 8;
const UPCOMING_DAYS = 14;

export interface Upcoming {
  events: CalendarEvent[];
  failed: string[];
}

/** The next public events of every module, from now, for the hub page `/bildung`. */
export async function upcomingEvents(deps: ModuleDeps, now = new Date()): Promise<Upcoming> {
  const until = new Date(now.getTime() + UPCOMING_DAYS * 86_400_000);
  const found = await eventsBetween(now, until, UPCOMING_SHOWN, deps);
  return { events: found.events.slice(0, UPCOMING_SHOWN), failed: found.failed };
}
