import { ADMIN_PATHS } from '../paths';
import {
  Button,
  ButtonLink,
  ErrorSummary,
  Form,
  formatDateTime,
  Pagination,
  SelectField,
  StatusTag,
  Table,
  TextField,
  type Column,
} from '../../../kernel/views';
import type { FieldErrors } from '../../../kernel/http';
import { accountStatus, hrefWith, ROLE_LABELS, roleLabel } from '../presenters';
import type { Paged, UserListRow } from '../repository';

interface UsersPageProps {
  result: Paged<UserListRow>;
  page: number;
  pageCount: number;
  /** The filter as typed, to show it again and keep it in the page links. */
  values: { q?: string | undefined; role?: string | undefined; status?: string | undefined };
  errors?: FieldErrors | undefined;
}

const columns: Column<UserListRow>[] = [
  { header: 'E-Mail-Adresse', cell: (user) => <a href={ADMIN_PATHS.user(user.id)}>{user.email}</a> },
  { header: 'Name', cell: (user) => user.displayName },
  { header: 'Rolle', cell: (user) => roleLabel(user.role) },
  { header: 'Fachbereiche', cell: (user) => (user.departments.length ? user.departments.join(', ') : '–') },
  {
    header: 'Status',
    cell: (user) => {
      const status = accountStatus(user);
      return <StatusTag kind={status.kind}>{status.label}</StatusTag>;
    },
  },
  { header: 'Letzte Anmeldung', cell: (user) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'noch nie') },
];

const roleOptions = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

const statusOptions = [
  { value: 'aktiv', label: 'Aktiv' },
  { value: 'ohne-passwort', label: 'Passwort noch nicht gesetzt (Mitarbeitende)' },
  { value: 'gesperrt', label: 'Gesperrt' },
];

export function UsersPage({ result, page, pageCount, values, errors }: UsersPageProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Benutzerkonten</h1>
      <p class="button-group">
        <ButtonLink href={ADMIN_PATHS.newUser}>Konto für Mitarbeitende anlegen</ButtonLink>
      </p>
      <Form action={ADMIN_PATHS.users} method="get" class="panel" label="Konten filtern">
        <TextField name="q" type="search" label="Suche nach E-Mail-Adresse oder Name" value={values.q} error={errors?.q} width="medium" />
        <SelectField name="role" label="Rolle" value={values.role} options={roleOptions} placeholder="Alle Rollen" error={errors?.role} />
        <SelectField name="status" label="Status" value={values.status} options={statusOptions} placeholder="Alle" error={errors?.status} />
        <Button variant="secondary">Filter anwenden</Button>
      </Form>
      <p role="status">{result.total === 1 ? '1 Konto gefunden' : `${result.total} Konten gefunden`}</p>
      <Table caption={`Konten, Seite ${page} von ${pageCount}`} columns={columns} rows={result.rows} empty="Keine Konten passen zum Filter." />
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => hrefWith(ADMIN_PATHS.users, { ...values, page: p > 1 ? p : undefined })} />
    </>
  );
}
