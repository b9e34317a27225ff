import type { FieldErrors } from '../../../../../kernel/http';
import { Button, ErrorSummary, Form, SelectField, Table, TextField, formatDate } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import type { MemberLink } from '../repository';
import type { MembersPage } from '../use-cases/show-members';

interface MemberListProps extends MembersPage {
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

/** The portal role "Ratsmitglied": accounts linked to the Person they are, and the form to link one. */
export function MemberListPage({ links, persons, values, errors }: MemberListProps) {
  return (
    <>
      <h1>Ratsmitglieder</h1>
      <p class="lead">
        Ein Konto, das mit einer Person des Rates verknüpft ist, sieht nach der Anmeldung die nichtöffentlichen Tagesordnungspunkte, Vorlagen und Dokumente der
        Gremien, denen die Person gerade angehört. Die OParl-Schnittstelle zeigt sie nie.
      </p>
      <ErrorSummary errors={errors} />
      <Table<MemberLink>
        caption={`Verknüpfte Konten (${links.length})`}
        columns={[
          { header: 'Person', cell: (link) => <a href={STAFF_ENTRY_PATHS.person(link.personId)}>{link.personName}</a> },
          { header: 'Konto', cell: (link) => `${link.displayName} (${link.email})` },
          { header: 'Aktuelle Gremien', cell: (link) => (link.gremien.length ? link.gremien.join(', ') : 'keine') },
          { header: 'Verknüpft am', cell: (link) => formatDate(link.linkedAt) },
          {
            header: 'Aktion',
            cell: (link) => (
              <Form action={STAFF_ENTRY_PATHS.unlinkMember(link.userId)}>
                <Button variant="secondary">
                  Verknüpfung lösen<span class="visually-hidden"> für {link.personName}</span>
                </Button>
              </Form>
            ),
          },
        ]}
        rows={links}
        empty="Es ist noch kein Konto als Ratsmitglied verknüpft."
      />
      <h2>Konto verknüpfen</h2>
      <p>Die Person braucht ein Konto im Portal. Tragen Sie die E-Mail-Adresse ein, mit der sie sich anmeldet.</p>
      <Form action={STAFF_ENTRY_PATHS.members}>
        <TextField name="email" label="E-Mail-Adresse des Kontos" type="email" autocomplete="off" value={values?.email} error={errors?.email} />
        <SelectField
          name="personId"
          label="Person"
          placeholder="Bitte wählen"
          options={persons.map((person) => ({ value: person.id, label: person.name }))}
          value={values?.personId}
          error={errors?.personId}
        />
        <Button>Verknüpfen</Button>
      </Form>
    </>
  );
}
