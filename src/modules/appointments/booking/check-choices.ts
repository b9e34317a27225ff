import type { Executor } from '../../../kernel/db';
import type { FieldErrors } from '../../../kernel/http';
import type { BookingChoices } from './choices';
import {
  dayRefusal,
  freeTimesOfDay,
  noFreeTimeMessage,
  planPlace,
  planServices,
  startOf,
  type BookingWindow,
  type PlannedPlace,
  type PlannedService,
} from './plan';

/** The step pages in order; a refusal names the one to show again. */
export type BookingStep = 'services' | 'location' | 'day' | 'time' | 'details';

export const TAKEN_MESSAGE = 'Diese Uhrzeit ist inzwischen vergeben. Wählen Sie bitte eine andere Uhrzeit.';

export type CheckedChoices =
  { ok: true; services: PlannedService[]; place: PlannedPlace; day: string; startsAt: Date } | { ok: false; step: BookingStep; errors: FieldErrors };

/**
 * Every choice of the booking checked in the steps' order, the first wrong one named with its step:
 * the services exist and are active with their numbers of persons, the location offers all of them,
 * the day is neither past nor beyond the window, and the time is a free start of that day now.
 */
export async function checkChoices(db: Executor, choices: BookingChoices, window: BookingWindow): Promise<CheckedChoices> {
  const services = await planServices(db, choices);
  if (!services.ok) return { ok: false, step: 'services', errors: services.errors };
  const place = await planPlace(db, services.services, choices.location);
  if (!place.ok) return { ok: false, step: 'location', errors: place.errors };
  return checkTime(db, { services: services.services, place }, choices, window);
}

/** The day and the time of a booking whose services and place are settled (also a rebooking's). */
export async function checkTime(
  db: Executor,
  { services, place }: { services: PlannedService[]; place: PlannedPlace },
  choices: Pick<BookingChoices, 'day' | 'time' | 'hold'>,
  window: BookingWindow,
): Promise<CheckedChoices> {
  const refusal = dayRefusal(choices.day, window);
  if (refusal || !choices.day) return { ok: false, step: 'day', errors: { tag: refusal ?? 'Wählen Sie einen Tag aus.' } };
  const times = await freeTimesOfDay(db, place, window, choices.day, choices.hold);
  if (times.length === 0) return { ok: false, step: 'day', errors: { tag: await noFreeTimeMessage(db, place, window, choices.day) } };
  if (!choices.time) return { ok: false, step: 'time', errors: { zeit: 'Wählen Sie eine Uhrzeit aus.' } };
  const free = times.find((time) => time.time === choices.time);
  const startsAt = startOf(choices.day, choices.time);
  if (!free || !startsAt) return { ok: false, step: 'time', errors: { zeit: TAKEN_MESSAGE } };
  // Try first the counters that were free at the check; takeUnits reads them again under its lock.
  return { ok: true, services, place: { ...place, counterIds: free.start.counterIds }, day: choices.day, startsAt };
}
