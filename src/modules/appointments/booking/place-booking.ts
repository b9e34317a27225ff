import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Config } from '../../../kernel/config';
import type { Executor } from '../../../kernel/db';
import { sendMail } from '../../../kernel/mail';
import { berlinDay } from '../../../kernel/time';
import { limitRefusal, lockPerson, type LimitRefusal } from '../limits/person-limits';
import { bookingFacts, manageUrlOf } from '../mails/booking-facts';
import { manageSecretOf, manageTokenHashOf } from '../policies';
import type { AppointmentSettings } from '../settings';
import { appointmentBookingServices, appointmentBookings } from '../tables';
import { takeUnits } from '../slots/take-units';
import { confirmationMail } from './mails';
import type { PlannedPlace, PlannedService } from './plan';
import { unusedBookingReference } from '../references';

/** Who books: the contact the confirmation goes to, and the account when logged in. */
export interface BookingPerson {
  name: string;
  email: string;
  phone: string | null;
  user: { id: string; emailVerified: boolean } | null;
}

export interface Placement {
  services: readonly PlannedService[];
  place: PlannedPlace;
  day: string;
  startsAt: Date;
  person: BookingPerson;
  /** A rebooking: the booking this one replaces (not counted by the limits). */
  replacesId?: string;
  /** The hash of the person's hold on the time (slots/hold-units.ts): those units are theirs to take. */
  heldBy?: string | undefined;
  /** Set when the check found the hold keeping exactly this run (booking/check-choices.ts): at `place.counterIds`' one counter. */
  heldUntil?: Date | undefined;
}

/** Why a placement was rolled back: someone else took the units first, or a limit of the person. */
export type PlacementRefusal = { reason: 'taken' } | { reason: 'limit'; refusal: LimitRefusal };

/** Thrown inside the transaction to roll it back with a refusal the caller turns into a message. */
export class PlacementRolledBack extends Error {
  constructor(readonly refusal: PlacementRefusal) {
    super(`booking rolled back: ${refusal.reason}`);
  }
}

export interface Placed {
  id: string;
  reference: string;
  /** The link's secret (only its hash is stored). */
  secret: string;
}

/**
 * The booking's writes inside the caller's transaction, in the order that keeps every rule under
 * parallel load: the person's lock, their limits, the booking and its services, the units (null:
 * someone was faster), the confirmation mail. A refusal throws `PlacementRolledBack`, so nothing of
 * it stays. A request repeated by the same person (a double click, a reload of the POST) finds the
 * booking its first copy made, behind the person's lock, and gets it again instead of a refusal.
 */
export async function placeBooking(
  tx: Executor,
  placement: Placement,
  { config, settings, now }: { config: Config; settings: AppointmentSettings; now: Date },
): Promise<Placed> {
  const { person, place } = placement;
  await lockPerson(tx, person.email);
  const repeated = await sameBookingMadeJustNow(
    tx,
    config,
    { locationId: place.location.id, startsAt: placement.startsAt, email: person.email, userId: person.user?.id, heldBy: placement.heldBy },
    now,
  );
  if (repeated) return repeated;
  const refusal = await limitRefusal(
    tx,
    {
      email: person.email,
      user: person.user,
      serviceIds: placement.services.map((service) => service.id),
      today: berlinDay(now),
      replacingId: placement.replacesId,
    },
    settings,
  );
  if (refusal) throw new PlacementRolledBack({ reason: 'limit', refusal });

  const id = randomUUID();
  const secret = manageSecretOf(config.secret, id);
  const reference = await unusedBookingReference(tx);
  const endsAt = new Date(placement.startsAt.getTime() + place.units * place.location.slotMinutes * 60_000);
  // One counter to try (the hold's): the booking names it at once, and the claim below confirms it or rolls all back.
  const onlyCounter = place.counterIds.length === 1 ? place.counterIds[0]! : null;
  await tx.insert(appointmentBookings).values({
    id,
    reference,
    locationId: place.location.id,
    counterId: onlyCounter,
    day: placement.day,
    startsAt: placement.startsAt,
    endsAt,
    name: person.name,
    email: person.email,
    phone: person.phone,
    userId: person.user?.id ?? null,
    manageTokenHash: manageTokenHashOf(secret),
    replacesId: placement.replacesId ?? null,
    createdAt: now,
  });
  await tx
    .insert(appointmentBookingServices)
    .values(placement.services.map((service, position) => ({ bookingId: id, serviceId: service.id, quantity: service.quantity, position })));
  const counterId = await takeUnits(tx, {
    bookingId: id,
    counterIds: place.counterIds,
    startsAt: placement.startsAt,
    units: place.units,
    slotMinutes: place.location.slotMinutes,
    releasedBy: now,
    heldBy: placement.heldBy,
    holdIsTheRun: Boolean(placement.heldBy && placement.heldUntil),
  });
  if (!counterId) throw new PlacementRolledBack({ reason: 'taken' });
  if (counterId !== onlyCounter) await tx.update(appointmentBookings).set({ counterId }).where(eq(appointmentBookings.id, id));

  const facts = await bookingFacts(tx, id);
  if (!facts) throw new Error(`booking ${id} vanished inside its own transaction`);
  await sendMail(tx, confirmationMail(config, { ...facts, email: person.email }, manageUrlOf(config, id), Boolean(placement.replacesId)));
  return { id, reference, secret };
}

/**
 * A booking of the same person, place and time made within the last minutes: the same request sent
 * twice. Its answer is the booking's link, which lets one move and cancel it, so an address alone is
 * no proof: the request must come from the account that booked, or carry the hold its units were
 * taken with (a guest's browser sends it back with the form). Anyone else knowing the address and
 * the time just finds the time taken.
 */
export async function sameBookingMadeJustNow(
  db: Executor,
  config: Pick<Config, 'secret'>,
  {
    locationId,
    startsAt,
    email,
    userId,
    heldBy,
  }: { locationId: string; startsAt: Date; email: string; userId?: string | undefined; heldBy?: string | undefined },
  now: Date,
): Promise<Placed | undefined> {
  if (!userId && !heldBy) return undefined;
  const sameSender = userId
    ? eq(appointmentBookings.userId, userId)
    : sql`exists (select 1 from appointment_slots where booking_id = ${appointmentBookings.id} and hold_hash = ${heldBy!})`;
  const [row] = await db
    .select({ id: appointmentBookings.id, reference: appointmentBookings.reference })
    .from(appointmentBookings)
    .where(
      and(
        eq(appointmentBookings.locationId, locationId),
        eq(appointmentBookings.startsAt, startsAt),
        eq(appointmentBookings.state, 'booked'),
        sql`lower(${appointmentBookings.email}) = ${email.toLowerCase()}`,
        sql`${appointmentBookings.createdAt} > ${new Date(now.getTime() - 10 * 60_000)}`,
        sameSender,
      ),
    )
    .limit(1);
  return row && { ...row, secret: manageSecretOf(config.secret, row.id) };
}
