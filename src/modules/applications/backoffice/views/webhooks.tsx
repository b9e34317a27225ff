import { Button, ButtonLink, ErrorSummary, Form, formatDateTime, SelectField, StatusTag, TextField } from '../../../../kernel/views';
import type { FieldErrors } from '../../../../kernel/http';
import { PATHS } from '../../paths';
import type { DepartmentChoice, WebhookListRow } from '../../api/webhook-repository';

/** Webhooks of the departments: who gets told about new submissions, and switching one off. */
export function WebhookListPage({ webhooks }: { webhooks: WebhookListRow[] }) {
  return (
    <>
      <h1>Webhooks</h1>
      <p>
        Bei jeder Einreichung eines Antrags sendet das Portal eine signierte Nachricht an die Webhooks des Fachbereichs. Sie enthält keine personenbezogenen
        Daten, nur das Aktenzeichen und den Link, unter dem das Fachverfahren den Antrag mit seinem API-Schlüssel abruft.
      </p>
      <ButtonLink href={PATHS.staffWebhookNew}>Webhook anlegen</ButtonLink>
      <div class="table-wrapper">
        <table class="table">
          <caption class="table__caption">{webhooks.length === 1 ? '1 Webhook' : `${webhooks.length} Webhooks`}</caption>
          <thead>
            <tr>
              <th scope="col">Fachbereich</th>
              <th scope="col">Adresse</th>
              <th scope="col">Angelegt</th>
              <th scope="col">Status</th>
              <th scope="col">Aktion</th>
            </tr>
          </thead>
          <tbody>
            {webhooks.length === 0 ? (
              <tr>
                <td colSpan={5}>Es gibt noch keine Webhooks.</td>
              </tr>
            ) : (
              webhooks.map((hook) => (
                <tr>
                  <td>{hook.departmentName ?? hook.departmentId}</td>
                  <td class="webhook-url">{hook.url}</td>
                  <td>{formatDateTime(hook.createdAt)}</td>
                  <td>
                    {hook.disabledAt ? (
                      <StatusTag kind="neutral">abgeschaltet am {formatDateTime(hook.disabledAt)}</StatusTag>
                    ) : (
                      <StatusTag kind="success">aktiv</StatusTag>
                    )}
                  </td>
                  <td>
                    {!hook.disabledAt && (
                      <a href={PATHS.staffWebhookDisable(hook.id)}>
                        Abschalten<span class="visually-hidden">: {hook.url}</span>
                      </a>
                    )}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface NewWebhookProps {
  departments: DepartmentChoice[];
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

export function NewWebhookPage({ departments, values = {}, errors }: NewWebhookProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Webhook anlegen</h1>
      <Form action={PATHS.staffWebhookNew}>
        <SelectField
          name="department"
          label="Fachbereich"
          hint="Der Webhook meldet neue Anträge dieses Fachbereichs."
          placeholder="Bitte auswählen"
          value={values.department}
          error={errors?.department}
          options={departments.map((department) => ({ value: department.id, label: department.name }))}
        />
        <TextField
          name="url"
          label="Adresse des Empfängers"
          hint="Beginnt mit https:// (http:// nur für localhost), zum Beispiel https://fachverfahren.example/stadtportal"
          type="url"
          value={values.url}
          error={errors?.url}
          spellcheck={false}
        />
        <p class="button-group">
          <Button>Webhook anlegen</Button>
          <a href={PATHS.staffWebhooks}>Abbrechen</a>
        </p>
      </Form>
    </>
  );
}
