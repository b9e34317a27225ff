import { requireSection, type Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayServe, mayServeAt } from '../../policies';
import { bookingsOfDay, countersOf, listServedLocations, type ServedBooking, type ServedCounter, type ServedLocation } from '../repository';
import { servedLocation } from './with-booking';

type Deps = Pick<ModuleDeps, 'db'>;

/** The locations whose day plan the actor may open (the start page of the section). */
export async function locationsToServe(actor: Actor, deps: Deps): Promise<ServedLocation[]> {
  requireSection(actor, mayServe);
  return (await listServedLocations(deps.db)).filter((location) => mayServeAt(actor, location));
}

export interface DayPlan {
  location: ServedLocation;
  day: string;
  counters: ServedCounter[];
  /** Per counter, its booked appointments in time order (walk-ins appear once called to it). */
  perCounter: Array<{ counter: ServedCounter; bookings: ServedBooking[] }>;
  /** Booked appointments without a counter (its counter was removed) and walk-ins not yet called. */
  unassigned: ServedBooking[];
  /** Checked in or walked in, not yet called: in the order they will be called. */
  queue: ServedBooking[];
  /** Called, being served now. */
  serving: ServedBooking[];
}

/** One day at one location, for staff who serve there (404 for anybody else). */
export async function showDayPlan(actor: Actor, input: { locationSlug: string; day: string }, deps: Deps): Promise<DayPlan> {
  const location = await servedLocation(actor, deps.db, input.locationSlug);
  const [counters, bookings] = await Promise.all([countersOf(deps.db, location.id), bookingsOfDay(deps.db, location.id, input.day)]);
  const counterOf = (booking: ServedBooking) => booking.calledCounterId ?? booking.counterId;
  const known = new Set(counters.map((counter) => counter.id));
  const queue = bookings
    .filter((booking) => booking.state === 'waiting')
    .sort((a, b) => (a.startsAt ?? a.checkedInAt ?? new Date(0)).getTime() - (b.startsAt ?? b.checkedInAt ?? new Date(0)).getTime());
  return {
    location,
    day: input.day,
    counters,
    perCounter: counters.map((counter) => ({ counter, bookings: bookings.filter((booking) => counterOf(booking) === counter.id) })),
    unassigned: bookings.filter((booking) => {
      const counter = counterOf(booking);
      return counter === null || !known.has(counter);
    }),
    queue,
    serving: bookings.filter((booking) => booking.state === 'called'),
  };
}
