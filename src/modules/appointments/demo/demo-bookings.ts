import { sql } from 'drizzle-orm';
import { demoPersonName } from '../../../kernel/config/demo-names';
import { queryRows, type Executor } from '../../../kernel/db';
import { SeededRandom } from '../../../kernel/random';
import { berlinDay } from '../../../kernel/time';
import { manageSecretOf, manageTokenHashOf } from '../policies';
import { appointmentBookingServices, appointmentBookings } from '../tables';
import type { AppointmentsPack } from './pack';
import { pastVisit, ticketsOfTheDay, walkInsOfTheDay, type DemoBooking } from './past-days';

/** A counter as the demo bookings need it. */
export interface DemoCounter {
  id: string;
  locationId: string;
  slotMinutes: number;
  ticketPrefix: string;
  walkInsPerDay: number;
  services: Array<{ id: string; slug: string; durationMinutes: number }>;
}

interface Unit {
  id: string;
  counterId: string;
  startsAt: Date;
  releasedAt: Date;
}

const MINUTE = 60_000;
/** Past days are busier than the share of the window booked so far. */
const PAST_SHARE = 0.6;
const CHUNK = 500;

/** "Käthe Özdemir-Lang" → "kaethe.oezdemir-lang@example.org": demo addresses that reach nobody. */
function demoEmail(name: string): string {
  const plain = name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  return `${plain
    .normalize('NFD')
    .replace(/[^a-z -]/g, '')
    .replace(/ /g, '.')}@example.org`;
}

/** "T-4K7M-2QXD" from the seeded generator (no 0/O, 1/I). */
function demoReference(random: SeededRandom): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const part = () => Array.from({ length: 4 }, () => random.pick([...letters])).join('');
  return `T-${part()}-${part()}`;
}

/**
 * Books the demo's units: per counter and day, walking the units in time order, a booking starts at
 * a free unit by chance (tuned so about `bookedShare` of the released units are taken; `PAST_SHARE`
 * on past days) and takes the units its service needs, if they follow without a gap. Past days get
 * their visits' times and states (past-days.ts) and walk-ins; every row goes in with a few bulk
 * statements (seeding stays well under a second).
 */
export async function seedDemoBookings(tx: Executor, input: { pack: AppointmentsPack; counters: DemoCounter[]; now: Date; secret: string }): Promise<void> {
  const random = new SeededRandom(2026_14);
  const today = berlinDay(input.now);
  const units = await queryRows<Unit>(
    tx,
    sql`select id, counter_id as "counterId", starts_at as "startsAt", released_at as "releasedAt" from appointment_slots order by counter_id, starts_at`,
  );
  const bookings: DemoBooking[] = [];
  const taken: Array<{ unitId: string; bookingId: string }> = [];
  let person = 0;
  for (const counter of input.counters) {
    const mine = units
      .filter((unit) => unit.counterId === counter.id)
      .map((unit) => ({ ...unit, startsAt: new Date(unit.startsAt), releasedAt: new Date(unit.releasedAt) }));
    const averageUnits = counter.services.reduce((sum, service) => sum + Math.ceil(service.durationMinutes / counter.slotMinutes), 0) / counter.services.length;
    for (let index = 0; index < mine.length;) {
      const unit = mine[index]!;
      const day = berlinDay(unit.startsAt);
      const past = day < today;
      const share = past ? PAST_SHARE : input.pack.bookedShare;
      const chance = share / (averageUnits * (1 - share));
      const service = random.pick(counter.services);
      const needed = Math.ceil(service.durationMinutes / counter.slotMinutes);
      const run = mine.slice(index, index + needed);
      const fits =
        run.length === needed &&
        run.every(
          (next, offset) =>
            next.startsAt.getTime() === unit.startsAt.getTime() + offset * counter.slotMinutes * MINUTE && (past || next.releasedAt <= input.now),
        );
      if (!fits || (!past && unit.startsAt < input.now) || !random.chance(chance)) {
        index++;
        continue;
      }
      const id = random.uuid();
      const name = demoPersonName(person++);
      const endsAt = new Date(unit.startsAt.getTime() + needed * counter.slotMinutes * MINUTE);
      const booking: DemoBooking = {
        id,
        reference: demoReference(random),
        locationId: counter.locationId,
        counterId: counter.id,
        day,
        startsAt: unit.startsAt,
        endsAt,
        name,
        email: demoEmail(name),
        serviceId: service.id,
        createdAt: new Date(unit.startsAt.getTime() - random.int(1, 27) * 86_400_000),
        ...(past
          ? pastVisit(random, unit.startsAt, service.durationMinutes)
          : { state: 'booked', manageTokenHash: manageTokenHashOf(manageSecretOf(input.secret, id)) }),
      };
      bookings.push(booking);
      if (booking.state !== 'cancelled') for (const held of run) taken.push({ unitId: held.id, bookingId: id });
      index += needed;
    }
  }
  bookings.push(...walkInsOfTheDay(random, input.counters, bookings, today));
  ticketsOfTheDay(bookings, input.counters);
  await insertBookings(tx, bookings);
  for (let start = 0; start < taken.length; start += CHUNK) {
    const chunk = taken.slice(start, start + CHUNK);
    await tx.execute(
      sql`update appointment_slots s set booking_id = v.booking_id
        from (values ${sql.join(
          chunk.map((row) => sql`(${row.unitId}::uuid, ${row.bookingId}::uuid)`),
          sql`, `,
        )}) as v(id, booking_id)
        where s.id = v.id`,
    );
  }
}

async function insertBookings(tx: Executor, bookings: DemoBooking[]): Promise<void> {
  for (let start = 0; start < bookings.length; start += CHUNK) {
    const chunk = bookings.slice(start, start + CHUNK);
    await tx.insert(appointmentBookings).values(chunk.map(({ serviceId, ...booking }) => (void serviceId, booking)));
    await tx.insert(appointmentBookingServices).values(chunk.map((booking) => ({ bookingId: booking.id, serviceId: booking.serviceId })));
  }
}
