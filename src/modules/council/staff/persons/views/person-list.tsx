import { ButtonLink, StatusTag, Table } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import type { PersonRow } from '../repository';

/** The persons of the council: members of the Rat, the committees and the Fraktionen. */
export function PersonListPage({ persons }: { persons: PersonRow[] }) {
  return (
    <>
      <h1>Personen</h1>
      <p class="lead">Mitglieder des Rates, der Ausschüsse und Fraktionen, mit dem, was der Rat über sie veröffentlicht.</p>
      <ButtonLink href={STAFF_ENTRY_PATHS.newPerson}>Person hinzufügen</ButtonLink>
      <Table<PersonRow>
        caption={`Personen (${persons.length})`}
        columns={[
          { header: 'Name', cell: (row) => <a href={STAFF_ENTRY_PATHS.person(row.id)}>{row.name ?? ''}</a> },
          { header: 'Mitgliedschaften', cell: (row) => row.membershipCount, numeric: true },
          { header: 'Herkunft', cell: (row) => (row.sourceId ? <StatusTag kind="info">importiert</StatusTag> : 'von Hand') },
        ]}
        rows={persons}
        empty="Es sind noch keine Personen eingetragen."
      />
    </>
  );
}
