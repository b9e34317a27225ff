import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { appointmentNoShows } from '../tables';
import { emailHashOf } from './person-limits';

/** A missed appointment as it is counted against a person. */
export interface MissedBooking {
  bookingId: string;
  email: string;
  userId: string | null;
  day: string;
}

/**
 * Counts missed appointments against their people (a hash of the address, and the account), once per
 * booking (the unique index decides, so two processes may count at once); returns how many were new.
 * Used by the counter's button (`recordNoShow`) and the end-of-day job (lifecycle/no-shows.ts).
 */
export async function countNoShows(tx: Executor, missed: readonly MissedBooking[]): Promise<number> {
  if (missed.length === 0) return 0;
  const counted = await tx
    .insert(appointmentNoShows)
    .values(missed.map((booking) => ({ emailHash: emailHashOf(booking.email), userId: booking.userId, day: booking.day, bookingId: booking.bookingId })))
    .onConflictDoNothing({ target: appointmentNoShows.bookingId })
    .returning({ id: appointmentNoShows.id });
  return counted.length;
}

/**
 * Marks a booked appointment nobody came to as `no_show` at the counter and counts it against the
 * person, inside the caller's transaction. Only a `booked` booking changes; false when it was in
 * another state (nothing written). A booking without an address (entered by staff) is marked but
 * counts against nobody. The link to manage it ends with it.
 */
export async function recordNoShow(tx: Executor, bookingId: string): Promise<boolean> {
  const [row] = await queryRows<{ email: string | null; userId: string | null; day: string }>(
    tx,
    sql`update appointment_bookings set state = 'no_show', manage_token_hash = null
      where id = ${bookingId} and state = 'booked' returning email, user_id as "userId", day`,
  );
  if (!row) return false;
  if (row.email) await countNoShows(tx, [{ bookingId, email: row.email, userId: row.userId, day: row.day }]);
  return true;
}
