import type { Actor } from '../../../../kernel/auth';
import type { Config } from '../../../../kernel/config';
import type { Executor } from '../../../../kernel/db';
import { AppError, errors, isUuid } from '../../../../kernel/http';
import { bookingFacts, type BookingFacts } from '../../mails/booking-facts';
import { manageSecretOf, mayManageBooking } from '../../policies';
import { awaitsNewTime, unchangeableReason } from '../changeable';
import { findManagedBooking, replacementOf, type ManagedBooking } from '../repository';

/** How a citizen reaches a booking: the mail's link (its secret) or, logged in, the account's page (its id). */
export type BookingKey = { secret: string } | { id: string };

const SECRET = /^[A-Za-z0-9_-]{20,64}$/;

/**
 * The booking behind a link or an account page, only for who may manage it (`mayManageBooking`:
 * the account that booked it, or the holder of the link); everyone else gets the 404 of a booking
 * that does not exist, so links cannot be probed.
 */
export async function loadManagedBooking(db: Executor, actor: Actor, key: BookingKey, options: { forUpdate?: boolean } = {}): Promise<ManagedBooking> {
  const wellFormed = 'secret' in key ? SECRET.test(key.secret) : isUuid(key.id);
  const booking = wellFormed ? await findManagedBooking(db, key, options) : undefined;
  const secret = 'secret' in key ? key.secret : undefined;
  if (!booking || booking.kind !== 'online' || !mayManageBooking(actor, booking, secret)) {
    throw secret === undefined ? errors.notFoundOrForbidden('Der Termin') : linkNotFound();
  }
  return booking;
}

/**
 * A link that leads to no booking: mistyped or cut off, or ended (a missed appointment ends it, the
 * retention time erases it). Its hash is all that was kept, so these cannot be told apart: one 404 that
 * names each case, the same for a link that never was (nothing to probe).
 */
function linkNotFound(): AppError {
  return new AppError('not_found', {
    status: 404,
    userMessage:
      'Zu diesem Link gibt es keinen Termin. Prüfen Sie, ob Sie den ganzen Link aus Ihrer Bestätigungs-E-Mail geöffnet haben. Nach einem verpassten Termin und einige Zeit nach dem Termin gilt der Link nicht mehr.',
  });
}

export interface ManagedBookingView {
  booking: ManagedBooking;
  facts: BookingFacts;
  /** The secret of the booking's link: the actions' URLs (the owner's account page links there too). */
  secret: string;
  /** Why it cannot be changed; null while it can be cancelled and moved. */
  locked: string | null;
  /** After a rebooking: the secret of the new booking's link. */
  replacedBySecret?: string | undefined;
  /** The office cancelled it and the person is still to choose a new time (`awaitsNewTime`). */
  newTimeWanted: boolean;
}

/** The manage page: the booking with its facts, whether it can still be changed, and where it was moved to. */
export async function openManagedBooking(actor: Actor, key: BookingKey, deps: { db: Executor; config: Config }): Promise<ManagedBookingView> {
  const booking = await loadManagedBooking(deps.db, actor, key);
  const facts = await bookingFacts(deps.db, booking.id);
  if (!facts) throw errors.notFoundOrForbidden('Der Termin');
  const replacement = booking.state === 'cancelled' ? await replacementOf(deps.db, booking.id) : undefined;
  return {
    booking,
    facts,
    secret: manageSecretOf(deps.config.secret, booking.id),
    locked: unchangeableReason(booking, new Date()),
    replacedBySecret: replacement && manageSecretOf(deps.config.secret, replacement),
    newTimeWanted: awaitsNewTime(booking, Boolean(replacement)),
  };
}
