import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';

/** "A 017": the location's prefix and the number, three digits (more after 999 people in a day). */
export function formatTicket(prefix: string, number: number): string {
  return `${prefix} ${String(number).padStart(3, '0')}`;
}

/**
 * The next call-up number of a day at a location, inside the caller's transaction. A lock per location
 * and day (held until the transaction ends) puts parallel check-ins one after the other, so each reads
 * the highest number after the one before was written; the unique index
 * `appointment_bookings_ticket_key` would refuse a duplicate if anything went around the lock.
 * Callers take this lock last (after their booking's row), so no two transactions wait on each other in a circle.
 */
export async function nextTicket(tx: Executor, location: { id: string; ticketPrefix: string }, day: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`appointments.ticket:${location.id}:${day}`}, 0))`);
  const [row] = await queryRows<{ last: number }>(
    tx,
    sql`select coalesce(max(substring(ticket from '[0-9]+$')::int), 0) as "last"
      from appointment_bookings where location_id = ${location.id} and day = ${day} and ticket is not null`,
  );
  return formatTicket(location.ticketPrefix, (row?.last ?? 0) + 1);
}
