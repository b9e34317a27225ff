import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { unusedBookingReference } from '../../references';
import { appointmentBookingServices, appointmentBookings } from '../../tables';
import { servicesAt } from '../repository';
import { nextTicket } from '../tickets';
import { servedLocation } from './with-booking';

type Deps = Pick<ModuleDeps, 'db'>;

export interface WalkInInput {
  locationSlug: string;
  serviceIds: readonly string[];
  ip: string;
  now?: Date;
}

/**
 * Someone at the location without an appointment: a booking of kind `walk_in` for today with the
 * services they came for, no contact, straight into the queue (`waiting`) with a call-up number.
 */
export async function registerWalkIn(
  actor: Actor,
  input: WalkInInput,
  deps: Deps,
): Promise<Outcome<{ id: string; ticket: string; locationSlug: string; day: string }>> {
  const location = await servedLocation(actor, deps.db, input.locationSlug);
  const offered = new Set((await servicesAt(deps.db, location.id)).map((service) => service.id));
  const serviceIds = [...new Set(input.serviceIds)];
  if (serviceIds.length === 0 || serviceIds.some((id) => !offered.has(id))) {
    return refuse({ dienste: 'Wählen Sie mindestens eine Dienstleistung, die dieser Standort anbietet.' });
  }
  const now = input.now ?? new Date();
  const day = berlinDay(now);
  return deps.db.transaction(async (tx) => {
    const ticket = await nextTicket(tx, location, day);
    const [booking] = await tx
      .insert(appointmentBookings)
      .values({
        reference: await unusedBookingReference(tx, 'walk_in'),
        kind: 'walk_in',
        state: 'waiting',
        locationId: location.id,
        day,
        ticket,
        checkedInAt: now,
      })
      .returning({ id: appointmentBookings.id, reference: appointmentBookings.reference });
    await tx.insert(appointmentBookingServices).values(serviceIds.map((serviceId, position) => ({ bookingId: booking!.id, serviceId, position })));
    await audit(tx, actor, {
      action: 'appointments.walk_in.created',
      objectType: 'appointment_booking',
      objectId: booking!.id,
      details: { reference: booking!.reference, ticket },
      ip: input.ip,
    });
    return { ok: true as const, id: booking!.id, ticket, locationSlug: location.slug, day };
  });
}

/** The walk-in form's choices: the services this location offers. */
export async function walkInChoices(actor: Actor, locationSlug: string, deps: Deps) {
  const location = await servedLocation(actor, deps.db, locationSlug);
  return { location, services: await servicesAt(deps.db, location.id) };
}
