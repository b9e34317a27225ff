import { Button, ButtonLink, ErrorSummary, Form, formatDateTime, formatMoney, SummaryList } from '../../../../kernel/views';
import type { FieldErrors } from '../../../../kernel/http';
import { feeText } from '../../presenters';
import type { MyBooking } from '../account-repository';
import { cancellationOpen } from '../cancellation-deadline';
import { BOOKING_PATHS } from '../paths';
import { BookingStateTag } from './booking-state';
import { PaymentSection, type ProviderChoice } from './payment-section';
import { ReductionSection } from './reduction-section';
import { RefundSection } from './refund-section';
import type { VhsRefund } from '../../tables';

/** One booking: the course facts, what it costs, and the way to cancel while that is allowed. */
export interface MyBookingView {
  found: MyBooking & { refunds: VhsRefund[] };
  cancelProblem: string | null;
  certificate: boolean;
  uploadHint: string;
  providers: ProviderChoice[];
  errors?: FieldErrors;
}

export function MyBookingPage({ found, cancelProblem, certificate, uploadHint, providers, errors }: MyBookingView) {
  const { booking, course, waitlistPlace } = found;
  const live = booking.state === 'booked' || booking.state === 'waitlisted';
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{course.title}</h1>
      <p class="lead">
        <BookingStateTag state={booking.state} waitlistPlace={waitlistPlace} />
      </p>
      {booking.state === 'course_cancelled' && (
        <p>
          Die Volkshochschule hat den Kurs abgesagt. Grund: {course.cancellationReason}.{booking.feeCents > 0 && ' Es fällt keine Gebühr an.'}
        </p>
      )}
      <SummaryList
        rows={[
          { key: 'Buchungsnummer', value: booking.reference },
          { key: 'Teilnehmer/in', value: booking.participantName },
          { key: 'Kursnummer', value: course.number },
          { key: 'Zeitraum', value: `${formatDateTime(course.startsAt)} bis ${formatDateTime(course.endsAt)}` },
          { key: 'Kursleitung', value: course.instructor },
          { key: 'Kursgebühr', value: live ? feeText(booking.feeCents) : 'keine' },
          { key: 'Gebucht am', value: formatDateTime(booking.createdAt) },
        ]}
      />
      <PaymentSection booking={booking} providers={providers} />
      <ReductionSection found={found} uploadHint={uploadHint} error={errors?.nachweis} />
      <RefundSection refunds={found.refunds} />
      {certificate && (
        <>
          <h2>Teilnahmebescheinigung</h2>
          <p>
            <a href={BOOKING_PATHS.mineCertificate(booking.id)} download>
              Teilnahmebescheinigung herunterladen (PDF)
            </a>
          </p>
        </>
      )}
      <h2>Stornieren</h2>
      {live && !cancelProblem ? (
        <>
          <p>
            {booking.state === 'waitlisted'
              ? 'Sie können sich jederzeit von der Warteliste abmelden.'
              : cancellationOpen(course.cancellableUntil, booking.feeCents)}
          </p>
          <ButtonLink href={BOOKING_PATHS.mineCancel(booking.id)} variant="secondary">
            {booking.state === 'waitlisted' ? 'Von der Warteliste abmelden' : 'Buchung stornieren'}
          </ButtonLink>
        </>
      ) : (
        <p>{cancelProblem ?? 'Diese Buchung ist beendet.'}</p>
      )}
      <p>
        <a href={BOOKING_PATHS.mineList}>Zurück zu „Meine Kurse“</a>
      </p>
    </>
  );
}

/** The confirmation step before cancelling: what it means, then one button or back. */
export function CancelBookingPage({ found, errors }: { found: MyBooking; errors?: FieldErrors }) {
  const { booking, course } = found;
  const waitlisted = booking.state === 'waitlisted';
  return (
    <>
      <ErrorSummary errors={errors} anchors={{ stornieren: 'stornieren' }} />
      <h1>{waitlisted ? 'Von der Warteliste abmelden?' : 'Buchung stornieren?'}</h1>
      <p class="lead">
        {course.title}: {booking.participantName} ({booking.reference})
      </p>
      <ul>
        <li>{waitlisted ? 'Sie verlieren Ihren Platz auf der Warteliste.' : 'Ihr Platz geht an die nächste Person der Warteliste.'}</li>
        {booking.state === 'booked' && booking.paymentState === 'paid' && (
          <li>Die bezahlte Gebühr von {formatMoney(booking.feeCents)} bekommen Sie zurück: die Volkshochschule überweist sie auf Ihr Konto.</li>
        )}
        <li>Sie können das nicht rückgängig machen. Eine neue Buchung stellt sich hinten an.</li>
      </ul>
      <Form action={BOOKING_PATHS.mineCancel(booking.id)}>
        <div class="button-group" id="stornieren">
          <Button variant="danger">{waitlisted ? 'Von der Warteliste abmelden' : 'Buchung stornieren'}</Button>
          <a href={BOOKING_PATHS.mine(booking.id)}>Nein, zurück zur Buchung</a>
        </div>
      </Form>
    </>
  );
}
