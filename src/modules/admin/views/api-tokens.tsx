import {
  Button,
  ButtonLink,
  ErrorSummary,
  Form,
  formatDateTime,
  InsetText,
  NotificationBanner,
  SelectField,
  StatusTag,
  SummaryList,
  Table,
  TextField,
  type Column,
  type Option,
} from '../../../kernel/views';
import type { FieldErrors } from '../../../kernel/http';
import { ADMIN_PATHS } from '../paths';
import type { ApiAccessRow } from '../repository';

const ALL_DEPARTMENTS = 'alle Fachbereiche';

const columns: Column<ApiAccessRow>[] = [
  { header: 'Name', cell: (row) => row.name },
  { header: 'Sieht Daten von', cell: (row) => row.departmentName ?? row.departmentId ?? ALL_DEPARTMENTS },
  { header: 'Angelegt', cell: (row) => formatDateTime(row.createdAt) },
  { header: 'Zuletzt benutzt', cell: (row) => (row.lastUsedAt ? formatDateTime(row.lastUsedAt) : 'noch nie') },
  {
    header: 'Status',
    cell: (row) =>
      row.revokedAt ? <StatusTag kind="danger">Widerrufen am {formatDateTime(row.revokedAt)}</StatusTag> : <StatusTag kind="success">Aktiv</StatusTag>,
  },
  {
    header: 'Aktion',
    cell: (row) =>
      row.revokedAt ? (
        '–'
      ) : (
        <a href={ADMIN_PATHS.revokeApiToken(row.id)}>
          Widerrufen<span class="visually-hidden">: {row.name}</span>
        </a>
      ),
  },
];

export function ApiTokensPage({ rows }: { rows: ApiAccessRow[] }) {
  return (
    <>
      <h1>API-Zugänge</h1>
      <p class="lead">
        Fachverfahren rufen eingereichte Anträge über die Schnittstelle /api/v1 ab. Jeder Zugang hat einen eigenen Schlüssel, den Sie jederzeit widerrufen
        können.
      </p>
      <p class="button-group">
        <ButtonLink href={ADMIN_PATHS.newApiToken}>API-Zugang anlegen</ButtonLink>
      </p>
      <Table caption="Alle API-Zugänge" columns={columns} rows={rows} empty="Es gibt noch keine API-Zugänge." />
    </>
  );
}

interface NewApiTokenProps {
  departments: Option[];
  values: Record<string, string>;
  errors?: FieldErrors | undefined;
}

export function NewApiTokenPage({ departments, values, errors }: NewApiTokenProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>API-Zugang anlegen</h1>
      <Form action={ADMIN_PATHS.newApiToken}>
        <TextField
          name="name"
          label="Wofür ist der Zugang?"
          hint="Zum Beispiel Fachverfahren Bürgeramt."
          value={values.name}
          error={errors?.name}
          width="medium"
        />
        <SelectField
          name="departmentId"
          label="Fachbereich (freiwillig)"
          hint="Der Zugang sieht nur Anträge dieses Fachbereichs. Ohne Auswahl sieht er die Anträge aller Fachbereiche."
          value={values.departmentId}
          options={departments}
          placeholder="Alle Fachbereiche"
          error={errors?.departmentId}
        />
        <Button>API-Zugang anlegen</Button>
      </Form>
      <p>
        <a href={ADMIN_PATHS.apiTokens}>Zurück zu den API-Zugängen</a>
      </p>
    </>
  );
}

/** The only time the token is visible: only its hash is stored. */
export function ApiTokenCreatedPage({ name, token, baseUrl }: { name: string; token: string; baseUrl: string }) {
  return (
    <>
      <NotificationBanner kind="success" title="Der API-Zugang wurde angelegt.">
        <p>Kopieren Sie den Schlüssel jetzt. Er wird nur auf dieser Seite angezeigt und lässt sich später nicht mehr abrufen.</p>
      </NotificationBanner>
      <h1>Schlüssel für „{name}“</h1>
      <SummaryList rows={[{ key: 'Schlüssel', value: <code id="api-token">{token}</code> }]} />
      <h2>So benutzt das Fachverfahren den Schlüssel</h2>
      <p>Es sendet ihn bei jeder Anfrage im Kopf „Authorization“ mit, zum Beispiel:</p>
      <InsetText>
        <pre>
          <code>{`curl -H "Authorization: Bearer ${token}" ${baseUrl}/api/v1/applications`}</code>
        </pre>
      </InsetText>
      <p>Wenn der Schlüssel verloren geht oder in falsche Hände gerät, widerrufen Sie den Zugang und legen Sie einen neuen an.</p>
      <p>
        <a href={ADMIN_PATHS.apiTokens}>Zurück zu den API-Zugängen</a>
      </p>
    </>
  );
}

export function ConfirmRevokePage({ row }: { row: ApiAccessRow }) {
  return (
    <>
      <h1>API-Zugang widerrufen?</h1>
      <p class="lead">{row.name}</p>
      {row.revokedAt ? (
        <p>Dieser Zugang ist schon widerrufen.</p>
      ) : (
        <>
          <p>
            Das Fachverfahren kann sich danach mit diesem Schlüssel nicht mehr anmelden. Das lässt sich nicht rückgängig machen; Sie können aber einen neuen
            Zugang anlegen.
          </p>
          <Form action={ADMIN_PATHS.revokeApiToken(row.id)}>
            <p class="button-group">
              <Button variant="danger">Zugang widerrufen</Button>
              <a href={ADMIN_PATHS.apiTokens}>Abbrechen</a>
            </p>
          </Form>
        </>
      )}
    </>
  );
}
