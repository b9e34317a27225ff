import type { ManagedBooking } from './repository';

/** Why a booking cannot be cancelled or moved any more, in words; null while it can. */
export function unchangeableReason(booking: Pick<ManagedBooking, 'state' | 'startsAt' | 'cancelledBy'>, now: Date): string | null {
  switch (booking.state) {
    case 'cancelled':
      return booking.cancelledBy === 'office'
        ? 'Dieser Termin wurde vom Bürgerbüro abgesagt. Sie können ihn nicht mehr ändern; buchen Sie bitte einen neuen Termin.'
        : 'Dieser Termin ist schon abgesagt. Sie können ihn nicht mehr ändern; buchen Sie bitte einen neuen Termin.';
    case 'done':
      return 'Dieser Termin hat schon stattgefunden. Sie können ihn nicht mehr ändern.';
    case 'no_show':
      return 'Dieser Termin ist vorbei. Sie können ihn nicht mehr ändern.';
    case 'waiting':
    case 'called':
      return 'Sie sind für diesen Termin schon eingecheckt. Bitte wenden Sie sich an das Bürgerbüro.';
    case 'booked':
      return !booking.startsAt || booking.startsAt <= now ? 'Dieser Termin hat schon begonnen oder ist vorbei. Sie können ihn nicht mehr ändern.' : null;
  }
}

/**
 * Whether the person is still to choose a new time for a booking the office cancelled (a closure,
 * planning/use-cases/add-closure.ts): its mail promises that the booking's link offers one, with the
 * same services at the same location, until a new booking replaces it (`replacesId`).
 */
export function awaitsNewTime(booking: Pick<ManagedBooking, 'state' | 'cancelledBy'>, replaced: boolean): boolean {
  return booking.state === 'cancelled' && booking.cancelledBy === 'office' && !replaced;
}
