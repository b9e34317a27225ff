import { audit } from '../../../kernel/audit';
import type { ApiClient } from '../../../kernel/auth';
import { AppError } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { countersOf, findServedBooking } from '../office/repository';
import { ACTION_FIELD, checkInBooking } from '../office/transitions';
import { bookingForClient } from './access';
import { bookingJson } from './presenters';

/**
 * Check-in by reference for the office's systems (a kiosk, the queue software). Idempotent: a booking
 * already checked in (or further) answers as it is, with its number, and nothing changes; a cancelled
 * one, a no-show or another day answers 409 with the reason.
 */
export async function checkInByReference(client: ApiClient, input: { reference: string; ip: string; now?: Date }, deps: Pick<ModuleDeps, 'db'>) {
  return deps.db.transaction(async (tx) => {
    const { booking, location } = await bookingForClient(tx, client, input.reference, true);
    const counters = await countersOf(tx, location.id);
    if (booking.state === 'waiting' || booking.state === 'called' || booking.state === 'done') {
      return { checkedInNow: false, booking: bookingJson(booking, location, counters) };
    }
    const result = await checkInBooking(tx, booking, location, input.now ?? new Date());
    if (!result.ok) throw new AppError('conflict', { status: 409, userMessage: result.errors[ACTION_FIELD] ?? 'Der Termin kann nicht eingecheckt werden.' });
    await audit(
      tx,
      { id: null, label: `API: ${client.name}` },
      {
        action: 'appointments.booking.checked_in',
        objectType: 'appointment_booking',
        objectId: booking.id,
        details: { reference: booking.reference, ticket: result.ticket },
        ip: input.ip,
      },
    );
    const after = await findServedBooking(tx, { id: booking.id });
    return { checkedInNow: true, booking: bookingJson(after!, location, counters) };
  });
}
