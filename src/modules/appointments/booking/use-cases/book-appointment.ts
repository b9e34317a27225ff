import type { Actor } from '../../../../kernel/auth';
import { moduleSettings } from '../../../../kernel/config';
import { audit } from '../../../../kernel/audit';
import { guardAgainstSpam, type FieldErrors, type RateLimitRule } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { appointmentSettings } from '../../settings';
import { checkChoices, TAKEN_MESSAGE, type BookingStep } from '../check-choices';
import type { BookingChoices } from '../choices';
import { limitMessage } from '../limit-messages';
import { PlacementRolledBack, placeBooking, sameBookingMadeJustNow, type BookingPerson, type Placed } from '../place-booking';
import { bookingWindow, startOf } from '../plan';
import { activeLocationBySlug } from '../repository';
import { holdHashOf } from '../../slots/hold-units';

/** The form's name in its spam stamp. */
export const BOOKING_FORM = 'appointments.book';
/** A family books a few appointments in an hour; a bot hammering the form does not get far. */
export const BOOKING_RATE_LIMIT: RateLimitRule = { limit: 10, windowSeconds: 3600 };

export interface BookingRequest {
  choices: BookingChoices;
  /** A guest's name and address; ignored when logged in (the account's are used). */
  contact: { name?: string | undefined; email?: string | undefined; phone: string | null };
  /** The form as sent, for the spam guard. */
  fields: Record<string, unknown>;
  ip: string;
  now?: Date;
}

export type BookOutcome =
  | { ok: true; booking: Placed }
  /** The step page to show again with the messages (400); `accountRequiredUntil` adds the way to log in. */
  | { ok: false; step: BookingStep; errors: FieldErrors; accountRequiredUntil?: string };

/**
 * Books an appointment for a guest or the logged-in citizen: every choice checked first (the step it
 * belongs to named when wrong), then the spam guard, then ONE transaction that locks the person,
 * checks their limits, writes the booking, takes its units and queues the confirmation mail with the
 * audit entry; when someone else took the units meanwhile, nothing stays and the time page comes
 * back with fresh times. Safe to repeat: the same POST again gets the same booking.
 */
export async function bookAppointment(actor: Actor, request: BookingRequest, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<BookOutcome> {
  const now = request.now ?? new Date();
  const settings = moduleSettings(deps, appointmentSettings);
  const checked = await checkChoices(deps.db, request.choices, bookingWindow(settings, now));
  if (!checked.ok) return (await earlierCopysBooking(actor, request, deps, now)) ?? checked;
  const spam = await passSpamGuard(request, deps);
  if (!spam.ok) return { ok: false, step: 'details', errors: spam.errors };

  const person: BookingPerson = actor
    ? { name: actor.displayName, email: actor.email, phone: request.contact.phone, user: { id: actor.id, emailVerified: actor.emailVerified } }
    : { name: request.contact.name ?? '', email: request.contact.email ?? '', phone: request.contact.phone, user: null };
  if (!person.name || !person.email) throw new Error('bookAppointment: a guest without name or address passed the form');
  try {
    const booking = await deps.db.transaction(async (tx) => {
      const heldBy = request.choices.hold ? holdHashOf(request.choices.hold) : undefined;
      const placed = await placeBooking(tx, { ...checked, person, heldBy }, { config: deps.config, settings, now });
      await audit(tx, actor, {
        action: 'appointments.booking.created',
        objectType: 'appointment_booking',
        objectId: placed.id,
        details: { reference: placed.reference, location: checked.place.location.slug, day: checked.day },
        ip: request.ip,
      });
      return placed;
    });
    return { ok: true, booking };
  } catch (error) {
    if (!(error instanceof PlacementRolledBack)) throw error;
    const { refusal } = error;
    if (refusal.reason === 'taken') return { ok: false, step: 'time', errors: { zeit: TAKEN_MESSAGE } };
    return {
      ok: false,
      step: 'details',
      errors: { [actor ? 'buchung' : 'email']: limitMessage(refusal.refusal, checked.services) },
      ...(refusal.refusal.reason === 'account_required' ? { accountRequiredUntil: refusal.refusal.until } : {}),
    };
  }
}

function passSpamGuard(request: BookingRequest, deps: Pick<ModuleDeps, 'db' | 'config'>) {
  return guardAgainstSpam(
    deps.db,
    { fields: request.fields, ip: request.ip },
    { secret: deps.config.secret, rule: { form: BOOKING_FORM, rateLimit: BOOKING_RATE_LIMIT } },
  );
}

/**
 * The form sent again (a reload, a double click) after its first copy took the last free time: the
 * check finds the time taken by that very booking, so the person gets it again, as `placeBooking`
 * answers a repeat while the time is still free elsewhere. Only behind the spam guard, like every
 * answer that gives a booking's link; when the guard refuses, the check's refusal stands unchanged,
 * so it tells nothing about who booked what.
 */
async function earlierCopysBooking(
  actor: Actor,
  request: BookingRequest,
  deps: Pick<ModuleDeps, 'db' | 'config'>,
  now: Date,
): Promise<BookOutcome | undefined> {
  const email = actor ? actor.email : request.contact.email;
  const { location, day, time } = request.choices;
  const place = location ? await activeLocationBySlug(deps.db, location) : undefined;
  const startsAt = day && time ? startOf(day, time) : undefined;
  if (!email || !place || !startsAt) return undefined;
  const heldBy = request.choices.hold ? holdHashOf(request.choices.hold) : undefined;
  const earlier = await sameBookingMadeJustNow(deps.db, deps.config, { locationId: place.id, startsAt, email, userId: actor?.id, heldBy }, now);
  if (!earlier || !(await passSpamGuard(request, deps)).ok) return undefined;
  return { ok: true, booking: earlier };
}
