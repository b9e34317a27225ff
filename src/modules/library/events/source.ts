import type { EventSource, PublicEvent } from '../../../kernel/module';
import { LIBRARY_PATHS } from '../paths';
import { EVENT_PATHS } from './paths';
import { eventsStartingBetween, type CalendarEventRow } from './repository';

function toPublicEvent(event: CalendarEventRow): PublicEvent {
  return {
    id: `library-event-${event.id}`,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    place: event.place || null,
    online: event.online,
    audience: event.audience,
    href: EVENT_PATHS.event(event.id),
    cancelled: event.cancellationReason !== null,
    sequence: event.sequence,
  };
}

/** The library's events for the education calendar (ADR 18). */
export const libraryEventSource: EventSource = {
  area: 'Stadtbücherei',
  href: LIBRARY_PATHS.catalogue,
  description: 'Medien suchen, ausleihen und vormerken, dazu Lesungen, Bilderbuchkino und Sprechstunden.',
  tables: ['library_events'],
  list: async ({ from, to, limit }, { db }) => (await eventsStartingBetween(db, from, to, limit)).map(toPublicEvent),
};
