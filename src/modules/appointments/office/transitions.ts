import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { refuse, type Outcome } from '../../../kernel/http';
import { berlinDay, berlinTime } from '../../../kernel/time';
import { appointmentBookings, type BookingState } from '../tables';
import { recordNoShow } from '../limits/no-shows';
import type { ServedBooking, ServedLocation } from './repository';
import { nextTicket } from './tickets';

/** The field a refused action's message belongs to: the day plan shows it in its error summary. */
export const ACTION_FIELD = 'aktion';

const germanDay = (day: string) => day.split('-').reverse().join('.');

/** Who the message is about: the ticket when there is one (the counter's word), else the reference. */
function named(booking: ServedBooking): string {
  return booking.ticket ?? booking.reference;
}

/** Why a booking in `state` cannot take the step; the same words for every action. */
function stateMessage(booking: ServedBooking): string {
  const who = named(booking);
  const messages: Record<BookingState, string> = {
    booked: `${who} ist noch nicht eingecheckt.`,
    waiting: `${who} wartet und ist noch nicht aufgerufen.`,
    called: `${who} ist schon aufgerufen.`,
    done: `${who} ist schon erledigt.`,
    no_show: `${who} ist als nicht erschienen vermerkt.`,
    cancelled: `Der Termin ${booking.reference} ist abgesagt.`,
  };
  return messages[booking.state];
}

/** Moves the booking from `from` to the new values in one statement guarded by its state; false when it had moved on. */
async function move(tx: Executor, booking: ServedBooking, from: BookingState, values: Partial<typeof appointmentBookings.$inferInsert>): Promise<boolean> {
  const rows = await tx
    .update(appointmentBookings)
    .set(values)
    .where(and(eq(appointmentBookings.id, booking.id), eq(appointmentBookings.state, from)))
    .returning({ id: appointmentBookings.id });
  return rows.length === 1;
}

/** Check-in on the day of the appointment: `waiting`, with the next call-up number of the day. */
export async function checkInBooking(tx: Executor, booking: ServedBooking, location: ServedLocation, now: Date): Promise<Outcome<{ ticket: string }>> {
  if (booking.state !== 'booked') {
    const already = booking.state === 'waiting' || booking.state === 'called' || booking.state === 'done';
    return refuse({ [ACTION_FIELD]: already ? `${booking.reference} ist schon eingecheckt (Aufrufnummer ${booking.ticket ?? '–'}).` : stateMessage(booking) });
  }
  if (booking.day !== berlinDay(now)) {
    return refuse({ [ACTION_FIELD]: `Der Termin ${booking.reference} ist am ${germanDay(booking.day)}, nicht heute. Einchecken geht nur am Tag des Termins.` });
  }
  const ticket = await nextTicket(tx, location, booking.day);
  if (!(await move(tx, booking, 'booked', { state: 'waiting', checkedInAt: now, ticket }))) return refuse({ [ACTION_FIELD]: stateMessage(booking) });
  return { ok: true, ticket };
}

/** Call-up to a counter: `called`; a walk-in takes the counter as its own. */
export async function callBooking(tx: Executor, booking: ServedBooking, counterId: string, now: Date): Promise<Outcome> {
  if (booking.state !== 'waiting') return refuse({ [ACTION_FIELD]: stateMessage(booking) });
  const moved = await move(tx, booking, 'waiting', { state: 'called', calledAt: now, calledCounterId: counterId, ...(booking.counterId ? {} : { counterId }) });
  return moved ? { ok: true } : refuse({ [ACTION_FIELD]: stateMessage(booking) });
}

/** Served: `done`. */
export async function finishBooking(tx: Executor, booking: ServedBooking, now: Date): Promise<Outcome> {
  if (booking.state !== 'called') return refuse({ [ACTION_FIELD]: stateMessage(booking) });
  return (await move(tx, booking, 'called', { state: 'done', doneAt: now })) ? { ok: true } : refuse({ [ACTION_FIELD]: stateMessage(booking) });
}

/** Nobody came: only a booked appointment whose time has begun, counted against the person (no-show.ts). */
export async function markNoShow(tx: Executor, booking: ServedBooking, now: Date): Promise<Outcome> {
  if (booking.state !== 'booked') return refuse({ [ACTION_FIELD]: stateMessage(booking) });
  if (!booking.startsAt || booking.startsAt > now) {
    const when = booking.startsAt ? `am ${germanDay(booking.day)} um ${berlinTime(booking.startsAt)} Uhr` : 'noch nicht';
    return refuse({ [ACTION_FIELD]: `Der Termin ${booking.reference} beginnt erst ${when}. Nicht erschienen kann er erst danach sein.` });
  }
  return (await recordNoShow(tx, booking.id)) ? { ok: true } : refuse({ [ACTION_FIELD]: stateMessage(booking) });
}
