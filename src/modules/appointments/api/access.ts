import type { ApiClient } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { errors } from '../../../kernel/http';
import { findLocationById, findLocationBySlug, findServedBooking, listServedLocations, type ServedBooking, type ServedLocation } from '../office/repository';

/** A Fachbereich's token sees the locations its Fachbereich runs; a portal-wide token (no Fachbereich) sees all. */
export function clientSees(client: ApiClient, location: { departmentId: string }): boolean {
  return client.departmentId === null || client.departmentId === location.departmentId;
}

export async function locationsForClient(db: Executor, client: ApiClient): Promise<ServedLocation[]> {
  return (await listServedLocations(db)).filter((location) => clientSees(client, location));
}

/** A location the token may see; else the same 404 as for one that does not exist. */
export async function locationForClient(db: Executor, client: ApiClient, slug: string): Promise<ServedLocation> {
  const location = await findLocationBySlug(db, slug);
  if (!location || !clientSees(client, location)) throw errors.notFoundOrForbidden('Der Standort');
  return location;
}

/** A booking (by its reference) at a location the token may see, locked when `forUpdate`; else 404. */
export async function bookingForClient(
  db: Executor,
  client: ApiClient,
  reference: string,
  forUpdate = false,
): Promise<{ booking: ServedBooking; location: ServedLocation }> {
  const booking = await findServedBooking(db, { reference }, forUpdate);
  const location = booking ? await findLocationById(db, booking.locationId) : undefined;
  if (!booking || !location || !clientSees(client, location)) throw errors.notFoundOrForbidden('Der Termin');
  return { booking, location };
}
