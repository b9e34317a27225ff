import { countNoShows } from '../limits/no-shows';
import { sql } from 'drizzle-orm';
import { demoPersonName } from '../../../kernel/config/demo-names';
import { queryRows, type Executor } from '../../../kernel/db';
import { SeededRandom } from '../../../kernel/random';
import { berlinDay } from '../../../kernel/time';
import { manageSecretOf, manageTokenHashOf } from '../policies';
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
 * their visits' times and states (past-days.ts) and walk-ins; every row goes in with three bulk
 * statements.
 */
export async function seedDemoBookings(tx: Executor, input: { pack: AppointmentsPack; counters: DemoCounter[]; now: Date; secret: string }): Promise<void> {
  const random = new SeededRandom(2026_14);
  const today = berlinDay(input.now);
  const units = await queryRows<Unit>(
    tx,
    sql`select id, counter_id as "counterId", starts_at as "startsAt", released_at as "releasedAt" from appointment_slots order by counter_id, starts_at`,
  );
  const bookings: DemoBooking[] = [];
  const taken: Array<{ unit_id: string; booking_id: string }> = [];
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
      if (booking.state !== 'cancelled') for (const held of run) taken.push({ unit_id: held.id, booking_id: id });
      index += needed;
    }
  }
  bookings.push(...walkInsOfTheDay(random, input.counters, bookings, today));
  ticketsOfTheDay(bookings, input.counters);
  await insertBookings(tx, bookings);
  await tx.execute(
    sql`update appointment_slots s set booking_id = v.booking_id
      from jsonb_to_recordset(${JSON.stringify(taken)}::jsonb) as v(unit_id uuid, booking_id uuid)
      where s.id = v.unit_id`,
  );
}

/**
 * All bookings and their services in two statements from one JSON parameter each (`jsonb_to_recordset`,
 * as library/repository/import.ts does): thousands of parameters cost more than the insert.
 */
async function insertBookings(tx: Executor, bookings: DemoBooking[]): Promise<void> {
  await tx.execute(
    sql`insert into appointment_bookings (id, reference, kind, state, location_id, counter_id, day, starts_at, ends_at, name, email,
        manage_token_hash, ticket, created_at, checked_in_at, called_at, done_at, cancelled_by, cancelled_at)
      select id, reference, coalesce(kind, 'online'), state, location_id, counter_id, day, starts_at, ends_at, name, email,
        manage_token_hash, ticket, created_at, checked_in_at, called_at, done_at, cancelled_by, cancelled_at
      from jsonb_to_recordset(${JSON.stringify(bookings.map(toRecord))}::jsonb) as b(id uuid, reference text, kind text, state text,
        location_id uuid, counter_id uuid, day text, starts_at timestamptz, ends_at timestamptz, name text, email text,
        manage_token_hash text, ticket text, created_at timestamptz, checked_in_at timestamptz, called_at timestamptz,
        done_at timestamptz, cancelled_by text, cancelled_at timestamptz)`,
  );
  await tx.execute(
    sql`insert into appointment_booking_services (booking_id, service_id)
      select booking_id, service_id from jsonb_to_recordset(${JSON.stringify(bookings.map((booking) => ({ booking_id: booking.id, service_id: booking.serviceId })))}::jsonb)
        as s(booking_id uuid, service_id uuid)`,
  );
  // Missed ones count against their people as the counter's button and the evening's job count them.
  await countNoShows(
    tx,
    bookings.flatMap((booking) =>
      booking.state === 'no_show' && booking.email ? [{ bookingId: booking.id, email: booking.email, userId: null, day: booking.day }] : [],
    ),
  );
}

/** A booking as the JSON record of `insertBookings` (column names; dates as ISO strings). */
function toRecord(booking: DemoBooking): Record<string, unknown> {
  return {
    id: booking.id,
    reference: booking.reference,
    kind: booking.kind ?? null,
    state: booking.state,
    location_id: booking.locationId,
    counter_id: booking.counterId,
    day: booking.day,
    starts_at: booking.startsAt,
    ends_at: booking.endsAt,
    name: booking.name,
    email: booking.email,
    manage_token_hash: booking.manageTokenHash ?? null,
    ticket: booking.ticket ?? null,
    created_at: booking.createdAt,
    checked_in_at: booking.checkedInAt ?? null,
    called_at: booking.calledAt ?? null,
    done_at: booking.doneAt ?? null,
    cancelled_by: booking.cancelledBy ?? null,
    cancelled_at: booking.cancelledAt ?? null,
  };
}
