import { SummaryList, Table, type SummaryRow } from '../../../../kernel/views';
import { PAGE_PATHS } from '../../paths';
import { calendarDate, personName, webLink } from '../presenters';
import type { MembershipRecord } from '../queries/persons';
import type { PersonPage as Shown } from '../use-cases/show-person';

function Memberships({ caption, rows, past }: { caption: string; rows: MembershipRecord[]; past: boolean }) {
  return (
    <Table
      caption={caption}
      rows={rows}
      empty="Keine."
      columns={[
        { header: 'Gremium', cell: (row) => <a href={PAGE_PATHS.organization(row.slug)}>{row.organization}</a> },
        { header: 'Rolle', cell: (row) => row.role ?? 'Mitglied' },
        { header: 'Seit', cell: (row) => calendarDate(row.startDate) ?? '–' },
        ...(past ? [{ header: 'Bis', cell: (row: MembershipRecord) => calendarDate(row.endDate) ?? '–' }] : []),
      ]}
    />
  );
}

/** `/rat/personen/<id>`: only what the source publishes; e-mail and phone appear only when it does. */
export function PersonPage({ page }: { page: Shown }) {
  const { person } = page;
  const web = webLink(person.web);
  const rows: SummaryRow[] = [
    ...(person.title.length > 0 ? [{ key: 'Titel', value: person.title.join(', ') }] : []),
    ...(person.status.length > 0 ? [{ key: 'Funktion', value: person.status.join(', ') }] : []),
    ...(person.email.length > 0
      ? [{ key: 'E-Mail', value: person.email.map((mail, index) => [index > 0 && ', ', <a href={`mailto:${mail}`}>{mail}</a>]) }]
      : []),
    ...(person.phone.length > 0 ? [{ key: 'Telefon', value: person.phone.join(', ') }] : []),
    ...(web ? [{ key: 'Quelle', value: <a href={web}>Diese Person im Ratsinformationssystem</a> }] : []),
  ];
  const name = [person.formOfAddress, person.title.join(' '), personName(person), person.affix].filter(Boolean).join(' ');
  return (
    <>
      <h1>{name}</h1>
      {rows.length > 0 && <SummaryList rows={rows} />}
      <h2>Mitgliedschaften</h2>
      {page.current.length === 0 ? (
        <p>Zurzeit ist keine Mitgliedschaft veröffentlicht.</p>
      ) : (
        <Memberships caption="Aktuelle Mitgliedschaften" rows={page.current} past={false} />
      )}
      {page.past.length > 0 && <Memberships caption="Frühere Mitgliedschaften" rows={page.past} past={true} />}
    </>
  );
}
