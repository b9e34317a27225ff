import { formatDateTime, Table } from '../../../../kernel/views';
import type { ChangedField } from '../history';

export interface ChangeRow {
  id: string;
  changedAt: Date;
  summary: string;
  fields: ChangedField[];
  actorName: string | null;
}

/** The history as a table: when, who, what, and each field's old and new value as shown. */
export function HistoryTable({ changes, caption }: { changes: ChangeRow[]; caption: string }) {
  return (
    <Table<ChangeRow>
      caption={caption}
      empty="Noch keine Änderungen."
      rows={changes}
      columns={[
        { header: 'Wann', cell: (row) => formatDateTime(row.changedAt) },
        { header: 'Wer', cell: (row) => row.actorName ?? 'gelöschtes Konto oder System' },
        {
          header: 'Was',
          cell: (row) => (
            <>
              {row.summary}
              {row.fields.length > 0 && (
                <ul class="list">
                  {row.fields.map((field) => (
                    <li>{`${field.field}: ${field.before || '(leer)'} → ${field.after || '(leer)'}`}</li>
                  ))}
                </ul>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
