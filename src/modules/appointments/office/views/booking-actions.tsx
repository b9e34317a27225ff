import { Button, Form } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import type { ServedBooking } from '../repository';

/**
 * The buttons a booking's state allows at the counter, each its own POST form: check-in on its day,
 * "nicht erschienen" once its time has begun, "erledigt" while called. The server checks again.
 */
export function BookingActions({ booking, today, now }: { booking: ServedBooking; today: string; now: Date }) {
  const label = booking.ticket ?? booking.reference;
  const steps = nextSteps(booking, today, now);
  return (
    <div class="button-group">
      {steps.checkIn && (
        <Form action={STAFF_PATHS.bookingCheckIn(booking.id)} class="inline-form">
          <Button variant="secondary">
            Einchecken<span class="visually-hidden"> {booking.reference}</span>
          </Button>
        </Form>
      )}
      {steps.noShow && (
        <Form action={STAFF_PATHS.bookingNoShow(booking.id)} class="inline-form">
          <Button variant="link">
            Nicht erschienen<span class="visually-hidden"> {booking.reference}</span>
          </Button>
        </Form>
      )}
      {steps.done && (
        <Form action={STAFF_PATHS.bookingDone(booking.id)} class="inline-form">
          <Button variant="secondary">
            Erledigt<span class="visually-hidden"> {label}</span>
          </Button>
        </Form>
      )}
    </div>
  );
}

/** Which of the counter's steps a booking's state allows now: check-in, "nicht erschienen", "erledigt". */
export function nextSteps(booking: Pick<ServedBooking, 'state' | 'day' | 'startsAt'>, today: string, now: Date) {
  return {
    checkIn: booking.state === 'booked' && booking.day === today,
    noShow: booking.state === 'booked' && Boolean(booking.startsAt && booking.startsAt <= now),
    done: booking.state === 'called',
  };
}
