import { ButtonLink, formatDateTime, StatusTag, Table } from '../../../../kernel/views';
import { HARVEST_PATHS } from '../paths';
import { intervalLabel, RUN_STATUS, SOURCE_KIND } from '../presenters';
import type { SourceListRow } from '../repository';

/** The harvest sources of the person's organisations, with the outcome of each one's latest run. */
export function SourcesListPage({ rows, mayAdd }: { rows: SourceListRow[]; mayAdd: boolean }) {
  return (
    <>
      <h1>Ernte (Harvesting)</h1>
      <p class="lead">
        Portale der städtischen Gesellschaften, deren Datensätze hier erscheinen: CKAN-Portale und DCAT-Kataloge. Jeder Lauf übernimmt neue und geänderte
        Datensätze und markiert die gelöschten.
      </p>
      {mayAdd && <ButtonLink href={HARVEST_PATHS.newSource}>Quelle hinzufügen</ButtonLink>}
      <Table<SourceListRow>
        caption={`Erntequellen (${rows.length})`}
        columns={[
          { header: 'Quelle', cell: ({ source }) => <a href={HARVEST_PATHS.source(source.id)}>{source.title}</a> },
          { header: 'Organisation', cell: ({ organization }) => organization },
          { header: 'Art', cell: ({ source }) => SOURCE_KIND[source.kind] },
          { header: 'Zeitplan', cell: ({ source }) => intervalLabel(source.intervalHours) },
          {
            header: 'Letzte Ernte',
            cell: ({ lastRun }) =>
              lastRun ? (
                <>
                  {formatDateTime(lastRun.startedAt)} <StatusTag kind={RUN_STATUS[lastRun.status].kind}>{RUN_STATUS[lastRun.status].label}</StatusTag>
                </>
              ) : (
                'noch nie'
              ),
          },
        ]}
        rows={rows}
        empty="Ihre Organisationen haben keine Erntequellen."
      />
    </>
  );
}
