import { ADMIN_PATHS } from '../paths';
import { Button, CheckboxGroup, ErrorSummary, Form, RadioGroup, TextField, type Option } from '../../../kernel/views';
import type { FieldErrors } from '../../../kernel/http';
import { ROLE_HINTS, ROLE_LABELS } from '../presenters';
import { STAFF_ROLES } from '../schemas';

export interface AccessOptions {
  departments: Option[];
  permissions: Option[];
}

export interface NewUserValues {
  email?: string | undefined;
  displayName?: string | undefined;
  role?: string | undefined;
  departments: string[];
  permissions: string[];
}

const roleOptions: Option[] = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role], hint: ROLE_HINTS[role] }));

/** Departments and permissions; shared with the change form on the account's page. */
export function AccessChoices({
  options,
  values,
  errors,
}: {
  options: AccessOptions;
  values: { departments: string[]; permissions: string[] };
  errors?: FieldErrors | undefined;
}) {
  return (
    <>
      {options.departments.length === 0 ? (
        <p>
          Es gibt noch keine Fachbereiche. <a href={ADMIN_PATHS.departments}>Fachbereiche anlegen</a>
        </p>
      ) : (
        <CheckboxGroup
          name="departments"
          legend="Fachbereiche"
          hint="Mitarbeitende sehen nur die Arbeit dieser Fachbereiche."
          options={options.departments}
          values={values.departments}
          error={errors?.departments}
        />
      )}
      <CheckboxGroup
        name="permissions"
        legend="Berechtigungen"
        hint="Gelten für Mitarbeitende; die Administration hat alle Berechtigungen."
        options={options.permissions}
        values={values.permissions}
        error={errors?.permissions}
      />
    </>
  );
}

export function NewUserPage({ values, errors, options }: { values: NewUserValues; errors?: FieldErrors | undefined; options: AccessOptions }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Konto für Mitarbeitende anlegen</h1>
      <p class="lead">Die Person bekommt eine E-Mail mit einem Link, über den sie ihr Passwort selbst festlegt. Der Link ist 7 Tage gültig.</p>
      <Form action={ADMIN_PATHS.newUser}>
        <TextField
          name="email"
          type="email"
          label="E-Mail-Adresse"
          hint="Die dienstliche Adresse, an die der Link geht."
          value={values.email}
          error={errors?.email}
          autocomplete="off"
          spellcheck={false}
        />
        <TextField
          name="displayName"
          label="Name"
          hint="Vor- und Nachname, so wie er im Portal erscheinen soll."
          value={values.displayName}
          error={errors?.displayName}
        />
        <RadioGroup name="role" legend="Rolle" options={roleOptions} value={values.role} error={errors?.role} />
        <AccessChoices options={options} values={values} errors={errors} />
        <Button>Konto anlegen und E-Mail senden</Button>
      </Form>
      <p>
        <a href={ADMIN_PATHS.users}>Zurück zur Liste der Konten</a>
      </p>
    </>
  );
}
