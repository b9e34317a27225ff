import { sql } from 'drizzle-orm';
import { audit, type NamedActor } from '../../../kernel/audit';
import { moduleSettings } from '../../../kernel/config';
import { queryRows } from '../../../kernel/db';
import type { ModuleDeps } from '../../../kernel/module';
import { addDays, berlinDay, berlinDayStart } from '../../../kernel/time';
import { appointmentSettings } from '../settings';

/**
 * What erasing a booking's personal data sets (retention, account deletion): the contact, the link's
 * hash, and the account, so no booking can be tied to a person afterwards; the rest stays for the statistics.
 */
export const ERASED_CONTACT = sql`name = null, email = null, phone = null, manage_token_hash = null, user_id = null`;

const RETENTION_ACTOR: NamedActor = { id: null, label: 'System (Löschfristen)' };
/** Rows per statement, so a backlog (the first run after an upgrade) never holds a long lock. */
const BATCH = 1000;

export interface RetentionRun {
  /** Bookings whose name, e-mail, phone and link were erased. */
  erased: number;
  /** Free units of past days deleted. */
  unitsDeleted: number;
  /** Bookings of days before this one were erased. */
  before: string;
}

/** Calls `run` (one statement on at most BATCH rows, answering how many it changed) until it changes fewer; the total. */
async function inBatches(run: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let affected = BATCH; affected === BATCH; total += affected) affected = await run();
  return total;
}

/**
 * Appointment data deleted a configurable time after the day (issue 14): bookings whose day is more
 * than `retentionDays` ago lose name, e-mail, phone, the link's hash and the account (`erasedAt` says when); the row
 * stays without them for the statistics. Free units of those days only fill the table and are deleted;
 * booked ones stay with their bookings (the waiting and service times). One audit entry per run with
 * the counts, no personal data.
 */
export async function eraseExpiredAppointments(deps: Pick<ModuleDeps, 'db' | 'config'>, now = new Date()): Promise<RetentionRun> {
  const settings = moduleSettings(deps, appointmentSettings);
  const before = addDays(berlinDay(now), -settings.retentionDays);
  const erased = await inBatches(async () => {
    const rows = await queryRows<{ id: string }>(
      deps.db,
      sql`update appointment_bookings set ${ERASED_CONTACT}, erased_at = ${now}
        where id in (select id from appointment_bookings where day < ${before} and erased_at is null limit ${BATCH}) returning id`,
    );
    return rows.length;
  });
  const unitsDeleted = await inBatches(async () => {
    const rows = await queryRows<{ id: string }>(
      deps.db,
      sql`delete from appointment_slots where id in (
          select id from appointment_slots where booking_id is null and starts_at < ${berlinDayStart(before)} limit ${BATCH}
        ) returning id`,
    );
    return rows.length;
  });
  await audit(deps.db, RETENTION_ACTOR, {
    action: 'appointments.retention.erased',
    details: { erasedBookings: erased, deletedFreeUnits: unitsDeleted, daysBefore: before, retentionDays: settings.retentionDays },
  });
  return { erased, unitsDeleted, before };
}
