import { ADMIN_PATHS } from '../paths';
import { Button, ButtonLink, ErrorSummary, Form, formatDateTime, RadioGroup, StatusTag, SummaryList, type Option } from '../../../kernel/views';
import type { FieldErrors } from '../../../kernel/http';
import { accountStatus, hrefWith, ROLE_HINTS, ROLE_LABELS, roleLabel, type AuditEntryView } from '../presenters';
import type { UserDetail } from '../repository';
import { AuditTable } from './history';
import { AccessChoices, type AccessOptions } from './new-user';

export interface AccessValues {
  role?: string | undefined;
  departments: string[];
  permissions: string[];
}

interface UserDetailProps {
  user: UserDetail;
  options: AccessOptions;
  values: AccessValues;
  history: AuditEntryView[];
  errors?: FieldErrors | undefined;
}

const roleOptions: Option[] = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label, hint: ROLE_HINTS[value as keyof typeof ROLE_HINTS] }));

/** Ids the account holds that no module declares any more are shown as they are. */
function names(ids: string[], options: Option[]): string {
  return ids.length ? ids.map((id) => options.find((option) => option.value === id)?.label ?? id).join(', ') : '–';
}

function Facts({ user, options }: { user: UserDetail; options: AccessOptions }) {
  const status = accountStatus(user);
  return (
    <SummaryList
      rows={[
        { key: 'E-Mail-Adresse', value: user.email },
        { key: 'Rolle', value: roleLabel(user.role) },
        { key: 'Status', value: <StatusTag kind={status.kind}>{status.label}</StatusTag> },
        { key: 'Fachbereiche', value: names(user.departments, options.departments) },
        { key: 'Berechtigungen', value: names(user.permissions, options.permissions) },
        { key: 'E-Mail bestätigt', value: user.emailVerifiedAt ? formatDateTime(user.emailVerifiedAt) : 'nein' },
        { key: 'Angelegt', value: formatDateTime(user.createdAt) },
        { key: 'Letzte Anmeldung', value: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'noch nie' },
      ]}
    />
  );
}

function Actions({ user }: { user: UserDetail }) {
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">Konto sperren oder Zugang senden</h2>
      <p class="button-group">
        {user.disabledAt ? (
          <ButtonLink href={ADMIN_PATHS.userAction(user.id, 'entsperren')} variant="secondary">
            Konto entsperren
          </ButtonLink>
        ) : (
          <ButtonLink href={ADMIN_PATHS.userAction(user.id, 'sperren')} variant="secondary">
            Konto sperren
          </ButtonLink>
        )}
      </p>
      {!user.disabledAt && (
        <Form action={ADMIN_PATHS.userAction(user.id, 'passwort-link')} class="inline-form">
          <p>Die Person bekommt einen neuen Link, um ihr Passwort festzulegen. Frühere Links gelten dann nicht mehr.</p>
          <Button variant="secondary">Link zum Passwort-Setzen senden</Button>
        </Form>
      )}
    </section>
  );
}

export function UserDetailPage({ user, options, values, history, errors }: UserDetailProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{user.displayName}</h1>
      <Facts user={user} options={options} />
      <section aria-labelledby="access-title">
        <h2 id="access-title">Rolle und Zugriff ändern</h2>
        <Form action={ADMIN_PATHS.user(user.id)}>
          <RadioGroup name="role" legend="Rolle" options={roleOptions} value={values.role} error={errors?.role} />
          <AccessChoices options={options} values={values} errors={errors} />
          <Button>Änderungen speichern</Button>
        </Form>
      </section>
      <Actions user={user} />
      <section aria-labelledby="history-title">
        <h2 id="history-title">Verlauf</h2>
        <AuditTable caption="Letzte Änderungen an diesem Konto" rows={history} withObject={false} />
        <p>
          <a href={hrefWith(ADMIN_PATHS.audit, { objectType: 'user', objectId: user.id })}>Alle Protokolleinträge zu diesem Konto</a>
        </p>
      </section>
    </>
  );
}
