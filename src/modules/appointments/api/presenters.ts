import type { ServedBooking, ServedCounter, ServedLocation } from '../office/repository';

const iso = (moment: Date | null) => (moment ? new Date(moment).toISOString() : null);

export function locationJson(location: ServedLocation, counters: ServedCounter[]) {
  return {
    slug: location.slug,
    name: location.name,
    departmentId: location.departmentId,
    ticketPrefix: location.ticketPrefix,
    counters: counters.map((c) => ({ id: c.id, name: c.name })),
  };
}

/** A booking for the office's systems: what, when, where, its state and number; never the name, e-mail or phone. */
export function bookingJson(booking: ServedBooking, location: ServedLocation, counters: ServedCounter[]) {
  const counterName = (id: string | null) => counters.find((counter) => counter.id === id)?.name ?? null;
  return {
    reference: booking.reference,
    kind: booking.kind,
    state: booking.state,
    location: location.slug,
    day: booking.day,
    startsAt: iso(booking.startsAt),
    endsAt: iso(booking.endsAt),
    services: booking.services,
    counter: counterName(booking.calledCounterId ?? booking.counterId),
    ticket: booking.ticket,
    checkedInAt: iso(booking.checkedInAt),
    calledAt: iso(booking.calledAt),
    doneAt: iso(booking.doneAt),
  };
}
