import { ADMIN_PATHS } from '../paths';
import { formatDateTime, Table, type Column } from '../../../kernel/views';
import { actionLabel, describeDetails, objectTypeLabel } from '../presenters';
import type { AuditRow } from '../repository';

function Details({ entry }: { entry: AuditRow }) {
  const lines = describeDetails(entry.details);
  if (lines.length === 0) return <>–</>;
  return (
    <ul>
      {lines.map((line) => (
        <li>{line}</li>
      ))}
    </ul>
  );
}

function Action({ action }: { action: string }) {
  const label = actionLabel(action);
  return label === action ? <code>{action}</code> : <span title={action}>{label}</span>;
}

function ObjectCell({ entry }: { entry: AuditRow }) {
  if (!entry.objectType) return <>–</>;
  const text = `${objectTypeLabel(entry.objectType)} ${entry.objectId ?? ''}`.trim();
  return entry.objectType === 'user' && entry.objectId ? <a href={ADMIN_PATHS.user(entry.objectId)}>{text}</a> : <>{text}</>;
}

const timeColumn: Column<AuditRow> = {
  header: 'Zeitpunkt',
  cell: (entry) => <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>,
};
const actorColumn: Column<AuditRow> = { header: 'Wer', cell: (entry) => entry.actorLabel };
const actionColumn: Column<AuditRow> = { header: 'Aktion', cell: (entry) => <Action action={entry.action} /> };
const detailsColumn: Column<AuditRow> = { header: 'Details', cell: (entry) => <Details entry={entry} /> };

/** The full protocol shows the object; an object's own history does not need to. */
export function AuditTable({ caption, rows, withObject }: { caption: string; rows: AuditRow[]; withObject: boolean }) {
  const columns = withObject
    ? [timeColumn, actorColumn, actionColumn, { header: 'Objekt', cell: (entry: AuditRow) => <ObjectCell entry={entry} /> }, detailsColumn]
    : [timeColumn, actorColumn, actionColumn, detailsColumn];
  return <Table caption={caption} columns={columns} rows={rows} empty="Keine Einträge." />;
}
