import type { FastifyInstance } from 'fastify';
import { ICAL_CONTENT_TYPE } from '../../kernel/ical';
import type { ModuleDeps } from '../../kernel/module';
import { PATHS } from './paths';
import { calendarQuery, today } from './schemas';
import { calendarFeed } from './use-cases/calendar-feed';
import { educationOffers, eventTables, listCalendar } from './use-cases/list-calendar';
import { upcomingEvents } from './use-cases/upcoming-events';
import { CalendarPage } from './views/calendar-page';
import { HomePage } from './views/home-page';

/**
 * The hub `/bildung` and the calendar. Both show public events only and are cached for anonymous
 * visitors until a table an event source reads changes, and at most a quarter of an hour: "the next
 * events" and "today" move with the clock. A page that says a source failed is never kept.
 */
export function educationRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const pageCache = { tables: eventTables(deps), maxSeconds: 900 };
  const home = { href: PATHS.home, label: 'Bildung' };

  app.get(PATHS.home, { config: { pageCache } }, async (_request, reply) => {
    const upcoming = await upcomingEvents(deps);
    return reply.page({
      title: 'Bildung',
      breadcrumbs: [{ href: '/', label: 'Startseite' }],
      body: <HomePage offers={educationOffers(deps)} upcoming={upcoming} />,
      keepOutOfCache: upcoming.failed.length > 0,
    });
  });

  app.get(PATHS.calendar, { config: { pageCache } }, async (request, reply) => {
    const query = calendarQuery(today()).parse(request.query ?? {});
    const calendar = await listCalendar(query, deps);
    return reply.page({
      title: 'Veranstaltungskalender',
      breadcrumbs: [{ href: '/', label: 'Startseite' }, home],
      body: <CalendarPage query={query} calendar={calendar} />,
      keepOutOfCache: calendar.failed.length > 0,
    });
  });

  app.get(PATHS.calendarFeed, async (request, reply) => {
    // The feed runs from today whatever `von` says; the filters are the page's.
    const feed = await calendarFeed(calendarQuery(today()).parse(request.query ?? {}), deps);
    // Calendar programs fetch it every few hours; a proxy may keep it for a quarter of an hour, not when a source failed.
    return reply
      .type(ICAL_CONTENT_TYPE)
      .header('cache-control', feed.failed.length > 0 ? 'no-store' : 'public, max-age=900')
      .header('content-disposition', 'inline; filename="bildung-kalender.ics"')
      .send(feed.body);
  });
}
