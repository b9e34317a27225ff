import { ADMIN_PATHS } from '../paths';
import { Button, ErrorSummary, Form } from '../../../kernel/views';
import type { FieldErrors } from '../../../kernel/http';
import type { UserDetail } from '../repository';

/** Disabling is destructive for the person (logged out at once), so it is confirmed on its own page. */
export function ConfirmDisablePage({ user, disable, errors }: { user: UserDetail; disable: boolean; errors?: FieldErrors | undefined }) {
  const action = ADMIN_PATHS.userAction(user.id, disable ? 'sperren' : 'entsperren');
  return (
    <>
      <ErrorSummary errors={errors} anchors={{ form: 'confirm' }} />
      <h1>{disable ? 'Konto sperren?' : 'Konto entsperren?'}</h1>
      <p class="lead">
        {user.displayName} ({user.email})
      </p>
      {disable ? (
        <p>
          Die Person wird sofort abgemeldet und kann sich nicht mehr anmelden. Ihre Daten und Anliegen bleiben erhalten. Sie können das Konto jederzeit wieder
          entsperren.
        </p>
      ) : (
        <p>Die Person kann sich danach wieder anmelden, mit ihren bisherigen Rollen, Fachbereichen und Berechtigungen.</p>
      )}
      <Form action={action}>
        <p class="button-group" id="confirm">
          <Button variant={disable ? 'danger' : 'primary'}>{disable ? 'Konto sperren' : 'Konto entsperren'}</Button>
          <a href={ADMIN_PATHS.user(user.id)}>Abbrechen</a>
        </p>
      </Form>
    </>
  );
}
