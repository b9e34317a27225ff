import { formatDateTime, NotificationBanner, StatusTag, SummaryList, Table } from '../../../../kernel/views';
import { TYPE_LABELS } from '../../import/type-labels';
import { IMPORT_PATHS } from '../../paths';
import type { ImportSkip, ImportTypeCounts } from '../../tables';
import { RUN_OUTCOMES } from '../presenters';
import type { RunRow } from '../repository';
import { RunTable } from './run-table';

export function RunListPage({ runs }: { runs: RunRow[] }) {
  return (
    <>
      <h1>Import-Berichte</h1>
      <p class="lead">
        Jeder Import einer OParl-Quelle mit seinen Zahlen. Übersprungene Objekte und Fehler stehen mit ihrem Grund im Bericht des jeweiligen Imports; ein
        unterbrochener Import wird beim nächsten Mal an derselben Stelle fortgesetzt.
      </p>
      <RunTable caption={`Die letzten ${runs.length} Importe`} runs={runs} withSource />
    </>
  );
}

type CountRow = [type: string, counts: ImportTypeCounts];

function SkipTable({ caption, rows, empty }: { caption: string; rows: ImportSkip[]; empty: string }) {
  return (
    <Table<ImportSkip>
      caption={caption}
      columns={[
        { header: 'Objekt', cell: (skip) => <code>{skip.url || '–'}</code> },
        { header: 'Grund', cell: (skip) => skip.reason },
      ]}
      rows={rows}
      empty={empty}
    />
  );
}

/** One run's report: its outcome, counts per type, errors and skipped objects. */
export function RunPage({ run, sourceName }: RunRow) {
  const outcome = RUN_OUTCOMES[run.outcome];
  const counts = Object.entries(run.counts).sort(([a], [b]) => Object.keys(TYPE_LABELS).indexOf(a) - Object.keys(TYPE_LABELS).indexOf(b));
  return (
    <>
      <h1>Import vom {formatDateTime(run.startedAt)}</h1>
      {run.outcome === 'failed' && (
        <NotificationBanner kind="warning" title="Der Import ist gescheitert oder unvollständig">
          <p>Gespeichert ist, was bis dahin gelesen war; nichts wurde gelöscht. {run.position ? 'Der nächste Import setzt an derselben Stelle fort.' : ''}</p>
        </NotificationBanner>
      )}
      <SummaryList
        rows={[
          { key: 'Quelle', value: <a href={IMPORT_PATHS.source(run.sourceId)}>{sourceName}</a> },
          { key: 'Ergebnis', value: <StatusTag kind={outcome.kind}>{outcome.label}</StatusTag> },
          { key: 'Umfang', value: run.modifiedSince ? `Änderungen seit ${formatDateTime(run.modifiedSince)}` : 'vollständig' },
          { key: 'Fortsetzung', value: run.resumedFromId ? 'setzt einen unterbrochenen Import fort' : 'nein' },
          { key: 'Listenseiten', value: run.pagesRead },
          { key: 'Dateien', value: `${run.filesStored} geladen, ${run.filesFailed} fehlgeschlagen` },
          { key: 'Ende', value: run.finishedAt ? formatDateTime(run.finishedAt) : 'läuft noch' },
        ]}
      />
      <Table<CountRow>
        caption="Objekte nach Art"
        columns={[
          { header: 'Art', cell: ([type]) => TYPE_LABELS[type] ?? type },
          { header: 'Neu', numeric: true, cell: ([, count]) => count.new },
          { header: 'Geändert', numeric: true, cell: ([, count]) => count.changed },
          { header: 'Gelöscht', numeric: true, cell: ([, count]) => count.deleted },
          { header: 'Unverändert', numeric: true, cell: ([, count]) => count.unchanged },
        ]}
        rows={counts}
        empty="Der Import hat kein Objekt gelesen."
      />
      <SkipTable caption="Fehler" rows={run.errors} empty="Kein Fehler." />
      <SkipTable caption={`Übersprungen (${run.skippedCount})`} rows={run.skipped} empty="Nichts wurde übersprungen." />
      {run.skippedCount > run.skipped.length && <p>… und {run.skippedCount - run.skipped.length} weitere, die hier nicht einzeln aufgeführt sind.</p>}
    </>
  );
}
