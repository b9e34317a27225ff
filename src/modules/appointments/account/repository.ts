import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { normalisedEmail } from '../limits/person-limits';
import type { BookingKind, BookingState } from '../tables';

/** One booking as the citizen account lists it and "Meine Daten" exports it. */
export interface AccountBooking {
  id: string;
  reference: string;
  kind: BookingKind;
  state: BookingState;
  day: string;
  startsAt: Date | null;
  endsAt: Date | null;
  location: string;
  services: string[];
  name: string | null;
  email: string | null;
  phone: string | null;
  /** Whether the account made it (listed on /konto/termine) or it only carries the account's address. */
  madeByAccount: boolean;
  createdAt: Date;
  cancelledAt: Date | null;
}

const dateOrNull = (value: string | Date | null) => (value === null ? null : new Date(value));

/**
 * The bookings of an account, in time order: those it made, and with `alsoByEmail` those made without
 * logging in under its address (Meine Daten, the erasure). Someone else's booking is never among them.
 */
export async function bookingsOfAccount(db: Executor, user: { id: string; email: string }, { alsoByEmail = false } = {}): Promise<AccountBooking[]> {
  const rows = await queryRows<
    Omit<AccountBooking, 'startsAt' | 'endsAt' | 'createdAt' | 'cancelledAt'> &
      Record<'startsAt' | 'endsAt' | 'createdAt' | 'cancelledAt', string | Date | null>
  >(
    db,
    sql`select b.id, b.reference, b.kind, b.state, b.day, b.starts_at as "startsAt", b.ends_at as "endsAt", l.name as "location",
        coalesce((select json_agg(s.name order by bs.position, s.name) from appointment_booking_services bs
          join appointment_services s on s.id = bs.service_id where bs.booking_id = b.id), '[]'::json) as "services",
        b.name, b.email, b.phone, b.user_id is not distinct from ${user.id}::uuid as "madeByAccount", b.created_at as "createdAt", b.cancelled_at as "cancelledAt"
      from appointment_bookings b join appointment_locations l on l.id = b.location_id
      where b.user_id = ${user.id} ${alsoByEmail ? sql`or lower(b.email) = ${normalisedEmail(user.email)}` : sql``}
      order by b.day, b.starts_at nulls last, b.created_at`,
  );
  return rows.map((row) => ({
    ...row,
    startsAt: dateOrNull(row.startsAt),
    endsAt: dateOrNull(row.endsAt),
    createdAt: new Date(row.createdAt!),
    cancelledAt: dateOrNull(row.cancelledAt),
  }));
}

/** Whether a booking still lies ahead: not cancelled, missed or done, and its day not past. */
export function isUpcoming(booking: Pick<AccountBooking, 'state' | 'day'>, today: string): boolean {
  return ['booked', 'waiting', 'called'].includes(booking.state) && booking.day >= today;
}
