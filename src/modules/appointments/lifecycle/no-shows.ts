import { sql } from 'drizzle-orm';
import { moduleSettings } from '../../../kernel/config';
import { queryRows } from '../../../kernel/db';
import type { ModuleDeps } from '../../../kernel/module';
import { addDays, berlinDay } from '../../../kernel/time';
import { countNoShows } from '../limits/no-shows';
import { appointmentSettings } from '../settings';

export interface NoShowRun {
  /** Bookings of past days still `booked`, now `no_show`. */
  marked: number;
  /** No-shows newly counted against an address (also those the office marked at the counter). */
  counted: number;
  /** Counted no-shows older than `noShowWindowDays`, deleted. */
  forgotten: number;
}

/**
 * After the day (issue 14, no-shows counted): online bookings of past days nobody checked in for become
 * `no_show`. Each no-show with an address, also one the office marked at the counter, is counted once
 * in `appointment_no_shows` (a hash of the address and the account; unique by booking), as long as it
 * is within `noShowWindowDays`; older counts are deleted. Walk-ins never count. One transaction, so a
 * booking marked is counted with it; safe to repeat and to run in two processes at once (the update
 * takes each row once, the unique index decides the count).
 */
export async function recordNoShows(deps: Pick<ModuleDeps, 'db' | 'config'>, now = new Date()): Promise<NoShowRun> {
  const settings = moduleSettings(deps, appointmentSettings);
  const today = berlinDay(now);
  const windowStart = addDays(today, -settings.noShowWindowDays);
  return deps.db.transaction(async (tx) => {
    const marked = await queryRows<{ id: string }>(
      tx,
      sql`update appointment_bookings set state = 'no_show', manage_token_hash = null where state = 'booked' and kind = 'online' and day < ${today} returning id`,
    );
    const uncounted = await queryRows<{ id: string; email: string; userId: string | null; day: string }>(
      tx,
      sql`select b.id, b.email, b.user_id as "userId", b.day from appointment_bookings b
        where b.state = 'no_show' and b.kind = 'online' and b.email is not null and b.day >= ${windowStart} and b.day < ${today}
          and not exists (select 1 from appointment_no_shows n where n.booking_id = b.id)`,
    );
    const counted = await countNoShows(
      tx,
      uncounted.map((booking) => ({ bookingId: booking.id, email: booking.email, userId: booking.userId, day: booking.day })),
    );
    const forgotten = await queryRows<{ id: string }>(tx, sql`delete from appointment_no_shows where day < ${windowStart} returning id`);
    return { marked: marked.length, counted, forgotten: forgotten.length };
  });
}
