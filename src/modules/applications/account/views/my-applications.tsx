import { formatDate, Table } from '../../../../kernel/views';
import { ACCOUNT_PATHS } from '../../../accounts';
import { SERVICE_PATHS } from '../../../services';
import { PATHS } from '../../paths';
import type { MyApplication, MyApplications, MyDraft } from '../view-models';
import { ApplicationStatusTag } from './status-tag';

function unreadLabel(count: number): string {
  if (count === 0) return 'keine neuen';
  return count === 1 ? '1 neue' : `${count} neue`;
}

function referenceLink(row: MyApplication) {
  return <a href={PATHS.mineDetail(row.id)}>{row.reference}</a>;
}

function Drafts({ drafts }: { drafts: MyDraft[] }) {
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="drafts-title">
      <h2 id="drafts-title">Entwürfe</h2>
      <p>Diese Anträge haben Sie begonnen, aber noch nicht abgeschickt. Die Verwaltung sieht sie noch nicht.</p>
      <Table<MyDraft>
        caption="Nicht abgeschickte Anträge"
        columns={[
          { header: 'Leistung', cell: (row) => row.serviceName },
          { header: 'Zuletzt gespeichert', cell: (row) => formatDate(row.updatedAt) },
          {
            header: 'Aktionen',
            cell: (row) => (
              <ul>
                <li>
                  <a href={row.continueHref}>
                    Weiter ausfüllen<span class="visually-hidden">: {row.serviceName}</span>
                  </a>
                </li>
                <li>
                  <a href={PATHS.mineDelete(row.id)}>
                    Entwurf löschen<span class="visually-hidden">: {row.serviceName}</span>
                  </a>
                </li>
              </ul>
            ),
          },
        ]}
        rows={drafts}
      />
    </section>
  );
}

function OpenApplications({ rows }: { rows: MyApplication[] }) {
  return (
    <section aria-labelledby="open-title">
      <h2 id="open-title">Laufende Anträge</h2>
      <Table<MyApplication>
        caption="Abgeschickte Anträge, die noch bearbeitet werden"
        empty="Sie haben zurzeit keine laufenden Anträge."
        columns={[
          { header: 'Aktenzeichen', cell: referenceLink },
          { header: 'Leistung', cell: (row) => row.serviceName },
          { header: 'Status', cell: (row) => <ApplicationStatusTag status={row.status} /> },
          { header: 'Abgeschickt am', cell: (row) => (row.submittedAt ? formatDate(row.submittedAt) : '') },
          { header: 'Nachrichten', cell: (row) => (row.unread > 0 ? <strong>{unreadLabel(row.unread)}</strong> : unreadLabel(0)) },
        ]}
        rows={rows}
      />
    </section>
  );
}

function ClosedApplications({ rows }: { rows: MyApplication[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="closed-title">
      <h2 id="closed-title">Abgeschlossene Anträge</h2>
      <Table<MyApplication>
        caption="Entschiedene und zurückgezogene Anträge"
        columns={[
          { header: 'Aktenzeichen', cell: referenceLink },
          { header: 'Leistung', cell: (row) => row.serviceName },
          { header: 'Ergebnis', cell: (row) => <ApplicationStatusTag status={row.status} /> },
          { header: 'Abgeschlossen am', cell: (row) => (row.closedAt ? formatDate(row.closedAt) : '') },
          { header: 'Nachrichten', cell: (row) => unreadLabel(row.unread) },
        ]}
        rows={rows}
      />
    </section>
  );
}

function PersonalData() {
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Ihre Daten</h2>
      <p>
        Sie haben das Recht zu erfahren, welche Daten wir über Sie speichern, und sie mitzunehmen (Artikel 15 und 20 der Datenschutz-Grundverordnung). Die Datei
        enthält Ihre Kontodaten und alle Anträge mit Ihren Angaben, dem Verlauf, Ihren Nachrichten, Angaben zu Ihren Dateien und Zahlungen, dazu Ihre Daten aus
        den anderen Bereichen des Portals. Das Format JSON können Sie mit einem Texteditor öffnen oder in andere Programme übernehmen.
      </p>
      <p>
        <a href={ACCOUNT_PATHS.myData} download>
          Meine Daten herunterladen (JSON)
        </a>
      </p>
    </section>
  );
}

/** "Meine Anträge": drafts, open and closed applications, and the data download. */
export function MyApplicationsPage({ applications }: { applications: MyApplications }) {
  const { drafts, open, closed } = applications;
  const empty = drafts.length + open.length + closed.length === 0;
  return (
    <>
      <h1>Meine Anträge</h1>
      {empty ? (
        <p class="lead">
          Sie haben noch keinen Antrag gestellt. <a href={SERVICE_PATHS.list}>Finden Sie die passende Leistung</a> und stellen Sie Ihren Antrag online.
        </p>
      ) : (
        <p class="lead">Hier sehen Sie den Stand Ihrer Anträge und die Nachrichten der Verwaltung.</p>
      )}
      <Drafts drafts={drafts} />
      {!empty && <OpenApplications rows={open} />}
      <ClosedApplications rows={closed} />
      <PersonalData />
    </>
  );
}
