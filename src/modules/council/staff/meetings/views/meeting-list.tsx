import { ButtonLink, StatusTag, Table, formatDateTime } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import type { MeetingRow } from '../repository';

/** Upcoming or past meetings, with the way to the other list and to add one. */
export function MeetingListPage({ meetings, past }: { meetings: MeetingRow[]; past: boolean }) {
  return (
    <>
      <h1>Sitzungen</h1>
      <p class="lead">Sitzungen des Rates und seiner Gremien mit Tagesordnung und Dokumenten.</p>
      <ButtonLink href={STAFF_ENTRY_PATHS.newMeeting}>Sitzung hinzufügen</ButtonLink>
      <nav aria-label="Zeitraum">
        <ul class="inline-list">
          <li>{past ? <a href={STAFF_ENTRY_PATHS.meetings}>Kommende Sitzungen</a> : <strong aria-current="page">Kommende Sitzungen</strong>}</li>
          <li>
            {past ? (
              <strong aria-current="page">Vergangene Sitzungen</strong>
            ) : (
              <a href={`${STAFF_ENTRY_PATHS.meetings}?zeit=vergangen`}>Vergangene Sitzungen</a>
            )}
          </li>
        </ul>
      </nav>
      <Table<MeetingRow>
        caption={`${past ? 'Vergangene' : 'Kommende'} Sitzungen (${meetings.length})`}
        columns={[
          { header: 'Beginn', cell: (row) => (row.start ? formatDateTime(row.start) : '') },
          { header: 'Sitzung', cell: (row) => <a href={STAFF_ENTRY_PATHS.meeting(row.id)}>{row.name ?? 'Sitzung'}</a> },
          { header: 'Gremien', cell: (row) => row.gremien },
          {
            header: 'Stand',
            cell: (row) => (row.cancelled ? <StatusTag kind="warning">abgesagt</StatusTag> : (row.meetingState ?? '')),
          },
          { header: 'Tagesordnungspunkte', cell: (row) => row.itemCount, numeric: true },
          { header: 'Einladung', cell: (row) => (row.invitationFileId ? 'ja' : 'fehlt') },
          { header: 'Herkunft', cell: (row) => (row.sourceId ? <StatusTag kind="info">importiert</StatusTag> : 'von Hand') },
        ]}
        rows={meetings}
        empty={past ? 'Es gibt keine vergangenen Sitzungen.' : 'Es sind keine Sitzungen angesetzt.'}
      />
    </>
  );
}
