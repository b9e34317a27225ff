import type { FieldErrors } from '../../../../../kernel/http';
import { ButtonLink, ErrorSummary, RadioGroup, Table, TextField } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import { fieldBinder } from '../../entry/bind';
import { DeleteLink, EntryForm } from '../../entry/entry-form';
import { dayText } from '../../entry/fields';
import type { MembershipRow } from '../repository';
import { FORMS_OF_ADDRESS } from '../schemas';
import type { PersonPage } from '../use-cases/open-person';

interface PersonFormProps {
  page: PersonPage | undefined;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

function Memberships({ page, imported }: { page: PersonPage; imported: boolean }) {
  const { person, memberships } = page;
  return (
    <>
      <h2>Mitgliedschaften</h2>
      <Table<MembershipRow>
        caption={`Mitgliedschaften von ${person.name ?? ''}`}
        columns={[
          { header: 'Gremium', cell: (row) => <a href={STAFF_ENTRY_PATHS.membership(person.id, row.id)}>{row.gremium}</a> },
          { header: 'Rolle', cell: (row) => row.role ?? '' },
          { header: 'Stimmrecht', cell: (row) => (row.votingRight === null ? '' : row.votingRight ? 'ja' : 'nein') },
          { header: 'Zeitraum', cell: (row) => [dayText(row.startDate) || 'offen', dayText(row.endDate) || 'heute'].join(' bis ') },
          { header: 'Für Fraktion', cell: (row) => row.onBehalfOf ?? '' },
        ]}
        rows={memberships}
        empty="Die Person gehört keinem Gremium an."
      />
      {!imported && (
        <ButtonLink href={STAFF_ENTRY_PATHS.newMembership(person.id)} variant="secondary">
          Mitgliedschaft hinzufügen
        </ButtonLink>
      )}
    </>
  );
}

/** Add or edit a person (only what the council publishes), with the memberships below. */
export function PersonFormPage({ page, values, errors }: PersonFormProps) {
  const person = page?.person;
  const stored = person ? { ...person, title: person.title.join(' '), formOfAddress: person.formOfAddress ?? 'keine' } : {};
  const field = fieldBinder(stored, values, errors);
  const imported = Boolean(person?.sourceId);
  return (
    <>
      <h1>{person ? `${person.name ?? ''} bearbeiten` : 'Person hinzufügen'}</h1>
      <p>Tragen Sie nur ein, was der Rat über die Person veröffentlicht.</p>
      <ErrorSummary errors={errors} />
      <EntryForm action={person ? STAFF_ENTRY_PATHS.person(person.id) : STAFF_ENTRY_PATHS.newPerson} imported={imported}>
        <RadioGroup
          name="formOfAddress"
          legend="Anrede"
          options={FORMS_OF_ADDRESS.map((form) => ({ value: form, label: form === 'keine' ? 'keine Anrede' : form }))}
          value={field('formOfAddress').value ?? 'keine'}
          error={errors?.formOfAddress}
        />
        <TextField {...field('title')} label="Titel (freiwillig)" hint="Zum Beispiel „Dr.“." width="medium" />
        <TextField {...field('givenName')} label="Vorname" autocomplete="off" />
        <TextField {...field('familyName')} label="Nachname" autocomplete="off" />
        <TextField {...field('affix')} label="Namenszusatz (freiwillig)" hint="Zum Beispiel „MdL“." width="medium" />
      </EntryForm>
      {page && <Memberships page={page} imported={imported} />}
      {person && <DeleteLink kind="personen" id={person.id} what="Person" imported={imported} />}
    </>
  );
}
