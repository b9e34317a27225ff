import { ADMIN_PATHS } from '../paths';
import { formatDateTime, Table, type Column } from '../../../kernel/views';
import { describeDetails, objectTypeLabel, type AuditEntryView } from '../presenters';

function Details({ entry }: { entry: AuditEntryView }) {
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

function Action({ entry }: { entry: AuditEntryView }) {
  return entry.actionLabel ? <span title={entry.action}>{entry.actionLabel}</span> : <code>{entry.action}</code>;
}

function ObjectCell({ entry }: { entry: AuditEntryView }) {
  if (!entry.objectType) return <>–</>;
  const text = `${objectTypeLabel(entry.objectType)} ${entry.objectId ?? ''}`.trim();
  return entry.objectType === 'user' && entry.objectId ? <a href={ADMIN_PATHS.user(entry.objectId)}>{text}</a> : <>{text}</>;
}

const timeColumn: Column<AuditEntryView> = {
  header: 'Zeitpunkt',
  cell: (entry) => <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>,
};
const actorColumn: Column<AuditEntryView> = { header: 'Wer', cell: (entry) => entry.actorLabel };
const actionColumn: Column<AuditEntryView> = { header: 'Aktion', cell: (entry) => <Action entry={entry} /> };
const detailsColumn: Column<AuditEntryView> = { header: 'Details', cell: (entry) => <Details entry={entry} /> };

/** The full protocol shows the object; an object's own history does not need to. */
export function AuditTable({ caption, rows, withObject }: { caption: string; rows: AuditEntryView[]; withObject: boolean }) {
  const columns = withObject
    ? [timeColumn, actorColumn, actionColumn, { header: 'Objekt', cell: (entry: AuditEntryView) => <ObjectCell entry={entry} /> }, detailsColumn]
    : [timeColumn, actorColumn, actionColumn, detailsColumn];
  return <Table caption={caption} columns={columns} rows={rows} empty="Keine Einträge." />;
}
