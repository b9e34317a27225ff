import { and, eq, inArray } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { isUuid, parseForm, refuse, type FieldErrors } from '../../../../kernel/http';
import { sendMail } from '../../../../kernel/mail';
import { normaliseMobileNumber, sendSms } from '../../../../kernel/sms';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { bookingFacts } from '../../mails/booking-facts';
import { releaseUnits } from '../../slots/take-units';
import { appointmentBookings, appointmentClosures, appointmentCounters, appointmentLocations } from '../../tables';
import { requirePlanner } from '../access';
import { closureMail, closureSms } from '../closures/closure-mail';
import { coveredBookingIds, type ClosureScope } from '../closures/covered-bookings';
import { regenerateLocation } from '../generate-units';
import { closureSchema } from '../schemas';

export type ClosureOutcome =
  | { ok: true; cancelled: number; mailed: number }
  | { ok: false; errors: FieldErrors }
  /** The closure covers booked appointments: the form asks to confirm cancelling this many. */
  | { ok: false; confirm: number; errors?: undefined };

/** The form's checks that need no database: the order of days and hours, not in the past. */
function scopeErrors(scope: Omit<ClosureScope, 'locationId' | 'counterId'>, today: string): FieldErrors {
  const found: FieldErrors = {};
  if (scope.firstDay < today) found.firstDay = 'Der erste Tag darf nicht in der Vergangenheit liegen.';
  if (scope.lastDay < scope.firstDay) found.lastDay = 'Der letzte Tag darf nicht vor dem ersten liegen.';
  if ((scope.fromTime === null) !== (scope.untilTime === null)) {
    found[scope.fromTime === null ? 'fromTime' : 'untilTime'] = 'Geben Sie Beginn und Ende an, oder keines von beiden für ganze Tage.';
  } else if (scope.fromTime && scope.untilTime && scope.untilTime <= scope.fromTime) {
    found.untilTime = 'Das Ende muss nach dem Beginn liegen.';
  }
  return found;
}

/**
 * A planner closes a location or one counter for days or hours (issue 14, points 1 and 3). When
 * appointments are booked in that time, the form first says how many and asks to confirm; then, in
 * one transaction: the closure, those bookings cancelled by the office, their units given back and
 * the covered free units withdrawn (the generator), and a mail to each person with the reason and
 * the link of their booking, where they choose a new time. (The SMS to those who gave a number is
 * the booking part's `kernel/sms`, not yet there.)
 */
export async function addClosure(actor: Actor, input: { body: unknown; ip?: string }, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<ClosureOutcome> {
  requirePlanner(actor);
  const parsed = parseForm(closureSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const { place, reason, confirmedCancellations } = parsed.data;
  const [locationId, counterId = null] = place.split(':') as [string, string?];
  const placeRow = await findPlace(deps.db, locationId, counterId);
  if (!placeRow) return refuse({ place: 'Wählen Sie einen Standort oder einen Platz aus der Liste.' });
  const now = new Date();
  const scope: ClosureScope = {
    locationId,
    counterId,
    firstDay: parsed.data.firstDay,
    lastDay: parsed.data.lastDay ?? parsed.data.firstDay,
    fromTime: parsed.data.fromTime ?? null,
    untilTime: parsed.data.untilTime ?? null,
  };
  const invalid = scopeErrors(scope, berlinDay(now));
  if (Object.keys(invalid).length > 0) return refuse(invalid);
  return deps.db.transaction(async (tx): Promise<ClosureOutcome> => {
    const covered = await coveredBookingIds(tx, scope, { now, lock: true });
    if (covered.length > 0 && confirmedCancellations !== covered.length) return { ok: false, confirm: covered.length };
    const [closure] = await tx
      .insert(appointmentClosures)
      .values({ ...scope, reason, createdBy: actor.id })
      .returning({ id: appointmentClosures.id });
    let mailed = 0;
    for (const bookingId of covered) {
      const facts = await bookingFacts(tx, bookingId);
      await tx
        .update(appointmentBookings)
        .set({ state: 'cancelled', cancelledBy: 'office', cancelledAt: now })
        .where(and(eq(appointmentBookings.id, bookingId), eq(appointmentBookings.state, 'booked')));
      await releaseUnits(tx, bookingId);
      if (facts?.email) {
        await sendMail(tx, closureMail(deps.config, { ...facts, email: facts.email }, reason));
        mailed++;
      }
      // A landline or a number typed oddly takes no SMS: the mail alone then.
      const mobile = facts?.phone ? normaliseMobileNumber(facts.phone) : null;
      if (facts && mobile) await sendSms(tx, { to: mobile, text: closureSms(deps.config, facts, reason) });
    }
    await regenerateLocation(tx, deps, locationId);
    const references = covered.length
      ? (await tx.select({ reference: appointmentBookings.reference }).from(appointmentBookings).where(inArray(appointmentBookings.id, covered))).map(
          (row) => row.reference,
        )
      : [];
    await audit(tx, actor, {
      action: 'appointments.closure.created',
      objectType: 'appointment_closure',
      objectId: closure!.id,
      details: { location: placeRow.name, ...scope, reason, cancelled: references },
      ip: input.ip,
    });
    return { ok: true, cancelled: covered.length, mailed };
  });
}

async function findPlace(db: ModuleDeps['db'], locationId: string, counterId: string | null): Promise<{ name: string } | undefined> {
  if (!isUuid(locationId) || (counterId !== null && !isUuid(counterId))) return undefined;
  if (counterId) {
    const [row] = await db
      .select({ name: appointmentCounters.name })
      .from(appointmentCounters)
      .where(and(eq(appointmentCounters.id, counterId), eq(appointmentCounters.locationId, locationId)));
    return row;
  }
  const [row] = await db.select({ name: appointmentLocations.name }).from(appointmentLocations).where(eq(appointmentLocations.id, locationId));
  return row;
}
