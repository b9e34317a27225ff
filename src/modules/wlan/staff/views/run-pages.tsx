import { formatDateTime, NotificationBanner, StatusTag, SummaryList, Table } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import { FORMAT_LABELS, RUN_OUTCOMES } from '../presenters';
import type { RunRow } from '../repository';
import { RunTable } from './run-table';

export function RunListPage({ runs }: { runs: RunRow[] }) {
  return (
    <>
      <h1>Import-Protokoll</h1>
      <p class="lead">
        Jeder Import eines Feeds mit seinem Ergebnis. Ein gescheiterter Import lässt die Hotspots auf dem letzten guten Stand; übersprungene Knoten stehen mit
        ihrem Grund beim jeweiligen Import.
      </p>
      <RunTable caption={`Die letzten ${runs.length} Importe`} runs={runs} withSource />
    </>
  );
}

type Skipped = RunRow['run']['skipped'][number];

export function RunPage({ run, sourceName }: RunRow) {
  const outcome = RUN_OUTCOMES[run.outcome];
  const notListed = run.nodesRead - run.nodesTaken - run.skipped.length;
  return (
    <>
      <h1>Import vom {formatDateTime(run.startedAt)}</h1>
      {run.error && (
        <NotificationBanner kind="warning" title="Der Import ist gescheitert">
          <p>{run.error}</p>
          <p>Die Hotspots dieser Quelle sind unverändert geblieben.</p>
        </NotificationBanner>
      )}
      <SummaryList
        rows={[
          { key: 'Quelle', value: run.sourceId && sourceName ? <a href={STAFF_PATHS.source(run.sourceId)}>{sourceName}</a> : run.location },
          { key: 'Ergebnis', value: <StatusTag kind={outcome.kind}>{outcome.label}</StatusTag> },
          { key: 'Format', value: run.format ? FORMAT_LABELS[run.format] : 'nicht erkannt' },
          { key: 'Knoten gelesen', value: run.nodesRead },
          { key: 'Übernommen', value: run.nodesTaken },
          { key: 'Übersprungen', value: run.nodesRead - run.nodesTaken },
          { key: 'Ende', value: run.finishedAt ? formatDateTime(run.finishedAt) : 'läuft noch' },
        ]}
      />
      <Table<Skipped>
        caption="Übersprungene Knoten"
        columns={[
          { header: 'Knoten', cell: (skipped) => <code>{skipped.nodeId}</code> },
          { header: 'Grund', cell: (skipped) => skipped.reason },
        ]}
        rows={run.skipped}
        empty="Kein Knoten wurde übersprungen."
      />
      {notListed > 0 && <p>… und {notListed} weitere übersprungene Knoten, die hier nicht einzeln aufgeführt sind.</p>}
    </>
  );
}
