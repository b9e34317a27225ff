import { ButtonLink, formatDateTime, StatusTag, Table } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import { intervalLabel, RUN_OUTCOMES } from '../presenters';
import type { SourceRow } from '../repository';

/** The Freifunk feeds the portal imports, with their schedule and latest run. */
export function SourceListPage({ rows }: { rows: SourceRow[] }) {
  return (
    <>
      <h1>Feed-Quellen</h1>
      <p class="lead">
        Die Knotenlisten der Freifunk-Community (meshviewer.json oder nodes.json). Eingeschaltete Quellen werden nach ihrem Zeitplan importiert; ein
        fehlerhafter Feed ändert nichts an den Hotspots.
      </p>
      <ButtonLink href={STAFF_PATHS.newSource}>Quelle hinzufügen</ButtonLink>
      <Table<SourceRow>
        caption={`Feed-Quellen (${rows.length})`}
        columns={[
          { header: 'Quelle', cell: ({ source }) => <a href={STAFF_PATHS.source(source.id)}>{source.name}</a> },
          { header: 'Zeitplan', cell: ({ source }) => (source.enabled ? intervalLabel(source.intervalMinutes) : 'ausgeschaltet') },
          { header: 'Hotspots', numeric: true, cell: ({ hotspots }) => hotspots },
          {
            header: 'Letzter Import',
            cell: ({ lastRun }) =>
              lastRun ? (
                <>
                  {formatDateTime(lastRun.startedAt)} <StatusTag kind={RUN_OUTCOMES[lastRun.outcome].kind}>{RUN_OUTCOMES[lastRun.outcome].label}</StatusTag>
                </>
              ) : (
                'noch nie'
              ),
          },
        ]}
        rows={rows}
        empty="Es ist noch keine Feed-Quelle eingetragen."
      />
    </>
  );
}
