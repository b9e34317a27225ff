import { Button, FileField, Form, formatMoney } from '../../../../kernel/views';
import type { MyBooking } from '../account-repository';
import { BOOKING_PATHS } from '../paths';

const STATE_TEXT = {
  requested: 'Ihr Nachweis liegt der Volkshochschule vor und wird geprüft. Sie bekommen eine E-Mail, sobald entschieden ist.',
  granted: 'Die Ermäßigung ist gewährt.',
  refused: 'Die Ermäßigung wurde nicht gewährt. Sie können einen anderen Nachweis hochladen.',
} as const;

/** Ermäßigung on the booking page: what it costs, who gets it, the state, and the proof upload. */
export function ReductionSection({ found, uploadHint, error }: { found: MyBooking; uploadHint: string; error?: string }) {
  const { booking, course } = found;
  const live = booking.state === 'booked' || booking.state === 'waitlisted';
  if (course.reducedFeeCents === null || !live) return null;
  return (
    <>
      <h2 id="ermaessigung">Ermäßigung</h2>
      <p>
        Ermäßigte Gebühr: {formatMoney(course.reducedFeeCents)} statt {formatMoney(course.feeCents)}. {course.reductionRule}
      </p>
      {booking.reduction !== 'none' && <p>{STATE_TEXT[booking.reduction]}</p>}
      {booking.reduction !== 'granted' && (
        <Form action={BOOKING_PATHS.mineReduction(booking.id)} multipart>
          <FileField
            name="nachweis"
            label={booking.reduction === 'none' ? 'Nachweis für die Ermäßigung' : 'Neuer Nachweis'}
            hint={uploadHint}
            error={error}
            accept=".pdf,.jpg,.jpeg,.png"
          />
          <Button variant="secondary">Ermäßigung beantragen</Button>
        </Form>
      )}
    </>
  );
}
