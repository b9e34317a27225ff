import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, SelectField, SummaryList, formatDateTime } from '../../../../kernel/views';
import { berlinTime } from '../../../../kernel/time';
import { STAFF_PATHS } from '../../paths';
import type { ServedBooking, ServedCounter, ServedLocation } from '../repository';
import { BookingActions, nextSteps } from './booking-actions';
import { BookingStateTag, longDay } from './booking-state';

interface Props {
  booking: ServedBooking;
  location: ServedLocation;
  counters: ServedCounter[];
  today: string;
  now: Date;
  errors?: FieldErrors | undefined;
}

const at = (moment: Date | null) => (moment ? formatDateTime(moment) : '–');

/** One booking for the counter: what, when, who (name and contact only here, for staff), its way so far, and what may be done next. */
export function BookingPage({ booking, location, counters, today, now, errors }: Props) {
  const counterName = (id: string | null) => counters.find((counter) => counter.id === id)?.name ?? '–';
  const when =
    booking.startsAt && booking.endsAt
      ? `${longDay(booking.day)}, ${berlinTime(booking.startsAt)} bis ${berlinTime(booking.endsAt)} Uhr`
      : longDay(booking.day);
  const callable = booking.state === 'waiting' && booking.day === today;
  return (
    <>
      <ErrorSummary errors={errors} anchors={{ aktion: 'naechster-schritt' }} />
      <h1>Termin {booking.reference}</h1>
      <p>
        <BookingStateTag state={booking.state} />
      </p>
      <SummaryList
        rows={[
          { key: 'Art', value: booking.kind === 'walk_in' ? 'Laufkundschaft (ohne Termin)' : 'Online gebucht' },
          { key: 'Standort', value: location.name },
          { key: 'Wann', value: when },
          { key: 'Dienstleistungen', value: booking.services.join(', ') || '–' },
          { key: 'Platz', value: counterName(booking.calledCounterId ?? booking.counterId) },
          { key: 'Aufrufnummer', value: booking.ticket ?? '–' },
          { key: 'Name', value: booking.name ?? '–' },
          { key: 'E-Mail', value: booking.email ?? '–' },
          { key: 'Mobilnummer', value: booking.phone ?? '–' },
          { key: 'Eingecheckt', value: at(booking.checkedInAt) },
          { key: 'Aufgerufen', value: at(booking.calledAt) },
          { key: 'Erledigt', value: at(booking.doneAt) },
        ]}
      />
      <h2 id="naechster-schritt" tabIndex={-1}>
        Nächster Schritt
      </h2>
      {callable ? (
        <Form action={STAFF_PATHS.callNext(location.slug)}>
          <input type="hidden" name="buchung" value={booking.id} />
          <SelectField
            name="platz"
            label="Ihr Platz"
            error={errors?.platz}
            placeholder="Bitte wählen"
            options={counters.map((counter) => ({ value: counter.id, label: counter.name }))}
          />
          <Button>{booking.ticket ?? booking.reference} aufrufen</Button>
        </Form>
      ) : (
        !Object.values(nextSteps(booking, today, now)).some(Boolean) && (
          <p>
            {booking.state === 'booked' && booking.day > today
              ? `Einchecken geht erst am Tag des Termins, ${longDay(booking.day)}.`
              : 'Für diesen Termin ist hier nichts mehr zu tun.'}
          </p>
        )
      )}
      <BookingActions booking={booking} today={today} now={now} />
      <p>
        <a href={STAFF_PATHS.dayPlanOf(location.slug, booking.day)}>Zum Tagesplan</a>
      </p>
    </>
  );
}
