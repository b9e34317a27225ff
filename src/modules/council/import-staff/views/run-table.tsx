import { formatDateTime, StatusTag, Table } from '../../../../kernel/views';
import { IMPORT_PATHS } from '../../paths';
import { RUN_OUTCOMES, runTotals } from '../presenters';
import type { RunRow } from '../repository';

/** Runs with their outcome and totals; each links to its report. */
export function RunTable({ caption, runs, withSource }: { caption: string; runs: RunRow[]; withSource: boolean }) {
  return (
    <Table<RunRow>
      caption={caption}
      columns={[
        { header: 'Beginn', cell: ({ run }) => <a href={IMPORT_PATHS.run(run.id)}>{formatDateTime(run.startedAt)}</a> },
        ...(withSource ? [{ header: 'Quelle', cell: ({ sourceName }: RunRow) => sourceName }] : []),
        { header: 'Ergebnis', cell: ({ run }) => <StatusTag kind={RUN_OUTCOMES[run.outcome].kind}>{RUN_OUTCOMES[run.outcome].label}</StatusTag> },
        { header: 'Neu', numeric: true, cell: ({ run }) => runTotals(run).new },
        { header: 'Geändert', numeric: true, cell: ({ run }) => runTotals(run).changed },
        { header: 'Gelöscht', numeric: true, cell: ({ run }) => runTotals(run).deleted },
        { header: 'Übersprungen', numeric: true, cell: ({ run }) => run.skippedCount },
      ]}
      rows={runs}
      empty="Es gab noch keinen Import."
    />
  );
}
