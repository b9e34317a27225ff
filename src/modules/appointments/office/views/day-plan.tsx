import type { FieldErrors } from '../../../../kernel/http';
import { Button, ButtonLink, ErrorSummary, Form, SelectField, Table, type Column } from '../../../../kernel/views';
import { berlinTime, addDays } from '../../../../kernel/time';
import { PATHS, STAFF_PATHS } from '../../paths';
import type { ServedBooking } from '../repository';
import type { DayPlan } from '../use-cases/show-day-plan';
import { BookingActions } from './booking-actions';
import { BookingStateTag, longDay, minutesSince } from './booking-state';

interface Props {
  plan: DayPlan;
  today: string;
  now: Date;
  errors?: FieldErrors | undefined;
  /** The counter the staff member chose last (kept in the form). */
  counterId?: string | undefined;
}

const time = (booking: ServedBooking) => (booking.startsAt ? `${berlinTime(booking.startsAt)} Uhr` : 'ohne Termin');

/** The columns several tables of the plan share. */
const TICKET: Column<ServedBooking> = { header: 'Nummer', cell: (b) => b.ticket ?? '–' };
const REFERENCE: Column<ServedBooking> = { header: 'Buchung', cell: (b) => <a href={STAFF_PATHS.booking(b.id)}>{b.reference}</a> };
const SERVICES: Column<ServedBooking> = { header: 'Dienstleistungen', cell: (b) => b.services.join(', ') };

function bookingColumns(today: string, now: Date): Column<ServedBooking>[] {
  return [
    { header: 'Uhrzeit', cell: time },
    REFERENCE,
    { header: 'Name', cell: (b) => b.name ?? (b.kind === 'walk_in' ? 'Laufkundschaft' : '–') },
    SERVICES,
    TICKET,
    { header: 'Stand', cell: (b) => <BookingStateTag state={b.state} /> },
    { header: 'Aktion', cell: (b) => <BookingActions booking={b} today={today} now={now} /> },
  ];
}

/** The day at one location: call-up, the queue, who is being served, and each counter's bookings. */
export function DayPlanPage({ plan, today, now, errors, counterId }: Props) {
  const { location, day } = plan;
  const isToday = day === today;
  const counterName = (id: string | null) => plan.counters.find((counter) => counter.id === id)?.name ?? '–';
  const columns = bookingColumns(today, now);
  return (
    <div class="counter-plan">
      <ErrorSummary errors={errors} anchors={{ aktion: 'warteschlange' }} />
      <h1>
        Tagesplan {location.name}: {longDay(day)}
      </h1>
      <nav aria-label="Tage" class="button-group">
        <a href={STAFF_PATHS.dayPlanOf(location.slug, addDays(day, -1))}>Vorheriger Tag</a>
        {!isToday && <a href={STAFF_PATHS.dayPlanOf(location.slug, today)}>Heute</a>}
        <a href={STAFF_PATHS.dayPlanOf(location.slug, addDays(day, 1))}>Nächster Tag</a>
        <a href={PATHS.display(location.slug)}>Aufrufanzeige des Wartebereichs</a>
      </nav>
      {isToday && (
        <section aria-labelledby="aufruf">
          <h2 id="aufruf">Aufrufen</h2>
          <Form action={STAFF_PATHS.callNext(location.slug)}>
            <SelectField
              name="platz"
              label="Ihr Platz"
              value={counterId}
              error={errors?.platz}
              placeholder="Bitte wählen"
              options={plan.counters.map((counter) => ({ value: counter.id, label: counter.name }))}
            />
            <div class="button-group">
              <Button>Nächste Person aufrufen</Button>
              <ButtonLink href={STAFF_PATHS.walkIn(location.slug)} variant="secondary">
                Laufkundschaft aufnehmen
              </ButtonLink>
            </div>
          </Form>
        </section>
      )}
      <section aria-labelledby="warteschlange">
        <h2 id="warteschlange" tabIndex={-1}>
          Warteschlange ({plan.queue.length})
        </h2>
        <Table
          caption="Eingecheckt und wartend, in der Reihenfolge des Aufrufs"
          empty="Niemand wartet."
          rows={plan.queue}
          columns={[
            TICKET,
            { header: 'Termin', cell: time },
            REFERENCE,
            SERVICES,
            { header: 'Wartet seit', cell: (b) => minutesSince(b.checkedInAt, now), numeric: true },
          ]}
        />
        <Table
          caption="Im Gespräch"
          empty="Niemand ist aufgerufen."
          rows={plan.serving}
          columns={[
            TICKET,
            { header: 'Platz', cell: (b) => counterName(b.calledCounterId) },
            { header: 'Aufgerufen vor', cell: (b) => minutesSince(b.calledAt, now), numeric: true },
            { header: 'Aktion', cell: (b) => <BookingActions booking={b} today={today} now={now} /> },
          ]}
        />
      </section>
      {plan.perCounter.map(({ counter, bookings }) => (
        <section aria-label={counter.name}>
          <h2>{counter.name}</h2>
          <Table caption={`Termine an ${counter.name}`} empty="Keine Termine an diesem Platz." rows={bookings} columns={columns} />
        </section>
      ))}
      {plan.unassigned.length > 0 && (
        <section aria-labelledby="ohne-platz">
          <h2 id="ohne-platz">Noch ohne Platz</h2>
          <Table caption="Laufkundschaft und Termine ohne Platz" rows={plan.unassigned} columns={columns} />
        </section>
      )}
    </div>
  );
}
