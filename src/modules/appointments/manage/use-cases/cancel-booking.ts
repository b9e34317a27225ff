import type { Actor } from '../../../../kernel/auth';
import { audit } from '../../../../kernel/audit';
import { refuse, type Outcome } from '../../../../kernel/http';
import { sendMail } from '../../../../kernel/mail';
import type { ModuleDeps } from '../../../../kernel/module';
import { cancellationMail } from '../../booking/mails';
import { bookingFacts } from '../../mails/booking-facts';
import { PATHS } from '../../paths';
import { releaseUnits } from '../../slots/take-units';
import { unchangeableReason } from '../changeable';
import { markCancelledByCitizen } from '../repository';
import { loadManagedBooking, type BookingKey } from './open-managed-booking';

/**
 * The citizen cancels a booking (the mail's link or the account): in ONE transaction that holds the
 * booking's row, it becomes `cancelled` by the citizen, its units are free again at once, a short mail
 * confirms it, and the audit log records it. A second cancel (a double click, the link used again),
 * or a booking past, done or cancelled by the office, changes nothing and says why.
 */
export async function cancelBooking(actor: Actor, key: BookingKey, deps: Pick<ModuleDeps, 'db' | 'config'>, now = new Date()): Promise<Outcome> {
  return deps.db.transaction(async (tx) => {
    const booking = await loadManagedBooking(tx, actor, key, { forUpdate: true });
    const locked = unchangeableReason(booking, now);
    if (locked || !(await markCancelledByCitizen(tx, booking.id, now))) return refuse({ absagen: locked ?? 'Dieser Termin kann nicht mehr abgesagt werden.' });
    await releaseUnits(tx, booking.id);
    const facts = await bookingFacts(tx, booking.id);
    if (facts && booking.email) {
      await sendMail(tx, cancellationMail(deps.config, { ...facts, email: booking.email }, `${deps.config.baseUrl}${PATHS.public}`));
    }
    await audit(tx, actor, {
      action: 'appointments.booking.cancelled',
      objectType: 'appointment_booking',
      objectId: booking.id,
      details: { reference: booking.reference, day: booking.day },
    });
    return { ok: true };
  });
}
