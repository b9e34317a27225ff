import { InsetText, StatusTag, SummaryList, type SummaryRow } from '../../../../kernel/views';
import { PAGE_PATHS } from '../../paths';
import { meetingDay, meetingHours, meetingStateText, paperTitle, webLink } from '../presenters';
import type { MeetingPage as Meeting, ShownAgendaItem } from '../use-cases/show-meeting';
import { CancelledTag, FileLink, FileList, GremienLinks } from './parts';

type Shown = Extract<Meeting, { kind: 'shown' }>;

function AgendaItem({ item }: { item: ShownAgendaItem }) {
  const rows: SummaryRow[] = [
    ...(item.paper
      ? [{ key: 'Vorlage', value: <a href={PAGE_PATHS.paper(item.paper.id)}>{[item.paper.reference, paperTitle(item.paper)].filter(Boolean).join(': ')}</a> }]
      : []),
    ...(item.result ? [{ key: 'Ergebnis', value: item.result }] : []),
    ...(item.resolutionText ? [{ key: 'Beschluss', value: <p class="preserve-lines">{item.resolutionText}</p> }] : []),
    ...(item.resolutionFile ? [{ key: 'Beschlussdokument', value: <FileLink file={item.resolutionFile} /> }] : []),
    ...(item.files.length > 0 ? [{ key: 'Dokumente', value: <FileList files={item.files} /> }] : []),
  ];
  return (
    <li class="agenda__item" id={`top-${item.id}`}>
      <h3 class="agenda__title">
        {item.number && <span class="agenda__number">{`${item.number} `}</span>}
        {item.name ?? 'Tagesordnungspunkt ohne Titel'}
        {!item.public && (
          <>
            {' '}
            <StatusTag kind="warning">nicht öffentlich</StatusTag>
          </>
        )}
      </h3>
      {rows.length > 0 && <SummaryList rows={rows} />}
    </li>
  );
}

function Documents({ documents }: Pick<Shown, 'documents'>) {
  const named = [
    documents.invitation && { label: 'Einladung', file: documents.invitation },
    documents.resultsProtocol && { label: 'Ergebnisprotokoll', file: documents.resultsProtocol },
    documents.verbatimProtocol && { label: 'Wortprotokoll', file: documents.verbatimProtocol },
  ].filter((entry) => entry !== undefined);
  if (named.length === 0 && documents.auxiliary.length === 0) return <p>Zu dieser Sitzung sind noch keine Dokumente veröffentlicht.</p>;
  return (
    <SummaryList
      rows={[
        ...named.map(({ label, file }) => ({ key: label, value: <FileLink file={file} /> })),
        ...(documents.auxiliary.length > 0 ? [{ key: 'Weitere Dokumente', value: <FileList files={documents.auxiliary} /> }] : []),
      ]}
    />
  );
}

/** `/rat/sitzungen/<id>`: when and where, the documents, and the agenda with papers, results and resolutions. */
export function MeetingPage({ page, title }: { page: Shown; title: string }) {
  const { meeting, organizations, agenda, hiddenItems } = page;
  const state = meetingStateText(meeting);
  const web = webLink(meeting.web);
  const rows: SummaryRow[] = [
    {
      key: organizations.length > 1 ? 'Gremien' : 'Gremium',
      value: organizations.length > 0 ? <GremienLinks organizations={organizations} /> : 'Nicht angegeben',
    },
    { key: 'Termin', value: meeting.start ? `${meetingDay(meeting.start)}, ${meetingHours(meeting.start, meeting.end)}` : 'Noch nicht bekannt' },
    { key: 'Ort', value: meeting.place ?? 'Noch nicht bekannt' },
    ...(state ? [{ key: 'Stand', value: meeting.cancelled ? <CancelledTag /> : state }] : []),
    ...(web ? [{ key: 'Quelle', value: <a href={web}>Diese Sitzung im Ratsinformationssystem</a> }] : []),
  ];
  return (
    <>
      <h1>{title}</h1>
      {meeting.cancelled && (
        <InsetText>
          <p>Diese Sitzung ist abgesagt.</p>
        </InsetText>
      )}
      <SummaryList rows={rows} />
      <h2>Dokumente</h2>
      <Documents documents={page.documents} />
      <h2>Tagesordnung</h2>
      {agenda.length === 0 && hiddenItems === 0 && <p>Die Tagesordnung ist noch nicht veröffentlicht.</p>}
      {agenda.length > 0 && (
        <ol class="agenda" aria-label="Tagesordnungspunkte">
          {agenda.map((item) => (
            <AgendaItem item={item} />
          ))}
        </ol>
      )}
      {hiddenItems > 0 && (
        <InsetText>
          <p>Diese Sitzung hat auch einen nicht öffentlichen Teil. Seine Punkte sehen nur die Mitglieder des Gremiums.</p>
        </InsetText>
      )}
    </>
  );
}
