import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { emailHashOf } from '../limits/person-limits';

/**
 * Marks a booked appointment nobody came to as `no_show` and counts it against the person (a hash of
 * their address, and their account), inside the caller's transaction. The counter's button and the
 * end-of-day job (lifecycle) should both call this one function. Only a `booked` booking changes;
 * false when it was in another state (nothing written). A booking without an address (entered by
 * staff) is marked but counts against nobody. The link to manage it ends with it.
 */
export async function recordNoShow(tx: Executor, bookingId: string): Promise<boolean> {
  const [row] = await queryRows<{ email: string | null; userId: string | null; day: string }>(
    tx,
    sql`update appointment_bookings set state = 'no_show', manage_token_hash = null
      where id = ${bookingId} and state = 'booked' returning email, user_id as "userId", day`,
  );
  if (!row) return false;
  if (row.email) {
    await tx.execute(
      sql`insert into appointment_no_shows (email_hash, user_id, day, booking_id)
        values (${emailHashOf(row.email)}, ${row.userId}, ${row.day}, ${bookingId})
        on conflict (booking_id) do nothing`,
    );
  }
  return true;
}
