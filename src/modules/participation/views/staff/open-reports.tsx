import { formatDateTime } from '../../../../kernel/views';

/** The open reports of a contribution, with their reasons (no reporter: moderators judge the item, not who reported it). */
export function OpenReports({ reports }: { reports: ReadonlyArray<{ id: string; reason: string; createdAt: Date }> }) {
  return (
    <>
      <h2>Offene Meldungen ({reports.length})</h2>
      {reports.length === 0 ? (
        <p>Keine.</p>
      ) : (
        <ul>
          {reports.map((report) => (
            <li key={report.id}>
              {formatDateTime(report.createdAt)}: {report.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
