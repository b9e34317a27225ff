/**
 * Runs after the portal stopped (PGlite admits one process): what the rush left in the database.
 * Overbookings (a course with more booked participants than seats, or a counter that disagrees),
 * and the mails: every waitlisted participant must have exactly one waitlist mail, every booked one
 * exactly one confirmation. Prints one JSON line.
 */
import { sql } from 'drizzle-orm';
import { openAndMigrate } from '../../src/bootstrap';
import { loadConfig } from '../../src/kernel/config';
import { queryRows } from '../../src/kernel/db';
import { MODULES } from '../../src/registry';

const config = loadConfig(process.env, MODULES);
const { database } = await openAndMigrate(config, MODULES);
try {
  const { db } = database;
  const [overbooked] = await queryRows<{ courses: number }>(
    db,
    sql`select count(*)::int as courses from vhs_courses c
        where c.seats_taken > c.max_participants
           or c.seats_taken <> (select count(*) from vhs_bookings b where b.course_id = c.id and b.state = 'booked')`,
  );
  // Mails per booking: the subject names the booking's reference, so each booking's own mails are counted.
  const mails = await queryRows<{ state: string; bookings: number; exactly_one: number }>(
    db,
    sql`select b.state, count(*)::int as bookings,
               count(*) filter (where (select count(*) from mail_outbox m
                 where m.to_address = u.email and m.subject like '%(' || b.reference || ')'
                   and m.subject like case b.state when 'waitlisted' then 'Warteliste:%' else 'Buchungsbestätigung:%' end) = 1)::int as exactly_one
        from vhs_bookings b join users u on u.id = b.booker_id
        group by b.state`,
  );
  process.stdout.write(`${JSON.stringify({ overbookedCourses: overbooked?.courses ?? -1, mails })}\n`);
} finally {
  await database.close();
}
