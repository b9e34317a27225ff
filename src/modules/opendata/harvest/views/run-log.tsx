import { formatDateTime, StatusTag, SummaryList, Table } from '../../../../kernel/views';
import { LOG_LEVEL, RUN_STATUS } from '../presenters';
import type { HarvestLogEntry, HarvestRun, HarvestSource } from '../repository';

/** One run's counts and its log: the level as a text tag, the remote dataset it concerns, the message. */
export function RunLogPage({ source, run, log }: { source: HarvestSource; run: HarvestRun; log: HarvestLogEntry[] }) {
  return (
    <>
      <h1>Ernte vom {formatDateTime(run.startedAt)}</h1>
      <p class="lead">{source.title}</p>
      <SummaryList
        rows={[
          { key: 'Status', value: <StatusTag kind={RUN_STATUS[run.status].kind}>{RUN_STATUS[run.status].label}</StatusTag> },
          { key: 'Ende', value: run.finishedAt ? formatDateTime(run.finishedAt) : 'läuft noch' },
          { key: 'Datensätze', value: `${run.created} neu, ${run.updated} geändert, ${run.deleted} gelöscht, ${run.failed} mit Fehler` },
        ]}
      />
      <Table<HarvestLogEntry>
        caption="Protokoll"
        columns={[
          { header: 'Art', cell: (entry) => <StatusTag kind={LOG_LEVEL[entry.level].kind}>{LOG_LEVEL[entry.level].label}</StatusTag> },
          { header: 'Datensatz', cell: (entry) => entry.datasetRef ?? '–' },
          { header: 'Meldung', cell: (entry) => entry.message },
        ]}
        rows={log}
        empty="Dieser Lauf hat nichts protokolliert."
      />
    </>
  );
}
