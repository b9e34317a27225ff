import { berlinTime } from '../../../kernel/time';
import type { PlannedPlace, PlannedService } from './plan';

const LONG_DAY = new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Dienstag, 8. Dezember 2026" for a Berlin day `YYYY-MM-DD`. */
export function longDay(day: string): string {
  return LONG_DAY.format(new Date(`${day}T12:00:00Z`));
}

/** "Personalausweis beantragen (für 2 Personen), Meldebescheinigung". */
export function servicesText(services: readonly PlannedService[]): string {
  return services.map((service) => (service.quantity > 1 ? `${service.name} (für ${service.quantity} Personen)` : service.name)).join(', ');
}

/** How long the visit is planned, in whole units. */
export function durationText(place: PlannedPlace): string {
  return `etwa ${place.units * place.location.slotMinutes} Minuten`;
}

/** The line above the day and time questions: what, where, how long. */
export function choiceSummary(services: readonly PlannedService[], place: PlannedPlace): string {
  return `${servicesText(services)} im ${place.location.name}, ${durationText(place)}.`;
}

/** "Dienstag, 8. Dezember 2026, 09:00 Uhr". */
export function startText(day: string, startsAt: Date): string {
  return `${longDay(day)}, ${berlinTime(startsAt)} Uhr`;
}
