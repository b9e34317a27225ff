import { ButtonLink, InsetText, StatusTag, SummaryList, type TagKind } from '../../../../kernel/views';
import { visitTimeText } from '../../mails/booking-facts';
import { PATHS } from '../../paths';
import type { BookingState } from '../../tables';
import type { ManagedBookingView } from '../use-cases/open-managed-booking';

const STATES: Record<BookingState, [string, TagKind]> = {
  booked: ['Gebucht', 'success'],
  waiting: ['Eingecheckt', 'info'],
  called: ['Aufgerufen', 'info'],
  done: ['Erledigt', 'neutral'],
  no_show: ['Nicht wahrgenommen', 'warning'],
  cancelled: ['Abgesagt', 'danger'],
};

/** One booking for the citizen: state, when, where, what, what to bring; the calendar file, cancel and move. */
export function ManagePage({ booking, facts, secret, locked, replacedBySecret, newTimeWanted }: ManagedBookingView) {
  const [stateLabel, stateKind] = STATES[booking.state];
  const bring = [...new Set(facts.services.flatMap((service) => service.bring))];
  const { location } = facts;
  return (
    <>
      <h1>Ihr Termin {facts.reference}</h1>
      <p>
        <StatusTag kind={stateKind}>{stateLabel}</StatusTag>
      </p>
      {replacedBySecret && (
        <InsetText>
          Sie haben diesen Termin verschoben. <a href={PATHS.manage(replacedBySecret)}>Zu Ihrem neuen Termin</a>
        </InsetText>
      )}
      {newTimeWanted ? (
        <>
          <InsetText>
            Das Bürgerbüro hat diesen Termin abgesagt. Bitte wählen Sie einen neuen Termin; Ihre Angaben müssen Sie nicht noch einmal eingeben.
          </InsetText>
          <p>
            <ButtonLink href={PATHS.manageRebook(secret)}>Neuen Termin wählen</ButtonLink>
          </p>
        </>
      ) : (
        locked && !replacedBySecret && <InsetText>{locked}</InsetText>
      )}
      <SummaryList
        rows={[
          { key: 'Wann', value: visitTimeText(facts) },
          { key: 'Wo', value: `${location.name}, ${location.street}, ${location.postalCode} ${location.city}` },
          {
            key: 'Anliegen',
            value: facts.services.map((service) => (service.quantity > 1 ? `${service.name} (für ${service.quantity} Personen)` : service.name)).join(', '),
          },
          { key: 'Buchungsnummer', value: facts.reference },
          ...(facts.name ? [{ key: 'Name', value: facts.name }] : []),
        ]}
      />
      {bring.length > 0 && (
        <>
          <h2>Bitte bringen Sie mit</h2>
          <ul>
            {bring.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        </>
      )}
      {facts.services
        .filter((service) => service.note)
        .map((service) => (
          <p>
            {service.name}: {service.note}
          </p>
        ))}
      {location.directions && (
        <>
          <h2>Anfahrt</h2>
          <p>{location.directions}</p>
        </>
      )}
      <p>
        <a href={PATHS.manageCalendar(secret)}>Termin in Ihren Kalender übernehmen (iCal-Datei)</a>
      </p>
      {!locked && (
        <>
          <h2>Termin ändern</h2>
          <p>Wenn Sie nicht kommen können, sagen Sie den Termin bitte ab oder verschieben Sie ihn: dann kann jemand anderes die Zeit nutzen.</p>
          <div class="button-group">
            <ButtonLink href={PATHS.manageRebook(secret)}>Termin verschieben</ButtonLink>
            <ButtonLink href={PATHS.manageCancel(secret)} variant="secondary">
              Termin absagen
            </ButtonLink>
          </div>
        </>
      )}
    </>
  );
}
