import { Button, Form } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import type { ServedBooking } from '../repository';

/**
 * The buttons a booking's state allows at the counter, each its own POST form: check-in on its day,
 * "nicht erschienen" once its time has begun, "erledigt" while called. The server checks again.
 */
export function BookingActions({ booking, today, now }: { booking: ServedBooking; today: string; now: Date }) {
  const label = booking.ticket ?? booking.reference;
  return (
    <div class="button-group">
      {booking.state === 'booked' && booking.day === today && (
        <Form action={STAFF_PATHS.bookingCheckIn(booking.id)} class="inline-form">
          <Button variant="secondary">
            Einchecken<span class="visually-hidden"> {booking.reference}</span>
          </Button>
        </Form>
      )}
      {booking.state === 'booked' && booking.startsAt && booking.startsAt <= now && (
        <Form action={STAFF_PATHS.bookingNoShow(booking.id)} class="inline-form">
          <Button variant="link">
            Nicht erschienen<span class="visually-hidden"> {booking.reference}</span>
          </Button>
        </Form>
      )}
      {booking.state === 'called' && (
        <Form action={STAFF_PATHS.bookingDone(booking.id)} class="inline-form">
          <Button variant="secondary">
            Erledigt<span class="visually-hidden"> {label}</span>
          </Button>
        </Form>
      )}
    </div>
  );
}
