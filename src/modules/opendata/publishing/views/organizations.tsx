import type { FieldErrors } from '../../../../kernel/http';
import { formatFileSize } from '../../../../kernel/files';
import { Button, ButtonLink, ErrorSummary, Form, RadioGroup, SelectField, Table, TextField, type Column } from '../../../../kernel/views';
import { MEMBER_CAPACITIES, type Organization } from '../../tables';
import { PUBLISHING_PATHS } from '../paths';
import { CAPACITY_HINTS, CAPACITY_LABELS, text, type FormValues } from '../presenters';
import type { MemberRow } from '../repository/organizations';
import type { OrganizationListing } from '../use-cases/list-organizations';

const KIND_OPTIONS = [
  { value: 'city', label: 'Stadtverwaltung' },
  { value: 'company', label: 'Städtisches Unternehmen' },
  { value: 'institution', label: 'Einrichtung' },
];
const CAPACITY_OPTIONS = MEMBER_CAPACITIES.map((capacity) => ({ value: capacity, label: CAPACITY_LABELS[capacity], hint: CAPACITY_HINTS[capacity] }));

type Row = OrganizationListing['rows'][number];
const columns: Column<Row>[] = [
  { header: 'Organisation', cell: (row) => (row.mayManage ? <a href={PUBLISHING_PATHS.organization(row.id)}>{row.title}</a> : row.title) },
  { header: 'Ihre Rolle', cell: (row) => (row.capacity ? CAPACITY_LABELS[row.capacity] : 'Portal-Administration') },
  { header: 'Größte Datei', cell: (row) => formatFileSize(row.uploadLimitBytes) },
];

export function OrganizationsPage({ rows, mayCreate }: OrganizationListing) {
  return (
    <>
      <h1>Organisationen</h1>
      <p class="lead">Jede Organisation veröffentlicht ihre eigenen Daten. Ihre Mitglieder verwaltet die Administration der Organisation.</p>
      {mayCreate && (
        <p class="button-group">
          <ButtonLink href={PUBLISHING_PATHS.newOrganization}>Organisation anlegen</ButtonLink>
        </p>
      )}
      <Table caption="Ihre Organisationen" columns={columns} rows={rows} empty="Sie sind noch in keiner Organisation Mitglied." />
    </>
  );
}

function LimitField({ values, errors }: { values: FormValues; errors?: FieldErrors | undefined }) {
  return (
    <TextField
      name="uploadLimit"
      label="Größte Datei in Gigabyte"
      hint="So groß darf eine einzelne hochgeladene Datei sein, zum Beispiel 2 oder 0,5."
      value={text(values, 'uploadLimit')}
      error={errors?.uploadLimit}
      inputMode="decimal"
      width="short"
    />
  );
}

export function NewOrganizationPage({ values, errors }: { values: FormValues; errors?: FieldErrors | undefined }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Organisation anlegen</h1>
      <Form action={PUBLISHING_PATHS.newOrganization}>
        <TextField name="title" label="Name" value={text(values, 'title')} error={errors?.title} />
        <TextField
          name="name"
          label="Kurzname"
          hint="Teil der Adresse: 2 bis 100 Kleinbuchstaben, Ziffern, - und _."
          value={text(values, 'name')}
          error={errors?.name}
          width="medium"
        />
        <SelectField name="kind" label="Art" value={text(values, 'kind')} options={KIND_OPTIONS} placeholder="Bitte wählen" error={errors?.kind} />
        <TextField
          name="email"
          label="Funktionspostfach"
          hint="Eine Adresse wie opendata@…, keine persönliche: sie wird veröffentlicht."
          type="email"
          value={text(values, 'email')}
          error={errors?.email}
        />
        <LimitField values={{ uploadLimit: '2', ...values }} errors={errors} />
        <Button>Organisation anlegen</Button>
      </Form>
    </>
  );
}

interface OrganizationPageProps {
  organization: Organization;
  members: MemberRow[];
  maySetLimit: boolean;
  values: FormValues;
  errors?: FieldErrors | undefined;
}

/** An organisation's members with their roles, the form to add one, and (for the portal's admins) its upload limit. */
export function OrganizationPage({ organization, members, maySetLimit, values, errors }: OrganizationPageProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{organization.title}</h1>
      <h2>Mitglieder</h2>
      <div class="table-wrapper">
        <table class="table">
          <caption class="table__caption visually-hidden">Mitglieder von {organization.title}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-Mail-Adresse</th>
              <th scope="col">Rolle</th>
              <th scope="col">Aktion</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId}>
                <td>{member.displayName}</td>
                <td>{member.email}</td>
                <td>
                  <Form action={PUBLISHING_PATHS.member(organization.id, member.userId)} class="inline-form">
                    <label class="visually-hidden" for={`capacity-${member.userId}`}>
                      Rolle von {member.displayName}
                    </label>
                    <select class="select" id={`capacity-${member.userId}`} name="capacity">
                      {MEMBER_CAPACITIES.map((capacity) => (
                        <option value={capacity} selected={capacity === member.capacity}>
                          {CAPACITY_LABELS[capacity]}
                        </option>
                      ))}
                    </select>{' '}
                    <Button variant="secondary">
                      Rolle ändern<span class="visually-hidden"> für {member.displayName}</span>
                    </Button>
                  </Form>
                </td>
                <td>
                  <a href={PUBLISHING_PATHS.removeMember(organization.id, member.userId)}>
                    Entfernen<span class="visually-hidden">: {member.displayName}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Mitglied hinzufügen</h2>
      <Form action={PUBLISHING_PATHS.organization(organization.id)}>
        <input type="hidden" name="form" value="member" />
        <TextField
          name="email"
          label="E-Mail-Adresse des Dienstkontos"
          hint="Die Person braucht ein Dienstkonto im Portal."
          type="email"
          value={text(values, 'email')}
          error={errors?.email}
        />
        <RadioGroup name="capacity" legend="Rolle" value={text(values, 'capacity') ?? 'editor'} options={CAPACITY_OPTIONS} error={errors?.capacity} />
        <Button>Mitglied hinzufügen</Button>
      </Form>
      {maySetLimit && (
        <>
          <h2>Größte Datei</h2>
          <Form action={PUBLISHING_PATHS.organization(organization.id)}>
            <input type="hidden" name="form" value="limit" />
            <LimitField values={{ uploadLimit: String(organization.uploadLimitBytes / 1024 ** 3).replace('.', ','), ...values }} errors={errors} />
            <Button variant="secondary">Grenze speichern</Button>
          </Form>
        </>
      )}
    </>
  );
}

export function ConfirmRemoveMemberPage({ organization, member }: { organization: Organization; member: MemberRow }) {
  return (
    <>
      <h1>Mitglied entfernen?</h1>
      <p class="lead">
        {member.displayName} aus {organization.title}
      </p>
      <p>Die Person kann danach die Datensätze dieser Organisation nicht mehr sehen oder bearbeiten. Ihre Änderungen bleiben im Verlauf.</p>
      <Form action={PUBLISHING_PATHS.removeMember(organization.id, member.userId)}>
        <p class="button-group">
          <Button variant="danger">Mitglied entfernen</Button>
          <a href={PUBLISHING_PATHS.organization(organization.id)}>Abbrechen</a>
        </p>
      </Form>
    </>
  );
}
