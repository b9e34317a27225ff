import { formatDateTime, StatusTag, Table } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import { RUN_OUTCOMES } from '../presenters';
import type { RunRow } from '../repository';

/** Runs with their outcome and counts; each links to its page with the skipped nodes. */
export function RunTable({ caption, runs, withSource }: { caption: string; runs: RunRow[]; withSource: boolean }) {
  return (
    <Table<RunRow>
      caption={caption}
      columns={[
        { header: 'Beginn', cell: ({ run }) => <a href={STAFF_PATHS.run(run.id)}>{formatDateTime(run.startedAt)}</a> },
        ...(withSource ? [{ header: 'Quelle', cell: ({ sourceName }: RunRow) => sourceName ?? 'gelöschte Quelle' }] : []),
        { header: 'Ergebnis', cell: ({ run }) => <StatusTag kind={RUN_OUTCOMES[run.outcome].kind}>{RUN_OUTCOMES[run.outcome].label}</StatusTag> },
        { header: 'Gelesen', numeric: true, cell: ({ run }) => run.nodesRead },
        { header: 'Übernommen', numeric: true, cell: ({ run }) => run.nodesTaken },
        { header: 'Übersprungen', numeric: true, cell: ({ run }) => run.nodesRead - run.nodesTaken },
      ]}
      rows={runs}
      empty="Es gab noch keinen Import."
    />
  );
}
