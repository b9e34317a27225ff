import { Button, Form, SelectField } from '../../../../kernel/views';
import { ChartWithTable } from '../../../../kernel/views/charts';
import { STAFF_PATHS } from '../../paths';
import type { PeriodFigures } from '../repository';
import type { AppointmentStatistics } from '../use-cases/show-statistics';

const MONTH = new Intl.DateTimeFormat('de-DE', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** ISO week of a Monday, "KW 49/2026". */
function weekLabel(monday: string): string {
  const date = new Date(`${monday}T00:00:00Z`);
  const thursday = new Date(date.getTime() + 3 * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000)) + 1;
  return `KW ${week}/${thursday.getUTCFullYear()}`;
}

const series = (periods: PeriodFigures[], pick: (row: PeriodFigures) => number | null) => periods.map(pick);

/**
 * Termine in figures for planners (issue 14, point 4): appointments, walk-ins, no-shows and
 * cancellations; waiting and service times as median and 90th percentile; utilisation. Each chart
 * with its table (kernel/views/charts). A filter form by GET, so it works without JavaScript.
 */
export function AppointmentStatisticsPage({ locations, location, period, periods }: AppointmentStatistics) {
  const labels = periods.map((row) => (period === 'week' ? weekLabel(row.start) : MONTH.format(new Date(`${row.start}T00:00:00Z`))));
  const header = period === 'week' ? 'Woche' : 'Monat';
  const per = period === 'week' ? 'je Woche' : 'je Monat';
  return (
    <>
      <h1>Termine in Zahlen</h1>
      <p class="lead">
        Wie viele Termine gebucht, wahrgenommen und abgesagt wurden, wie lange Menschen gewartet haben und wie ausgelastet die Plätze sind. Die kommenden Wochen
        zeigen, was schon gebucht ist.
      </p>
      <Form action={STAFF_PATHS.statistics} method="get" label="Statistik auswählen">
        <SelectField
          name="standort"
          label="Standort"
          options={[{ value: '', label: 'Alle Standorte' }, ...locations.map((row) => ({ value: row.slug, label: row.name }))]}
          value={location}
        />
        <SelectField
          name="zeitraum"
          label="Zeitraum"
          options={[
            { value: 'wochen', label: 'Wochen (8 zurück, 4 voraus)' },
            { value: 'monate', label: 'Monate (5 zurück, 1 voraus)' },
          ]}
          value={period === 'week' ? 'wochen' : 'monate'}
        />
        <Button variant="secondary">Anzeigen</Button>
      </Form>
      <h2>Termine</h2>
      <ChartWithTable
        id="termine"
        kind="bar"
        title={`Termine ${per}`}
        labelHeader={header}
        labels={labels}
        series={[
          { name: 'Gebucht', values: series(periods, (row) => row.booked) },
          { name: 'Laufkundschaft', values: series(periods, (row) => row.walkIns) },
          { name: 'Nicht erschienen', values: series(periods, (row) => row.noShows) },
          { name: 'Abgesagt', values: series(periods, (row) => row.cancelled) },
        ]}
      />
      <h2>Wartezeit</h2>
      <p>Vom gebuchten Beginn (oder dem Einchecken, wenn es später war) bis zum Aufruf; bei Laufkundschaft vom Einchecken an.</p>
      <ChartWithTable
        id="wartezeit"
        kind="line"
        title={`Wartezeit in Minuten ${per}`}
        labelHeader={header}
        unit="Min."
        labels={labels}
        series={[
          { name: 'Median', values: series(periods, (row) => row.waitMedian) },
          { name: '90 % höchstens', values: series(periods, (row) => row.waitP90) },
        ]}
      />
      <h2>Bedienzeit</h2>
      <p>Vom Aufruf bis zum Abschluss am Platz.</p>
      <ChartWithTable
        id="bedienzeit"
        kind="line"
        title={`Bedienzeit in Minuten ${per}`}
        labelHeader={header}
        unit="Min."
        labels={labels}
        series={[
          { name: 'Median', values: series(periods, (row) => row.serviceMedian) },
          { name: '90 % höchstens', values: series(periods, (row) => row.serviceP90) },
        ]}
      />
      <h2>Auslastung</h2>
      <p>Anteil der Zeiteinheiten aller Plätze, die ein Termin belegt.</p>
      <ChartWithTable
        id="auslastung"
        kind="bar"
        title={`Auslastung ${per}`}
        labelHeader={header}
        unit="%"
        labels={labels}
        series={[{ name: 'Belegt', values: series(periods, (row) => row.utilisation) }]}
      />
    </>
  );
}
