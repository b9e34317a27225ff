import { audit, type AuditEntry } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { errors, refuse, type Outcome } from '../../../../kernel/http';
import type { Executor } from '../../../../kernel/db';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { countersOf, findServedBooking, finishCalledAt, nextWaitingFor, type ServedBooking, type ServedLocation } from '../repository';
import { ACTION_FIELD, callBooking, checkInBooking, finishBooking, markNoShow } from '../transitions';
import { servedLocation, withServedBooking } from './with-booking';

type Deps = Pick<ModuleDeps, 'db'>;

export interface BookingAction {
  bookingId: string;
  ip: string;
  now?: Date;
}

/** What a counter did, for the flash and the redirect back to the day plan. */
interface Done {
  locationSlug: string;
  day: string;
  ticket: string | null;
  reference: string;
}

type Step = (tx: Executor, booking: ServedBooking, location: ServedLocation, now: Date) => Promise<Outcome<{ ticket?: string }>>;
type Audited = Omit<AuditEntry, 'action'>;
type WriteAudit = (tx: Executor, actor: Actor, entry: Audited) => Promise<void>;

/** One step of a booking at the counter: the transition in the booking's transaction and its audit entry, or the refusal (nothing written). */
function stepAtCounter(step: Step, record: WriteAudit) {
  return (actor: Actor, input: BookingAction, deps: Deps): Promise<Outcome<Done>> =>
    withServedBooking(actor, input.bookingId, deps, async (tx, booking, location) => {
      const result = await step(tx, booking, location, input.now ?? new Date());
      if (!result.ok) return result;
      const ticket = result.ticket ?? booking.ticket;
      await record(tx, actor, { objectType: 'appointment_booking', objectId: booking.id, details: { reference: booking.reference, ticket }, ip: input.ip });
      return { ok: true as const, locationSlug: location.slug, day: booking.day, ticket, reference: booking.reference };
    });
}

/** Check-in at the location on the day: `waiting` with the next call-up number. */
export const checkInAtCounter = stepAtCounter(checkInBooking, (tx, actor, entry) => audit(tx, actor, { action: 'appointments.booking.checked_in', ...entry }));

/** Served: `done`. */
export const finishAtCounter = stepAtCounter(
  (tx, booking, _location, now) => finishBooking(tx, booking, now),
  (tx, actor, entry) => audit(tx, actor, { action: 'appointments.booking.done', ...entry }),
);

/** Nobody came to a booked appointment whose time has begun: `no_show`, counted against the person. */
export const markNoShowAtCounter = stepAtCounter(
  (tx, booking, _location, now) => markNoShow(tx, booking, now),
  (tx, actor, entry) => audit(tx, actor, { action: 'appointments.booking.no_show', ...entry }),
);

export interface CallInput {
  locationSlug: string;
  counterId: string;
  /** A particular waiting person; else the next one the counter can serve. */
  bookingId?: string | undefined;
  ip: string;
  now?: Date;
}

/**
 * Calls a waiting person (the next one the counter can serve, or the one chosen) to the staff member's
 * counter: `called`. Choosing and calling happen in one transaction, the chosen row locked and rows
 * other counters are calling skipped, so two counters calling at once call two people.
 */
export async function callToCounter(actor: Actor, input: CallInput, deps: Deps): Promise<Outcome<Done & { counter: string }>> {
  const location = await servedLocation(actor, deps.db, input.locationSlug);
  const counter = (await countersOf(deps.db, location.id)).find((candidate) => candidate.id === input.counterId);
  if (!counter) return refuse({ platz: 'Wählen Sie Ihren Platz.' });
  const now = input.now ?? new Date();
  return deps.db.transaction(async (tx) => {
    const bookingId = input.bookingId ?? (await nextWaitingFor(tx, location.id, berlinDay(now), counter.id));
    if (!bookingId) return refuse({ [ACTION_FIELD]: `Niemand wartet, den ${counter.name} bedienen kann.` });
    const booking = await findServedBooking(tx, { id: bookingId }, true);
    if (booking?.locationId !== location.id) throw errors.notFoundOrForbidden('Der Termin');
    const result = await callBooking(tx, booking, counter.id, now);
    if (!result.ok) return result;
    // Calling the next person ends the one still at this counter, as "Erledigt" would have (one person at a counter at a time).
    for (const finished of await finishCalledAt(tx, counter.id, booking.id, now)) {
      await audit(tx, actor, {
        action: 'appointments.booking.done',
        objectType: 'appointment_booking',
        objectId: finished.id,
        details: { reference: finished.reference, ticket: finished.ticket, byNextCall: true },
        ip: input.ip,
      });
    }
    await audit(tx, actor, {
      action: 'appointments.booking.called',
      objectType: 'appointment_booking',
      objectId: booking.id,
      details: { reference: booking.reference, ticket: booking.ticket, counter: counter.name },
      ip: input.ip,
    });
    return { ok: true as const, locationSlug: location.slug, day: booking.day, ticket: booking.ticket, reference: booking.reference, counter: counter.name };
  });
}

/** The booking page's data: the booking with its contact, for staff who serve at its location. */
export async function showBookingAtCounter(actor: Actor, bookingId: string, deps: Deps) {
  return withServedBooking(actor, bookingId, deps, async (tx, booking, location) => ({ booking, location, counters: await countersOf(tx, location.id) }));
}
