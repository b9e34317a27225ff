import { sql } from 'drizzle-orm';
import { moduleSettings } from '../../../kernel/config';
import { queryRows } from '../../../kernel/db';
import { sendMail } from '../../../kernel/mail';
import type { ModuleDeps } from '../../../kernel/module';
import { normaliseMobileNumber, sendSms } from '../../../kernel/sms';
import { addDays, berlinDay, berlinMoment } from '../../../kernel/time';
import { bookingFacts, manageUrlOf } from '../mails/booking-facts';
import { appointmentSettings } from '../settings';
import { reminderMail, reminderSms } from './reminder-texts';

/** Bookings claimed and reminded per transaction; a run goes on until none is left. */
const BATCH = 100;

/**
 * The reminder the day before (issue 14): from `reminderHour` (Berlin) on the day before, each booking
 * still `booked` for tomorrow gets one mail with the booking's summary and, when it has a mobile
 * number, one SMS. A booking made after that hour is left alone (its confirmation just went out).
 * Each batch is claimed and reminded in one transaction with `update … where reminder_sent_at is null
 * … for update skip locked … returning`, so a booking is reminded once, however often the job runs and
 * however many processes run it; a failure rolls the claim back with the messages. Returns how many
 * bookings were reminded.
 */
export async function sendReminders(deps: Pick<ModuleDeps, 'db' | 'config'>, now = new Date()): Promise<number> {
  const settings = moduleSettings(deps, appointmentSettings);
  const today = berlinDay(now);
  const from = berlinMoment(today, `${String(settings.reminderHour).padStart(2, '0')}:00`) ?? now;
  if (now < from) return 0;
  const tomorrow = addDays(today, 1);
  const link = { baseUrl: deps.config.baseUrl, secret: deps.config.secret };
  let reminded = 0;
  for (;;) {
    const claimed = await deps.db.transaction(async (tx) => {
      const rows = await queryRows<{ id: string }>(
        tx,
        sql`update appointment_bookings set reminder_sent_at = ${now}
          where id in (
            select id from appointment_bookings
            where day = ${tomorrow} and state = 'booked' and kind = 'online' and reminder_sent_at is null
              and created_at < ${from} and (email is not null or phone is not null)
            order by starts_at limit ${BATCH} for update skip locked
          ) and reminder_sent_at is null
          returning id`,
      );
      for (const { id } of rows) {
        const facts = await bookingFacts(tx, id);
        if (!facts) continue;
        const manageUrl = manageUrlOf(link, id);
        if (facts.email) await sendMail(tx, { to: facts.email, ...reminderMail(facts, manageUrl, deps.config) });
        // The booking form stores E.164; a number typed otherwise (entered by hand) is read the same way, and one
        // that takes no SMS (a landline) gets the mail only, so it never blocks the batch.
        const mobile = facts.phone ? normaliseMobileNumber(facts.phone) : null;
        if (mobile) await sendSms(tx, { to: mobile, text: reminderSms(facts, manageUrl) });
      }
      return rows.length;
    });
    reminded += claimed;
    if (claimed < BATCH) return reminded;
  }
}
