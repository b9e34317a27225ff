import type { SeededRandom } from '../../../kernel/random';
import type { BookingState } from '../tables';
import type { DemoCounter } from './demo-bookings';

const MINUTE = 60_000;

/** A booking row of the demo, with the one service it is for. */
export interface DemoBooking {
  id: string;
  reference: string;
  kind?: 'online' | 'walk_in';
  state: BookingState;
  locationId: string;
  counterId: string;
  day: string;
  startsAt: Date | null;
  endsAt: Date | null;
  name: string | null;
  email: string | null;
  serviceId: string;
  createdAt: Date;
  manageTokenHash?: string;
  ticket?: string;
  checkedInAt?: Date;
  calledAt?: Date;
  doneAt?: Date;
  cancelledBy?: 'citizen';
  cancelledAt?: Date;
}

const minutesAfter = (moment: Date, minutes: number) => new Date(moment.getTime() + minutes * MINUTE);

/** A wait as people meet it: mostly short, now and then long (squared uniform, 0–25 minutes). */
const waitMinutes = (random: SeededRandom) => Math.round(random.next() ** 2 * 25);

/** Service at the counter: the service's duration, give or take (60 % to 130 %). */
const serviceMinutes = (random: SeededRandom, duration: number) => Math.max(2, Math.round(duration * (0.6 + random.next() * 0.7)));

/**
 * How a past appointment went: most were served (checked in a few minutes early or late, called
 * after a wait, done after about the service's duration), some were missed, some cancelled by the
 * citizen beforehand (their units were free again).
 */
export function pastVisit(
  random: SeededRandom,
  startsAt: Date,
  durationMinutes: number,
): Pick<DemoBooking, 'state' | 'checkedInAt' | 'calledAt' | 'doneAt' | 'cancelledBy' | 'cancelledAt'> {
  const roll = random.next();
  if (roll < 0.07) return { state: 'cancelled', cancelledBy: 'citizen', cancelledAt: minutesAfter(startsAt, -random.int(2, 72) * 60) };
  if (roll < 0.15) return { state: 'no_show' };
  const checkedInAt = minutesAfter(startsAt, random.int(-12, 4));
  const calledAt = minutesAfter(checkedInAt > startsAt ? checkedInAt : startsAt, waitMinutes(random));
  return { state: 'done', checkedInAt, calledAt, doneAt: minutesAfter(calledAt, serviceMinutes(random, durationMinutes)) };
}

/**
 * Walk-ins of each past day a location had appointments: checked in at a time of the day's
 * bookings, called after a longer wait than booked visitors have, served at one of its counters.
 */
export function walkInsOfTheDay(random: SeededRandom, counters: DemoCounter[], bookings: readonly DemoBooking[], today: string): DemoBooking[] {
  const walkIns: DemoBooking[] = [];
  const locations = [...new Set(counters.map((counter) => counter.locationId))];
  for (const locationId of locations) {
    const ofLocation = counters.filter((counter) => counter.locationId === locationId);
    const byDay = new Map<string, DemoBooking[]>();
    for (const booking of bookings) {
      if (booking.locationId === locationId && booking.day < today && booking.startsAt) byDay.set(booking.day, [...(byDay.get(booking.day) ?? []), booking]);
    }
    for (const [day, ofDay] of byDay) {
      for (let n = 0; n < ofLocation[0]!.walkInsPerDay; n++) {
        const counter = random.pick(ofLocation);
        const service = random.pick(counter.services);
        const checkedInAt = minutesAfter(random.pick(ofDay).startsAt!, random.int(0, 9));
        const calledAt = minutesAfter(checkedInAt, 5 + waitMinutes(random));
        walkIns.push({
          id: random.uuid(),
          reference: `T-WALK-${String(walkIns.length + 1).padStart(4, '0')}`,
          kind: 'walk_in',
          state: 'done',
          locationId,
          counterId: counter.id,
          day,
          startsAt: null,
          endsAt: null,
          name: null,
          email: null,
          serviceId: service.id,
          createdAt: checkedInAt,
          checkedInAt,
          calledAt,
          doneAt: minutesAfter(calledAt, serviceMinutes(random, service.durationMinutes)),
        });
      }
    }
  }
  return walkIns;
}

/** The call-up numbers of each location's days, in the order people checked in ("A 001", "A 002", …). */
export function ticketsOfTheDay(bookings: DemoBooking[], counters: DemoCounter[]): void {
  const prefixOf = new Map(counters.map((counter) => [counter.locationId, counter.ticketPrefix]));
  const checkedIn = bookings.filter((booking) => booking.checkedInAt).sort((a, b) => a.checkedInAt!.getTime() - b.checkedInAt!.getTime());
  const next = new Map<string, number>();
  for (const booking of checkedIn) {
    const key = `${booking.locationId} ${booking.day}`;
    const number = (next.get(key) ?? 0) + 1;
    next.set(key, number);
    booking.ticket = `${prefixOf.get(booking.locationId)} ${String(number).padStart(3, '0')}`;
  }
}
