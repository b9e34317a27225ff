import { Fragment } from 'preact';
import { Button, ButtonLink, Form, SelectField, StatusTag, Table, type Column } from '../../../../kernel/views';
import { ChartWithTable } from '../../../../kernel/views/charts';
import { OPENDATA_PATHS } from '../../paths';
import { STATE_LABELS, STATE_TAGS } from '../../publishing/presenters';
import { USAGE_PATHS } from '../paths';
import type { DatasetUsage, UsageSort } from '../repository';
import type { DatasetUsagePage } from '../use-cases/show-dataset-usage';
import { RECENT_DAYS } from '../days';
import type { UsageOverview } from '../use-cases/show-usage-overview';
import { USAGE_PERIODS } from '../use-cases/show-dataset-usage';

const SORT_LABELS: Record<UsageSort, string> = { aufrufe: 'Seitenaufrufen', downloads: 'Downloads', api: 'API-Abrufen' };
const number = (value: number) => value.toLocaleString('de-DE');

function overviewHref(organizationId: string, sort: UsageSort): string {
  return `${USAGE_PATHS.overview}?${new URLSearchParams({ organisation: organizationId, sortierung: sort }).toString()}`;
}

const COLUMNS: Column<DatasetUsage>[] = [
  {
    header: 'Datensatz',
    cell: (row) => (
      <>
        <a href={USAGE_PATHS.dataset(row.id)}>{row.title}</a>
        {row.state !== 'active' && (
          <>
            {' '}
            <StatusTag kind={STATE_TAGS[row.state]}>{STATE_LABELS[row.state]}</StatusTag>
          </>
        )}
      </>
    ),
  },
  { header: `Aufrufe (${RECENT_DAYS} Tage)`, numeric: true, cell: (row) => number(row.recent.pageViews) },
  { header: `Downloads (${RECENT_DAYS} Tage)`, numeric: true, cell: (row) => number(row.recent.downloads) },
  { header: `API-Abrufe (${RECENT_DAYS} Tage)`, numeric: true, cell: (row) => number(row.recent.apiCalls) },
  { header: 'Aufrufe gesamt', numeric: true, cell: (row) => number(row.total.pageViews) },
  { header: 'Downloads gesamt', numeric: true, cell: (row) => number(row.total.downloads) },
  { header: 'API-Abrufe gesamt', numeric: true, cell: (row) => number(row.total.apiCalls) },
];

function SortLinks({ organizationId, sort }: { organizationId: string; sort: UsageSort }) {
  return (
    <nav aria-label="Sortierung">
      <p>
        Sortiert nach:{' '}
        {(Object.keys(SORT_LABELS) as UsageSort[]).map((key, index) => (
          <Fragment key={key}>
            {index > 0 && ' · '}
            {key === sort ? <strong aria-current="true">{SORT_LABELS[key]}</strong> : <a href={overviewHref(organizationId, key)}>{SORT_LABELS[key]}</a>}
          </Fragment>
        ))}
      </p>
    </nav>
  );
}

/** "Nutzung": what people used of one organisation's datasets, and how the figures are counted. */
export function UsageOverviewPage({ organizations, organization, sort, rows }: UsageOverview) {
  return (
    <>
      <h1>Nutzung</h1>
      <p>
        Wie oft die Datensätze aufgerufen, heruntergeladen und über die API abgefragt wurden. Gezählt wird ohne IP-Adressen, Cookies oder Konten; Suchmaschinen
        und andere Programme, die Seiten automatisch abrufen, werden nicht mitgezählt. Die Zahlen sind selbst offene Daten.
      </p>
      {!organization ? (
        <p>Sie sind in keiner Organisation Mitglied. Die Nutzung sehen die Mitglieder der Organisation, die einen Datensatz veröffentlicht.</p>
      ) : (
        <>
          {organizations.length > 1 && (
            <Form action={USAGE_PATHS.overview} method="get" label="Organisation wählen">
              <SelectField
                name="organisation"
                label="Organisation"
                value={organization.id}
                options={organizations.map((candidate) => ({ value: candidate.id, label: candidate.title }))}
              />
              <input type="hidden" name="sortierung" value={sort} />
              <Button>Anzeigen</Button>
            </Form>
          )}
          <h2>{organization.title}</h2>
          <SortLinks organizationId={organization.id} sort={sort} />
          <Table
            caption={`Nutzung der Datensätze, die letzten ${RECENT_DAYS} Tage und insgesamt, sortiert nach ${SORT_LABELS[sort]}`}
            columns={COLUMNS}
            rows={rows}
            empty="Diese Organisation hat noch keine Datensätze."
          />
        </>
      )}
    </>
  );
}

const dayLabel = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.`;

/** One dataset's use per day: a line chart with the table of every day beside it. */
export function DatasetUsagePageView({ dataset, period, days }: DatasetUsagePage) {
  const sum = (pick: (day: DatasetUsagePage['days'][number]) => number) => days.reduce((total, day) => total + pick(day), 0);
  return (
    <>
      <h1>Nutzung: {dataset.title}</h1>
      <p>
        In den letzten {period} Tagen: {number(sum((day) => day.pageViews))} Seitenaufrufe, {number(sum((day) => day.downloads))} Downloads und{' '}
        {number(sum((day) => day.apiCalls))} API-Abrufe.
      </p>
      {dataset.state === 'active' && !dataset.private && (
        <p>
          <a href={OPENDATA_PATHS.dataset(dataset.name)}>Öffentliche Seite des Datensatzes</a>
        </p>
      )}
      <p class="button-group">
        {USAGE_PERIODS.filter((other) => other !== period).map((other) => (
          <ButtonLink key={other} href={`${USAGE_PATHS.dataset(dataset.id)}?tage=${other}`} variant="secondary">
            Die letzten {other} Tage zeigen
          </ButtonLink>
        ))}
      </p>
      <ChartWithTable
        id="nutzung"
        kind="line"
        title={`Nutzung pro Tag, die letzten ${period} Tage`}
        labelHeader="Tag"
        labels={days.map((day) => dayLabel(day.day))}
        series={[
          { name: 'Seitenaufrufe', values: days.map((day) => day.pageViews) },
          { name: 'Downloads', values: days.map((day) => day.downloads) },
          { name: 'API-Abrufe', values: days.map((day) => day.apiCalls) },
        ]}
      />
    </>
  );
}
