import { formatDate, InsetText, StatusTag, SummaryList, Table, type SummaryRow } from '../../../../kernel/views';
import { PAGE_PATHS } from '../../paths';
import { calendarDate, meetingTitle, paperTitle, personName, webLink } from '../presenters';
import type { PaperPage as Paper } from '../use-cases/show-paper';
import { FileLink, FileList, GremienLinks } from './parts';

type Shown = Extract<Paper, { kind: 'shown' }>;
type Consultation = Shown['consultations'][number];

const RELATION_LABELS = { superordinated: 'Übergeordnete Vorlage', subordinated: 'Untergeordnete Vorlage', related: 'Verwandte Vorlage' } as const;

function Relations({ relations }: Pick<Shown, 'relations'>) {
  if (relations.length === 0) return null;
  return (
    <>
      <h2>Zusammenhängende Vorlagen</h2>
      <ul class="list">
        {relations.map((row) => (
          <li>
            {`${RELATION_LABELS[row.relation]}: `}
            <a href={PAGE_PATHS.paper(row.id)}>{[row.reference, paperTitle(row)].filter(Boolean).join(': ')}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

function consultationItem(row: Consultation) {
  if (row.agendaItem && row.meeting) {
    return (
      <>
        <a href={`${PAGE_PATHS.meeting(row.meeting.id)}#top-${row.agendaItem.id}`}>{`TOP ${row.agendaItem.number ?? row.agendaItem.name ?? ''}`.trim()}</a>
        {row.nonPublic && (
          <>
            {' '}
            <StatusTag kind="warning">nicht öffentlich</StatusTag>
          </>
        )}
      </>
    );
  }
  return row.nonPublic ? 'im nicht öffentlichen Teil' : '–';
}

function History({ consultations }: Pick<Shown, 'consultations'>) {
  return (
    <Table
      caption="Beratungsfolge"
      empty="Für diese Vorlage ist noch keine Beratung eingetragen."
      rows={consultations}
      columns={[
        { header: 'Gremium', cell: (row) => (row.organizations.length > 0 ? <GremienLinks organizations={row.organizations} /> : 'Nicht angegeben') },
        {
          header: 'Sitzung',
          cell: (row) =>
            row.meeting ? (
              <>
                <a href={PAGE_PATHS.meeting(row.meeting.id)}>{row.meeting.start ? formatDate(row.meeting.start) : meetingTitle(row.meeting)}</a>
                {row.meeting.cancelled && ' (abgesagt)'}
              </>
            ) : (
              'Noch nicht terminiert'
            ),
        },
        { header: 'Tagesordnungspunkt', cell: consultationItem },
        {
          header: 'Rolle',
          cell: (row) =>
            [row.role, row.authoritative === true ? 'entscheidet' : row.authoritative === false ? 'berät' : null].filter(Boolean).join(', ') || '–',
        },
        { header: 'Ergebnis', cell: (row) => row.agendaItem?.result ?? '–' },
      ]}
    />
  );
}

/** `/rat/vorlagen/<id>`: the paper's facts, files, relations, places and the consultation history. */
export function PaperPage({ page }: { page: Shown }) {
  const { paper, parties } = page;
  const originators = [
    ...parties.originatorPersons.map((person) => <a href={PAGE_PATHS.person(person.id)}>{personName(person)}</a>),
    ...parties.originatorOrganizations.map((org) => <a href={PAGE_PATHS.organization(org.slug)}>{org.name}</a>),
  ];
  const web = webLink(paper.web);
  const rows: SummaryRow[] = [
    { key: 'Drucksachennummer', value: paper.reference ?? 'Nicht angegeben' },
    { key: 'Art', value: paper.paperType ?? 'Nicht angegeben' },
    { key: 'Datum', value: calendarDate(paper.date) ?? 'Nicht angegeben' },
    ...(originators.length > 0 ? [{ key: 'Eingebracht von', value: originators.map((link, index) => [index > 0 && ', ', link]) }] : []),
    ...(parties.underDirectionOf.length > 0 ? [{ key: 'Federführend', value: <GremienLinks organizations={parties.underDirectionOf} /> }] : []),
    ...(page.places.length > 0 ? [{ key: 'Betrifft den Ort', value: page.places.join('; ') }] : []),
    ...(web ? [{ key: 'Quelle', value: <a href={web}>Diese Vorlage im Ratsinformationssystem</a> }] : []),
  ];
  return (
    <>
      <h1>{paperTitle(paper)}</h1>
      {!paper.public && (
        <InsetText>
          <p>
            <StatusTag kind="warning">nicht öffentlich</StatusTag> Diese Vorlage gehört zum nicht öffentlichen Teil. Nur die Mitglieder der beratenden Gremien
            und die Verwaltung sehen sie; geben Sie ihren Inhalt nicht weiter.
          </p>
        </InsetText>
      )}
      <SummaryList rows={rows} />
      <h2>Dokumente</h2>
      {page.mainFile || page.auxiliaryFiles.length > 0 ? (
        <SummaryList
          rows={[
            ...(page.mainFile ? [{ key: 'Vorlage', value: <FileLink file={page.mainFile} /> }] : []),
            ...(page.auxiliaryFiles.length > 0 ? [{ key: 'Anlagen', value: <FileList files={page.auxiliaryFiles} /> }] : []),
          ]}
        />
      ) : (
        <p>Zu dieser Vorlage sind keine Dokumente veröffentlicht.</p>
      )}
      <Relations relations={page.relations} />
      <h2>Beratungen</h2>
      <History consultations={page.consultations} />
    </>
  );
}
