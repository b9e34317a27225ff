import { StatusTag } from '../../../kernel/views';
import { berlinDay, berlinTime } from '../../../kernel/time';
import type { CalendarEvent } from '../use-cases/list-calendar';

const dayHeading = new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' });

/** "18:00–19:30 Uhr"; an event over midnight names the end's day too. */
function timeRange(event: CalendarEvent): string {
  const sameDay = berlinDay(event.startsAt) === berlinDay(event.endsAt);
  const end = sameDay ? berlinTime(event.endsAt) : `${dayHeading.format(event.endsAt)}, ${berlinTime(event.endsAt)}`;
  return `${berlinTime(event.startsAt)}–${end} Uhr`;
}

function EventItem({ event, headingLevel }: { event: CalendarEvent; headingLevel: 2 | 3 }) {
  const Title = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <li class="event-list__item">
      <p class="event-list__time">
        <time datetime={event.startsAt.toISOString()}>{timeRange(event)}</time>
        {event.cancelled && (
          <>
            {' '}
            <StatusTag kind="danger">Fällt aus</StatusTag>
          </>
        )}
      </p>
      <Title class="event-list__title">
        <a href={event.href}>{event.title}</a>
      </Title>
      <p class="event-list__facts">
        {event.area} · {event.place ?? 'Online'}
        {event.online && event.place !== null ? ' und online' : ''} · {event.audience}
      </p>
    </li>
  );
}

/** Events grouped by their Berlin day under a heading of `headingLevel` (2 on the calendar, 3 under a section), titles one below. */
export function EventsByDay({ events, headingLevel }: { events: readonly CalendarEvent[]; headingLevel: 2 | 3 }) {
  const days = new Map<string, CalendarEvent[]>();
  for (const event of events) {
    const day = berlinDay(event.startsAt);
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {[...days].map(([day, dayEvents]) => (
        <section key={day} class="event-day" aria-label={dayHeading.format(dayEvents[0]!.startsAt)}>
          <Heading class="event-day__heading">{dayHeading.format(dayEvents[0]!.startsAt)}</Heading>
          <ul class="event-list">
            {dayEvents.map((event) => (
              <EventItem key={event.id} event={event} headingLevel={headingLevel} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
