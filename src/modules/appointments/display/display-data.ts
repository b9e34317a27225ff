import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { errors } from '../../../kernel/http';
import { berlinDay } from '../../../kernel/time';

/** How many of the last calls the display shows (the newest first, large). */
const SHOWN_CALLS = 6;

/** What the waiting room sees: numbers and counters, never a name, e-mail or reference. */
export interface DisplayData {
  location: { slug: string; name: string };
  day: string;
  /** Checked in or walked in, not yet called. */
  waiting: number;
  /** The last called of the day, newest first. */
  calls: Array<{ ticket: string; counter: string; calledAt: string }>;
  updatedAt: string;
}

/**
 * The call-up display's data of a location today (404 for an unknown or inactive one). Public: it
 * holds what the screen in the waiting room shows anyway; the page, its script and the API read it.
 */
export async function displayData(db: Executor, slug: string, now = new Date()): Promise<DisplayData> {
  const day = berlinDay(now);
  const [location] = await queryRows<{ id: string; slug: string; name: string }>(
    db,
    sql`select id, slug, name from appointment_locations where slug = ${slug} and active`,
  );
  if (!location) throw errors.notFound('Der Standort');
  const [counts] = await queryRows<{ waiting: number }>(
    db,
    sql`select count(*)::int as "waiting" from appointment_bookings where location_id = ${location.id} and day = ${day} and state = 'waiting'`,
  );
  const calls = await queryRows<{ ticket: string; counter: string; calledAt: Date }>(
    db,
    sql`select b.ticket, c.name as "counter", b.called_at as "calledAt"
      from appointment_bookings b join appointment_counters c on c.id = b.called_counter_id
      where b.location_id = ${location.id} and b.called_at is not null and b.ticket is not null and b.day = ${day}
      order by b.called_at desc limit ${SHOWN_CALLS}`,
  );
  return {
    location: { slug: location.slug, name: location.name },
    day,
    waiting: counts?.waiting ?? 0,
    calls: calls.map((call) => ({ ticket: call.ticket, counter: call.counter, calledAt: new Date(call.calledAt).toISOString() })),
    updatedAt: now.toISOString(),
  };
}
