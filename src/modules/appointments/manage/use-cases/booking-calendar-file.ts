import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { bookingCalendar } from '../../booking/mails';
import { manageUrlOf } from '../../mails/booking-facts';
import { openManagedBooking, type BookingKey } from './open-managed-booking';

/** The booking as an iCal file for whoever may manage it (a cancelled one as CANCELLED, so a calendar removes it). */
export async function bookingCalendarFile(actor: Actor, key: BookingKey, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<{ reference: string; ics: string }> {
  const { booking, facts } = await openManagedBooking(actor, key, deps);
  return { reference: booking.reference, ics: bookingCalendar(deps.config, facts, manageUrlOf(deps.config, booking.id), booking.state === 'cancelled') };
}
