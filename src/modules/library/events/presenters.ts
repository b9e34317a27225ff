import { berlinDay, berlinTime } from '../../../kernel/time';
import type { LibraryEvent } from '../tables';

const longDay = new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' });

/** "Mittwoch, 9. Dezember 2026, 16:00–17:00 Uhr" (an event over midnight names both days). */
export function whenText(event: Pick<LibraryEvent, 'startsAt' | 'endsAt'>): string {
  if (berlinDay(event.startsAt) !== berlinDay(event.endsAt)) {
    return `${longDay.format(event.startsAt)}, ${berlinTime(event.startsAt)} Uhr bis ${longDay.format(event.endsAt)}, ${berlinTime(event.endsAt)} Uhr`;
  }
  return `${longDay.format(event.startsAt)}, ${berlinTime(event.startsAt)}–${berlinTime(event.endsAt)} Uhr`;
}

/** "Stadtbücherei, Kinderbücherei und online" / "Online". */
export function whereText(event: Pick<LibraryEvent, 'place' | 'online'>): string {
  if (!event.place) return 'Online';
  return event.online ? `${event.place} und online` : event.place;
}

/** The staff form's values of a stored event (day and times in Berlin). */
export function formValues(event: LibraryEvent): Record<string, string> {
  return {
    titel: event.title,
    kurzbeschreibung: event.summary,
    beschreibung: event.description,
    ort: event.place,
    ...(event.online ? { online: 'ja' } : {}),
    zielgruppe: event.audience,
    teilnahme: event.admission,
    tag: berlinDay(event.startsAt),
    beginn: berlinTime(event.startsAt),
    ende: berlinTime(event.endsAt),
  };
}
