import { NotificationBanner, SummaryList } from '../../../../kernel/views';
import type { LibraryEvent } from '../../tables';
import { whenText, whereText } from '../presenters';

/** An event's public page: when, where, for whom and how to take part; a cancellation first. */
export function EventPage({ event, calendarHref }: { event: LibraryEvent; calendarHref: string }) {
  return (
    <>
      {event.cancellationReason !== null && (
        <NotificationBanner kind="warning" title="Diese Veranstaltung fällt aus">
          {event.cancellationReason}
        </NotificationBanner>
      )}
      <h1>{event.title}</h1>
      <p class="lead">{event.summary}</p>
      <SummaryList
        rows={[
          { key: 'Wann', value: whenText(event) },
          { key: 'Wo', value: whereText(event) },
          { key: 'Für wen', value: event.audience },
          ...(event.admission ? [{ key: 'Teilnahme', value: event.admission }] : []),
        ]}
      />
      {event.description
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph) => (
          <p>{paragraph.trim()}</p>
        ))}
      <p>
        <a href={calendarHref}>Alle Veranstaltungen der Stadtbücherei im Kalender</a>
      </p>
    </>
  );
}
