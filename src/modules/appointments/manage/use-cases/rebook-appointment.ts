import type { Actor } from '../../../../kernel/auth';
import { audit } from '../../../../kernel/audit';
import { moduleSettings } from '../../../../kernel/config';
import type { Executor } from '../../../../kernel/db';
import type { FieldErrors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { checkTime, TAKEN_MESSAGE, type BookingStep } from '../../booking/check-choices';
import { limitMessage } from '../../booking/limit-messages';
import { PlacementRolledBack, placeBooking, type Placed } from '../../booking/place-booking';
import { bookingWindow, planPlace, planServices, type BookingWindow, type PlannedPlace, type PlannedService } from '../../booking/plan';
import { appointmentSettings } from '../../settings';
import { releaseUnits } from '../../slots/take-units';
import { awaitsNewTime, unchangeableReason } from '../changeable';
import { markCancelledByCitizen, replacementOf, servicesOfBooking, type ManagedBooking } from '../repository';
import { loadManagedBooking, type BookingKey } from './open-managed-booking';

/** The old booking was cancelled or moved by another request while this one waited for it. */
class ChangedMeanwhile extends Error {}

export type RebookPlan =
  | {
      ok: true;
      booking: ManagedBooking;
      services: PlannedService[];
      place: PlannedPlace;
      /** The office cancelled the booking (a closure): the new one replaces it, there is nothing to cancel. */
      afterClosure: boolean;
    }
  | { ok: false; locked: string };

/**
 * The same services at the same location as the booking, for choosing another day and time; or why it
 * cannot be moved. A booking the office cancelled gets its new time here too, once (`awaitsNewTime`).
 */
export async function planRebooking(db: Executor, actor: Actor, key: BookingKey, now: Date): Promise<RebookPlan> {
  const booking = await loadManagedBooking(db, actor, key);
  // The replacement is looked up only for a cancelled booking.
  const afterClosure = booking.state === 'cancelled' && awaitsNewTime(booking, Boolean(await replacementOf(db, booking.id)));
  const locked = afterClosure ? null : unchangeableReason(booking, now);
  if (locked) return { ok: false, locked };
  const services = await planServices(db, { services: await servicesOfBooking(db, booking.id) });
  const place = services.ok ? await planPlace(db, services.services, booking.locationSlug) : undefined;
  if (!services.ok || !place?.ok) {
    return {
      ok: false,
      locked: 'Dieser Termin kann nicht online verschoben werden, weil sein Anliegen hier nicht mehr angeboten wird. Bitte rufen Sie das Bürgerbüro an.',
    };
  }
  return { ok: true, booking, services: services.services, place, afterClosure };
}

export type RebookOutcome = { ok: true; booking: Placed } | { ok: false; step: BookingStep | 'locked'; errors: FieldErrors };

/**
 * Moves a booking to another day and time (same services, same location), in ONE transaction: the
 * old booking's row is held, its units given back, a new booking made for the same person that names
 * it (`replacesId`, so the limits do not count the old one), the old one cancelled; the new
 * confirmation goes out. When the new time was taken meanwhile, nothing changes. A booking the office
 * cancelled is already cancelled and its units given back: only the new booking is made, once.
 */
export async function rebookAppointment(
  actor: Actor,
  request: { key: BookingKey; day: string | undefined; time: string | undefined; ip: string; now?: Date },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<RebookOutcome> {
  const now = request.now ?? new Date();
  const settings = moduleSettings(deps, appointmentSettings);
  const window: BookingWindow = bookingWindow(settings, now);
  const plan = await planRebooking(deps.db, actor, request.key, now);
  if (!plan.ok) return { ok: false, step: 'locked', errors: { umbuchen: plan.locked } };
  const checked = await checkTime(deps.db, plan, { day: request.day, time: request.time }, window);
  if (!checked.ok) return checked;
  const old = plan.booking;
  try {
    const booking = await deps.db.transaction(async (tx) => {
      await loadManagedBooking(tx, actor, request.key, { forUpdate: true });
      if (!(await letGoOf(tx, plan, now))) throw new ChangedMeanwhile();
      const person = {
        name: old.name ?? '',
        email: old.email ?? '',
        phone: old.phone,
        user: old.userId ? { id: old.userId, emailVerified: actor?.id === old.userId && actor.emailVerified } : null,
      };
      const placed = await placeBooking(tx, { ...checked, person, replacesId: old.id }, { config: deps.config, settings, now });
      await audit(tx, actor, {
        action: 'appointments.booking.rebooked',
        objectType: 'appointment_booking',
        objectId: placed.id,
        details: { reference: placed.reference, replaces: old.reference, day: checked.day },
        ip: request.ip,
      });
      return placed;
    });
    return { ok: true, booking };
  } catch (error) {
    if (error instanceof ChangedMeanwhile) {
      return { ok: false, step: 'locked', errors: { umbuchen: 'Dieser Termin wurde inzwischen abgesagt oder verschoben.' } };
    }
    if (!(error instanceof PlacementRolledBack)) throw error;
    if (error.refusal.reason === 'taken') return { ok: false, step: 'time', errors: { zeit: TAKEN_MESSAGE } };
    return { ok: false, step: 'time', errors: { zeit: limitMessage(error.refusal.refusal, checked.services) } };
  }
}

/** The old booking cancelled and its units given back, under its row's lock; false when another request changed it first. */
async function letGoOf(tx: Executor, plan: Extract<RebookPlan, { ok: true }>, now: Date): Promise<boolean> {
  if (plan.afterClosure) return !(await replacementOf(tx, plan.booking.id));
  if (!(await markCancelledByCitizen(tx, plan.booking.id, now))) return false;
  await releaseUnits(tx, plan.booking.id);
  return true;
}
