import { formatDateTime, StatusTag, Table } from '../../../../kernel/views';
import { HARVEST_PATHS } from '../../harvest/paths';
import { RUN_STATUS } from '../../harvest/presenters';
import { USAGE_PATHS } from '../../usage/paths';
import { PUBLISHING_PATHS } from '../paths';
import type { OrganizationFigures, RecentRun } from '../repository/overview';
import type { PublishingOverview } from '../use-cases/show-overview';

function datasetsOf(organization: OrganizationFigures, status?: string): string {
  const query = new URLSearchParams({ organisation: organization.id, ...(status ? { status } : {}) });
  return `${PUBLISHING_PATHS.datasets}?${query.toString()}`;
}

function runCounts(run: RecentRun): string {
  const parts = [`${run.created} neu`, `${run.updated} geändert`, `${run.deleted} gelöscht`];
  if (run.failed > 0) parts.push(`${run.failed} mit Fehlern`);
  return parts.join(', ');
}

const SUB_PAGES = [
  { href: PUBLISHING_PATHS.datasets, label: 'Datensätze', text: 'anlegen, bearbeiten, veröffentlichen' },
  { href: PUBLISHING_PATHS.organizations, label: 'Organisationen', text: 'Mitglieder und ihre Rollen' },
  { href: HARVEST_PATHS.sources, label: 'Ernte (Harvesting)', text: 'Datensätze aus anderen Portalen übernehmen' },
  { href: PUBLISHING_PATHS.tokens, label: 'API-Schlüssel', text: 'Zugang zur CKAN-Schnittstelle für Ihre Programme' },
  { href: USAGE_PATHS.overview, label: 'Nutzung', text: 'wie oft Ihre Datensätze aufgerufen, heruntergeladen und abgefragt werden' },
];

/** `/verwaltung/daten`: the section's start, what stands where in the person's organisations, and where to work on it. */
export function OverviewPage({ organizations, runs, everyOrganization }: PublishingOverview) {
  return (
    <>
      <h1>Offene Daten</h1>
      <p class="lead">{everyOrganization ? 'Alle Organisationen des Portals auf einen Blick.' : 'Ihre Organisationen auf einen Blick.'}</p>
      <Table
        caption="Datensätze und Tabellen je Organisation"
        empty="Sie sind noch in keiner Organisation Mitglied. Die Administration einer Organisation kann Sie aufnehmen."
        rows={organizations}
        columns={[
          { header: 'Organisation', cell: (row) => <a href={datasetsOf(row)}>{row.title}</a> },
          {
            header: 'Entwurf',
            numeric: true,
            cell: (row) =>
              row.drafts > 0 ? (
                <a href={datasetsOf(row, 'draft')}>
                  {row.drafts}
                  <span class="visually-hidden">
                    {row.drafts === 1 ? ' Entwurf' : ' Entwürfe'} von {row.title}
                  </span>
                </a>
              ) : (
                0
              ),
          },
          { header: 'privat', numeric: true, cell: (row) => row.privateCount },
          { header: 'öffentlich', numeric: true, cell: (row) => row.publicCount },
          { header: 'Tabellen werden geladen', numeric: true, cell: (row) => row.loadsRunning },
          {
            header: 'Laden fehlgeschlagen',
            numeric: true,
            cell: (row) => (row.loadsFailed > 0 ? <StatusTag kind="danger">{row.loadsFailed}</StatusTag> : 0),
          },
        ]}
      />
      <Table
        caption="Letzte Ernten"
        empty="Noch keine Ernte. Erntequellen richten Sie unter „Ernte (Harvesting)“ ein."
        rows={runs}
        columns={[
          { header: 'Beginn', cell: (run) => <a href={HARVEST_PATHS.run(run.sourceId, run.id)}>{formatDateTime(run.startedAt)}</a> },
          { header: 'Quelle', cell: (run) => `${run.sourceTitle} (${run.organizationTitle})` },
          { header: 'Ergebnis', cell: (run) => <StatusTag kind={RUN_STATUS[run.status].kind}>{RUN_STATUS[run.status].label}</StatusTag> },
          { header: 'Datensätze', cell: runCounts },
        ]}
      />
      <h2>Bereiche</h2>
      <ul>
        {SUB_PAGES.map((page) => (
          <li key={page.href}>
            <a href={page.href}>{page.label}</a>: {page.text}
          </li>
        ))}
      </ul>
    </>
  );
}
