import { ButtonLink, StatusTag, SummaryList, Table } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import type { showLocation, showPlanning } from '../use-cases/locations';
import { ClosureTable } from './closures-page';
import { hoursLines, waveText } from './plan-presenters';

type PlanningPage = Awaited<ReturnType<typeof showPlanning>>;
type LocationPage = Awaited<ReturnType<typeof showLocation>>;

/** The planning's start: every location, and where services and closures are planned. */
export function PlanningPage({ locations }: PlanningPage) {
  return (
    <>
      <h1>Terminplanung</h1>
      <p class="lead">
        Standorte mit ihren Plätzen, Öffnungszeiten und Freigabewellen. Aus ihnen entstehen die buchbaren Zeiten der nächsten Wochen, ohne Feiertage und{' '}
        <a href={STAFF_PATHS.planningClosures}>Schließtage</a>. Was man buchen kann, steht unter <a href={STAFF_PATHS.planningServices}>Dienstleistungen</a>.
      </p>
      <ButtonLink href={STAFF_PATHS.planningNewLocation}>Standort anlegen</ButtonLink>
      <Table
        caption={`Standorte (${locations.length})`}
        columns={[
          { header: 'Standort', cell: (row) => <a href={STAFF_PATHS.planningLocation(row.id)}>{row.name}</a> },
          { header: 'Adresse', cell: (row) => row.address },
          { header: 'Fachbereich', cell: (row) => row.departmentName },
          { header: 'Plätze in Betrieb', numeric: true, cell: (row) => String(row.counters) },
          { header: 'Zustand', cell: (row) => <StatusTag kind={row.active ? 'success' : 'neutral'}>{row.active ? 'geöffnet' : 'außer Betrieb'}</StatusTag> },
        ]}
        rows={locations}
        empty="Es ist noch kein Standort angelegt."
      />
    </>
  );
}

/** One location's plan at a glance, each part with the link to change it. */
export function LocationPage({ location, departmentName, counters, serviceNames, hours, waves, windowDays, closures }: LocationPage) {
  const sets = [...new Set(hours.map((row) => row.validFrom))];
  return (
    <>
      <h1>{location.name}</h1>
      <SummaryList
        rows={[
          { key: 'Adresse', value: `${location.street}, ${location.postalCode} ${location.city}`, changeHref: STAFF_PATHS.planningLocationEdit(location.id) },
          { key: 'Fachbereich', value: departmentName },
          { key: 'Zeiteinheit', value: `${location.slotMinutes} Minuten` },
          { key: 'Aufrufnummern', value: `${location.ticketPrefix} 001, ${location.ticketPrefix} 002, …` },
          { key: 'Zustand', value: location.active ? 'geöffnet' : 'außer Betrieb: keine buchbaren Zeiten' },
        ]}
      />
      <h2>Plätze</h2>
      <Table
        caption={`Plätze (${counters.length})`}
        columns={[
          { header: 'Platz', cell: (row) => <a href={STAFF_PATHS.planningCounter(location.id, row.id)}>{row.name}</a> },
          { header: 'Dienstleistungen', cell: (row) => row.serviceIds.map((id) => serviceNames.get(id) ?? '').join(', ') || 'keine' },
          { header: 'Zustand', cell: (row) => <StatusTag kind={row.active ? 'success' : 'neutral'}>{row.active ? 'in Betrieb' : 'außer Betrieb'}</StatusTag> },
        ]}
        rows={counters}
        empty="Dieser Standort hat noch keinen Platz."
      />
      <ButtonLink href={STAFF_PATHS.planningNewCounter(location.id)} variant="secondary">
        Platz hinzufügen
      </ButtonLink>
      <h2>Öffnungszeiten</h2>
      {sets.length === 0 && <p>Es sind noch keine Öffnungszeiten eingetragen: der Standort hat keine buchbaren Zeiten.</p>}
      {sets.map((validFrom) => (
        <>
          <h3>Ab {validFrom.split('-').reverse().join('.')}</h3>
          <ul>
            {hoursLines(hours.filter((row) => row.validFrom === validFrom)).map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </>
      ))}
      <p>
        <a href={STAFF_PATHS.planningHours(location.id)}>Öffnungszeiten ändern</a>
      </p>
      <h2>Freigabewellen</h2>
      {waves.length === 0 ? (
        <p>Keine: jede Zeit ist buchbar, sobald sie im Buchungszeitraum liegt.</p>
      ) : (
        <ul>
          {waves.map((wave) => (
            <li>{waveText(wave, windowDays)}</li>
          ))}
        </ul>
      )}
      <p>
        <a href={STAFF_PATHS.planningWaves(location.id)}>Freigabewellen ändern</a>
      </p>
      <h2>Schließtage</h2>
      <ClosureTable closures={closures} />
      <p>
        <a href={STAFF_PATHS.planningClosures}>Schließtag eintragen</a>
      </p>
    </>
  );
}
