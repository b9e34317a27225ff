import { loadAuthorized, requireThat, type Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { isBooker } from '../../policies';
import { bookingsOf, myBooking, type MyBooking } from '../account-repository';
import { refundsOfBooking } from '../refund-repository';
import { isUuid } from '../repository';
import type { VhsRefund } from '../../tables';

const loggedIn = (actor: Actor) => actor !== null;

/** "Meine Kurse": every booking the account made, for itself and its children. */
export async function listMyBookings(actor: Actor, deps: Pick<ModuleDeps, 'db'>): Promise<MyBooking[]> {
  requireThat(actor, loggedIn);
  return bookingsOf(deps.db, actor.id);
}

/** One of the account's bookings with its refunds; another person's answers like a missing one (404). */
export async function showMyBooking(actor: Actor, input: { bookingId: string }, deps: Pick<ModuleDeps, 'db'>): Promise<MyBooking & { refunds: VhsRefund[] }> {
  requireThat(actor, loggedIn);
  const found = await loadAuthorized(
    actor,
    async () => (isUuid(input.bookingId) ? myBooking(deps.db, input.bookingId) : null),
    (who, row) => isBooker(who, row.booking),
    'Die Buchung',
  );
  return { ...found, refunds: await refundsOfBooking(deps.db, found.booking.id) };
}
