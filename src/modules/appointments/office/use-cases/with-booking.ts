import { loadAuthorized, requireSection, type Actor, type CurrentUser } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayServe, mayServeAt } from '../../policies';
import { findLocationById, findLocationBySlug, findServedBooking, type ServedBooking, type ServedLocation } from '../repository';

type Deps = Pick<ModuleDeps, 'db'>;

/** The location of a counter page, if the actor serves there; else the same 404 as for one that does not exist. */
export async function servedLocation(actor: Actor, db: Executor, slug: string): Promise<ServedLocation> {
  requireSection(actor, mayServe);
  return loadAuthorized(actor, () => findLocationBySlug(db, slug), mayServeAt, 'Der Standort');
}

/**
 * A counter's change of one booking: the section is checked first, then one transaction with the
 * booking's row locked (two counters acting on one person change it one after the other) and its
 * location checked by the policy (a booking of another Fachbereich answers 404, like a missing one).
 */
export async function withServedBooking<T>(
  actor: Actor,
  bookingId: string,
  { db }: Deps,
  work: (tx: Executor, booking: ServedBooking, location: ServedLocation, staff: CurrentUser) => Promise<T>,
): Promise<T> {
  requireSection(actor, mayServe);
  return db.transaction(async (tx) => {
    const booking = await findServedBooking(tx, { id: bookingId }, true);
    const location = booking ? await findLocationById(tx, booking.locationId) : undefined;
    const place = await loadAuthorized(actor, async () => location, mayServeAt, 'Der Termin');
    return work(tx, booking!, place, actor);
  });
}
