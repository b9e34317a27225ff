import type { Executor } from '../../../kernel/db';
import type { FieldErrors } from '../../../kernel/http';
import { addDays, berlinDay, berlinDayStart, berlinMoment, berlinTime } from '../../../kernel/time';
import type { AppointmentSettings } from '../settings';
import { counterIdsOffering, freeStarts, type FreeStart, type FreeStartsQuery } from '../slots/free-starts';
import { freeDays } from './free-days';
import { unitsNeeded } from '../slots/units-needed';
import { holdHashOf } from '../slots/hold-units';
import type { BookingChoices } from './choices';
import { activeLocationBySlug, activeServicesBySlug, unitCountsOfDay, type LocationRow, type ServiceRow } from './repository';

/** A chosen service with its row. */
export type PlannedService = ServiceRow & { quantity: number };

export type StepResult<T> = ({ ok: true } & T) | { ok: false; errors: FieldErrors };

/** The services asked for: each active, each for 1 to its `maxQuantity` persons. */
export async function planServices(db: Executor, choices: BookingChoices): Promise<StepResult<{ services: PlannedService[] }>> {
  if (choices.services.length === 0) return { ok: false, errors: { dienst: 'Wählen Sie mindestens eine Dienstleistung aus.' } };
  const rows = await activeServicesBySlug(
    db,
    choices.services.map((service) => service.slug),
  );
  const errors: FieldErrors = {};
  const services: PlannedService[] = [];
  for (const chosen of choices.services) {
    const row = rows.find((service) => service.slug === chosen.slug);
    if (!row) {
      errors.dienst = 'Eine der gewählten Dienstleistungen kann nicht mehr gebucht werden. Wählen Sie die Dienstleistungen noch einmal aus.';
    } else if (chosen.quantity < 1 || chosen.quantity > row.maxQuantity) {
      errors[`anzahl-${row.slug}`] = `Wählen Sie für „${row.name}“ 1 bis ${row.maxQuantity} Personen.`;
    } else {
      services.push({ ...row, quantity: chosen.quantity });
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, services };
}

/** The location asked for, with the counters that offer every chosen service, and the units the booking needs there. */
export interface PlannedPlace {
  location: LocationRow;
  counterIds: string[];
  units: number;
}

export async function planPlace(db: Executor, services: readonly PlannedService[], slug: string | undefined): Promise<StepResult<PlannedPlace>> {
  const location = slug ? await activeLocationBySlug(db, slug) : undefined;
  if (!location) return { ok: false, errors: { standort: 'Wählen Sie einen Standort aus.' } };
  const counterIds = await counterIdsOffering(
    db,
    location.id,
    services.map((service) => service.id),
  );
  if (counterIds.length === 0) {
    return { ok: false, errors: { standort: `${location.name} bietet nicht alle gewählten Dienstleistungen an. Wählen Sie einen anderen Standort.` } };
  }
  return { ok: true, location, counterIds, units: unitsNeeded(services, location.slotMinutes) };
}

/** The booking window: from today to `windowDays` days ahead (Berlin days). */
export interface BookingWindow {
  now: Date;
  today: string;
  lastDay: string;
}

export function bookingWindow(settings: Pick<AppointmentSettings, 'windowDays'>, now: Date): BookingWindow {
  const today = berlinDay(now);
  return { now, today, lastDay: addDays(today, settings.windowDays) };
}

/** Why a day cannot be chosen before looking at its times: past or beyond the window. */
export function dayRefusal(day: string | undefined, window: BookingWindow): string | null {
  if (!day) return 'Wählen Sie einen Tag aus.';
  if (day < window.today) return 'Dieser Tag liegt in der Vergangenheit. Wählen Sie einen Tag ab heute.';
  if (day > window.lastDay) {
    return `Termine können nur bis zum ${germanDate(window.lastDay)} gebucht werden. Wählen Sie einen früheren Tag; spätere Termine werden nach und nach freigegeben.`;
  }
  return null;
}

/** "08.12.2026", as the portal writes dates (docs/design.md, "Formats"). */
export function germanDate(day: string): string {
  return day.split('-').reverse().join('.');
}

function later(a: Date, b: Date): Date {
  return a > b ? a : b;
}

function earlier(a: Date, b: Date): Date {
  return a < b ? a : b;
}

/** What citizens may book between two moments: released by now, starting after now, within the window. */
function citizensQuery(place: PlannedPlace, window: BookingWindow, from: Date, until: Date, heldBy?: string): FreeStartsQuery {
  const windowEnd = berlinDayStart(addDays(window.lastDay, 1));
  return {
    locationId: place.location.id,
    counterIds: place.counterIds,
    units: place.units,
    slotMinutes: place.location.slotMinutes,
    from: later(from, window.now),
    until: earlier(until, windowEnd),
    releasedBy: window.now,
    heldBy,
  };
}

/** The days of one month (`YYYY-MM`) with at least one free start for the booking (one statement). */
export function freeDaysOfMonth(db: Executor, place: PlannedPlace, window: BookingWindow, month: string): Promise<Set<string>> {
  const first = `${month}-01`;
  const next = addDays(first, 32).slice(0, 7);
  return freeDays(db, citizensQuery(place, window, berlinDayStart(first), berlinDayStart(`${next}-01`)));
}

/**
 * The free start times of one day, `HH:MM` with the counters free from then on (one statement); with a
 * hold's secret, the units it holds count as free (the person's own chosen time).
 */
export async function freeTimesOfDay(
  db: Executor,
  place: PlannedPlace,
  window: BookingWindow,
  day: string,
  hold?: string,
): Promise<Array<{ time: string; start: FreeStart }>> {
  const heldBy = hold ? holdHashOf(hold) : undefined;
  const starts = await freeStarts(db, citizensQuery(place, window, berlinDayStart(day), berlinDayStart(addDays(day, 1)), heldBy));
  return starts.map((start) => ({ time: berlinTime(start.startsAt), start }));
}

/**
 * Why a day has no free start time, for a day inside the window: the location (or every counter
 * offering the services) is closed that day (weekend, holiday, closure), more times are still to be
 * released, or it is booked up. One statement, asked only when the day has no free time.
 */
export async function noFreeTimeMessage(db: Executor, place: PlannedPlace, window: BookingWindow, day: string): Promise<string> {
  const { units, unreleased } = await unitCountsOfDay(db, {
    locationId: place.location.id,
    counterIds: place.counterIds,
    from: berlinDayStart(day),
    until: berlinDayStart(addDays(day, 1)),
    now: window.now,
  });
  if (units === 0) return 'An diesem Tag ist der Standort geschlossen. Wählen Sie einen anderen Tag.';
  if (unreleased > 0) {
    return 'An diesem Tag ist zurzeit kein Termin frei. Weitere Termine für diesen Tag werden später freigegeben: Wählen Sie einen anderen Tag, oder schauen Sie später noch einmal.';
  }
  return 'An diesem Tag ist kein Termin mehr frei. Wählen Sie einen anderen Tag.';
}

/** The moment of a chosen time on a chosen day (undefined for a time the clocks skip). */
export function startOf(day: string, time: string): Date | undefined {
  return berlinMoment(day, time);
}

/** The month asked for, else the chosen day's, else this one; always within the window. */
export function monthToShow(choices: Pick<BookingChoices, 'month' | 'day'>, window: BookingWindow): string {
  const wanted = choices.month ?? choices.day?.slice(0, 7) ?? window.today.slice(0, 7);
  const first = window.today.slice(0, 7);
  const last = window.lastDay.slice(0, 7);
  return wanted < first ? first : wanted > last ? last : wanted;
}
