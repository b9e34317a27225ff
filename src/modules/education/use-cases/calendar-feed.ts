import { writeCalendar, type ICalEvent } from '../../../kernel/ical';
import type { ModuleDeps } from '../../../kernel/module';
import { addDays, berlinDay, berlinDayStart } from '../../../kernel/time';
import { PATHS } from '../paths';
import type { CalendarQuery } from '../schemas';
import { eventsBetween, matchesFilters, type CalendarEvent } from './list-calendar';

/** What a subscribed calendar holds: the last month (so a recent change still reaches it) and half a year ahead. */
const FEED_DAYS_BACK = 31;
const FEED_DAYS_AHEAD = 183;
/** Events asked of each module for the feed: a bound on the work, above half a year of a town's programme. */
const FEED_EVENTS_PER_SOURCE = 3000;

function feedEvent(event: CalendarEvent, baseUrl: string, host: string): ICalEvent {
  const url = `${baseUrl}${event.href}`;
  return {
    uid: `${event.id}@${host}`,
    start: event.startsAt,
    end: event.endsAt,
    summary: event.cancelled ? `Abgesagt: ${event.title}` : event.title,
    description: [`${event.area} · ${event.audience}`, url].join('\n\n'),
    ...(event.place ? { location: event.place } : { location: 'Online' }),
    url,
    sequence: event.sequence,
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    categories: [event.area],
    // The event's public page leads to the room; a public feed never carries a personal join link.
    ...(event.online ? { conferences: [{ uri: url, features: ['VIDEO'], label: 'Zugang über die Veranstaltungsseite' }] } : {}),
  };
}

/**
 * `/bildung/kalender.ics`: every module's events of the last month and the next half year as one
 * iCalendar to subscribe to, with the calendar page's filters (offer, place, audience).
 */
export async function calendarFeed(input: Omit<CalendarQuery, 'von'>, deps: ModuleDeps, now = new Date()): Promise<{ body: string; failed: string[] }> {
  const today = berlinDay(now);
  const found = await eventsBetween(
    berlinDayStart(addDays(today, -FEED_DAYS_BACK)),
    berlinDayStart(addDays(today, FEED_DAYS_AHEAD)),
    FEED_EVENTS_PER_SOURCE,
    deps,
  );
  const { baseUrl, municipality } = deps.config;
  const host = new URL(baseUrl).host;
  const body = writeCalendar({
    prodId: `-//${municipality.name}//Stadtportal//DE`,
    name: `Bildung in ${municipality.name}: Veranstaltungen`,
    description: 'Kurse, Webinare und Veranstaltungen der Bildungsangebote der Stadt.',
    url: `${baseUrl}${PATHS.calendarFeed}`,
    refreshMinutes: 360,
    stamp: now,
    events: found.events.filter((event) => matchesFilters(event, input)).map((event) => feedEvent(event, baseUrl, host)),
  });
  return { body, failed: found.failed };
}
