import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { manageTokenHashOf } from '../policies';
import { appointmentBookingServices, appointmentBookings, appointmentLocations, appointmentServices, type BookingState } from '../tables';

/** A booking as the citizen's manage page and its actions need it. */
export interface ManagedBooking {
  id: string;
  reference: string;
  state: BookingState;
  kind: 'online' | 'walk_in';
  locationId: string;
  locationSlug: string;
  day: string;
  startsAt: Date | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  userId: string | null;
  manageTokenHash: string | null;
  cancelledBy: 'citizen' | 'office' | null;
}

const columns = {
  id: appointmentBookings.id,
  reference: appointmentBookings.reference,
  state: appointmentBookings.state,
  kind: appointmentBookings.kind,
  locationId: appointmentBookings.locationId,
  locationSlug: appointmentLocations.slug,
  day: appointmentBookings.day,
  startsAt: appointmentBookings.startsAt,
  name: appointmentBookings.name,
  email: appointmentBookings.email,
  phone: appointmentBookings.phone,
  userId: appointmentBookings.userId,
  manageTokenHash: appointmentBookings.manageTokenHash,
  cancelledBy: appointmentBookings.cancelledBy,
};

/** By the link's secret (its hash is indexed) or by id; `forUpdate` locks the row for a change. */
export async function findManagedBooking(
  db: Executor,
  key: { secret: string } | { id: string },
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<ManagedBooking | undefined> {
  const where = 'secret' in key ? eq(appointmentBookings.manageTokenHash, manageTokenHashOf(key.secret)) : eq(appointmentBookings.id, key.id);
  const query = db
    .select(columns)
    .from(appointmentBookings)
    .innerJoin(appointmentLocations, eq(appointmentLocations.id, appointmentBookings.locationId))
    .where(where);
  const [row] = forUpdate ? await query.for('update', { of: appointmentBookings }) : await query;
  return row;
}

/** The services of a booking with their persons, in the booking's order. */
export function servicesOfBooking(db: Executor, bookingId: string): Promise<Array<{ slug: string; quantity: number }>> {
  return db
    .select({ slug: appointmentServices.slug, quantity: appointmentBookingServices.quantity })
    .from(appointmentBookingServices)
    .innerJoin(appointmentServices, eq(appointmentServices.id, appointmentBookingServices.serviceId))
    .where(eq(appointmentBookingServices.bookingId, bookingId))
    .orderBy(appointmentBookingServices.position);
}

/** The booking that replaced this one (a rebooking), if any. */
export async function replacementOf(db: Executor, bookingId: string): Promise<string | undefined> {
  const [row] = await db.select({ id: appointmentBookings.id }).from(appointmentBookings).where(eq(appointmentBookings.replacesId, bookingId)).limit(1);
  return row?.id;
}

/** Cancels a booked appointment by the citizen; false when it was no longer `booked` (nothing changed). */
export async function markCancelledByCitizen(db: Executor, bookingId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(appointmentBookings)
    .set({ state: 'cancelled', cancelledBy: 'citizen', cancelledAt: now })
    .where(and(eq(appointmentBookings.id, bookingId), eq(appointmentBookings.state, 'booked'), sql`${appointmentBookings.startsAt} > ${now}`))
    .returning({ id: appointmentBookings.id });
  return rows.length === 1;
}
