import { Button, DateField, ErrorSummary, Form, formatDate, formatMoney, InsetText, RadioGroup, SummaryList, TextField } from '../../../../kernel/views';
import type { FieldErrors } from '../../../../kernel/http';
import type { VhsCourse } from '../../tables';
import { feeText } from '../../presenters';
import { cancellationDeadlineRow } from '../cancellation-deadline';
import { BOOKING_PATHS } from '../paths';

export interface BookingFormState {
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** The course filled up: the form now offers the waitlist. */
  offerWaitlist?: boolean;
}

/** "Kurs buchen": who takes part, the fee and the deadlines (as they stand now), then one binding button. */
export function BookingFormPage({ course, bookerName, form }: { course: VhsCourse; bookerName: string; form: BookingFormState }) {
  const values = form.values ?? {};
  const full = form.offerWaitlist ?? course.seatsTaken >= course.maxParticipants;
  return (
    <>
      <ErrorSummary errors={form.errors} anchors={{ buchung: 'buchen', geburtsdatum: 'geburtsdatum', teilnahme: 'teilnahme' }} />
      <h1>{full ? 'Auf die Warteliste setzen' : 'Kurs verbindlich buchen'}</h1>
      <p class="lead">
        {course.title} (Kursnummer {course.number})
      </p>
      <SummaryList
        rows={[
          { key: 'Beginn', value: formatDate(course.startsAt) },
          { key: 'Kursgebühr', value: feeText(course.feeCents) },
          ...(course.reducedFeeCents !== null
            ? [{ key: 'Ermäßigte Gebühr', value: `${formatMoney(course.reducedFeeCents)} (${course.reductionRule || 'auf Nachweis'})` }]
            : []),
          { key: 'Freie Plätze', value: full ? 'keine – Warteliste' : String(course.maxParticipants - course.seatsTaken) },
          { key: 'Anmeldeschluss', value: formatDate(course.bookingClosesAt) },
          cancellationDeadlineRow(course, new Date()),
        ]}
      />
      <Form action={BOOKING_PATHS.book(course.slug)}>
        <RadioGroup
          name="teilnahme"
          legend="Wer nimmt teil?"
          error={form.errors?.teilnahme}
          value={values.teilnahme ?? 'selbst'}
          options={[
            { value: 'selbst', label: `Ich selbst (${bookerName})` },
            { value: 'kind', label: 'Mein Kind', hint: 'Sie buchen als Elternteil; alle Nachrichten zur Buchung gehen an Sie.' },
          ]}
        />
        <TextField
          name="kindName"
          label="Vor- und Nachname des Kindes (nur wenn Ihr Kind teilnimmt)"
          value={values.kindName}
          error={form.errors?.kindName}
          autocomplete="off"
        />
        <DateField
          name="geburtsdatum"
          legend="Geburtsdatum des Kindes (nur wenn Ihr Kind teilnimmt)"
          hint="Zum Beispiel 24 4 2016"
          error={form.errors?.geburtsdatum}
          value={{ day: values['geburtsdatum-day'], month: values['geburtsdatum-month'], year: values['geburtsdatum-year'] }}
        />
        {full ? (
          <>
            <InsetText>
              Der Kurs ist ausgebucht. Auf der Warteliste rücken Sie automatisch nach, sobald ein Platz frei wird; dann ist die Buchung verbindlich und wir
              schreiben Ihnen.
            </InsetText>
            <input type="hidden" name="warteliste" value="ja" />
          </>
        ) : (
          <p>Mit dem Klick auf „Verbindlich buchen“ melden Sie die Person verbindlich an. Die Plätze werden in der Reihenfolge der Anmeldung vergeben.</p>
        )}
        <div id="buchen">
          <Button>{full ? 'Auf die Warteliste setzen' : 'Verbindlich buchen'}</Button>
        </div>
      </Form>
    </>
  );
}
