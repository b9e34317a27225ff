import type { Executor } from '../../../kernel/db';
import type { FieldErrors } from '../../../kernel/http';
import type { BookingChoices } from './choices';
import { holdHashOf, runningHold, type HeldRun } from '../slots/hold-units';
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
  | {
      ok: true;
      services: PlannedService[];
      place: PlannedPlace;
      day: string;
      startsAt: Date;
      /** Until when the person's hold keeps exactly this time for them (undefined: no such hold, the time was free). */
      heldUntil?: Date;
    }
  | { ok: false; step: BookingStep; errors: FieldErrors };

/**
 * Every choice of the booking checked in the steps' order, the first wrong one named with its step:
 * the services exist and are active with their numbers of persons, the location offers all of them,
 * the day is neither past nor beyond the window, and the time is a free start of that day now.
 */
export async function checkChoices(db: Executor, choices: BookingChoices, window: BookingWindow): Promise<CheckedChoices> {
  const settled = await checkPlace(db, choices);
  return settled.ok ? checkTime(db, settled, choices, window) : settled;
}

export type CheckedPlace = { ok: true; services: PlannedService[]; place: PlannedPlace } | { ok: false; step: BookingStep; errors: FieldErrors };

/** The services and the location of the choices (the steps before the day), from kept rows: no statement as a rule. */
export async function checkPlace(db: Executor, choices: BookingChoices): Promise<CheckedPlace> {
  const services = await planServices(db, choices);
  if (!services.ok) return { ok: false, step: 'services', errors: services.errors };
  const place = await planPlace(db, services.services, choices.location);
  if (!place.ok) return { ok: false, step: 'location', errors: place.errors };
  return { ok: true, services: services.services, place };
}

/**
 * The day and the time of a booking whose services and place are settled (also a rebooking's). A
 * running hold of the person on exactly this run of units settles the time by itself: the units are
 * theirs until it ends, so the day's free times need not be read again (one small statement instead
 * of the day's, on the details page and at the booking; in a release rush that is most of them).
 */
export async function checkTime(
  db: Executor,
  { services, place }: { services: PlannedService[]; place: PlannedPlace },
  choices: Pick<BookingChoices, 'day' | 'time' | 'hold'>,
  window: BookingWindow,
): Promise<CheckedChoices> {
  const refusal = dayRefusal(choices.day, window);
  if (refusal || !choices.day) return { ok: false, step: 'day', errors: { tag: refusal ?? 'Wählen Sie einen Tag aus.' } };
  const startsAt = choices.time ? startOf(choices.day, choices.time) : undefined;
  const held = startsAt && choices.hold ? await runningHold(db, holdHashOf(choices.hold)) : undefined;
  if (held && startsAt && startsAt > window.now && keepsTheRun(held, place, startsAt)) {
    return { ok: true, services, place: { ...place, counterIds: [held.counterId] }, day: choices.day, startsAt, heldUntil: held.until };
  }
  const times = await freeTimesOfDay(db, place, window, choices.day, choices.hold);
  if (times.length === 0) return { ok: false, step: 'day', errors: { tag: await noFreeTimeMessage(db, place, window, choices.day) } };
  if (!choices.time) return { ok: false, step: 'time', errors: { zeit: 'Wählen Sie eine Uhrzeit aus.' } };
  const free = times.find((time) => time.time === choices.time);
  if (!free || !startsAt) return { ok: false, step: 'time', errors: { zeit: TAKEN_MESSAGE } };
  // Try first the counters that were free at the check; takeUnits reads them again under its lock.
  return { ok: true, services, place: { ...place, counterIds: free.start.counterIds }, day: choices.day, startsAt };
}

/** Whether a hold keeps exactly the run the booking needs: from its start, as many units, at a counter offering every service. */
function keepsTheRun(held: HeldRun, place: PlannedPlace, startsAt: Date): boolean {
  return held.startsAt.getTime() === startsAt.getTime() && held.units === place.units && place.counterIds.includes(held.counterId);
}
