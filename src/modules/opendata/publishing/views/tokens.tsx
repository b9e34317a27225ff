import type { FieldErrors } from '../../../../kernel/http';
import {
  Button,
  ButtonLink,
  ErrorSummary,
  Form,
  formatDate,
  formatDateTime,
  InsetText,
  NotificationBanner,
  RadioGroup,
  StatusTag,
  SummaryList,
  Table,
  TextField,
  type Column,
} from '../../../../kernel/views';
import { PUBLISHING_PATHS } from '../paths';
import { text, type FormValues } from '../presenters';
import type { TokenRow } from '../repository/tokens';

const SCOPE_LABELS = { read: 'Lesen', write: 'Lesen und schreiben' } as const;

function TokenState({ row }: { row: TokenRow }) {
  if (row.revokedAt) return <StatusTag kind="danger">Widerrufen am {formatDateTime(row.revokedAt)}</StatusTag>;
  if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) return <StatusTag kind="neutral">Abgelaufen am {formatDate(row.expiresAt)}</StatusTag>;
  return <StatusTag kind="success">{row.expiresAt ? `Gültig bis ${formatDate(row.expiresAt)}` : 'Gültig'}</StatusTag>;
}

const columns: Column<TokenRow>[] = [
  { header: 'Name', cell: (row) => row.name },
  { header: 'Darf', cell: (row) => SCOPE_LABELS[row.scope] },
  { header: 'Angelegt', cell: (row) => formatDateTime(row.createdAt) },
  { header: 'Zuletzt benutzt', cell: (row) => (row.lastUsedAt ? formatDateTime(row.lastUsedAt) : 'noch nie') },
  { header: 'Status', cell: (row) => <TokenState row={row} /> },
  {
    header: 'Aktion',
    cell: (row) =>
      row.revokedAt ? (
        '–'
      ) : (
        <a href={PUBLISHING_PATHS.revokeToken(row.id)}>
          Widerrufen<span class="visually-hidden">: {row.name}</span>
        </a>
      ),
  },
];

export function TokensPage({ rows }: { rows: TokenRow[] }) {
  return (
    <>
      <h1>API-Schlüssel</h1>
      <p class="lead">
        Mit einem API-Schlüssel arbeiten Programme wie ckanapi in Ihrem Namen mit der CKAN-Schnittstelle des Portals, in den Organisationen, in denen Sie
        Mitglied sind.
      </p>
      <p class="button-group">
        <ButtonLink href={PUBLISHING_PATHS.newToken}>API-Schlüssel anlegen</ButtonLink>
      </p>
      <Table caption="Ihre API-Schlüssel" columns={columns} rows={rows} empty="Sie haben noch keine API-Schlüssel." />
    </>
  );
}

export function NewTokenPage({ values, errors }: { values: FormValues; errors?: FieldErrors | undefined }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>API-Schlüssel anlegen</h1>
      <Form action={PUBLISHING_PATHS.newToken}>
        <TextField
          name="name"
          label="Wofür ist der Schlüssel?"
          hint="Zum Beispiel Abgleich aus dem Geoinformationssystem."
          value={text(values, 'name')}
          error={errors?.name}
        />
        <RadioGroup
          name="scope"
          legend="Was darf der Schlüssel?"
          value={text(values, 'scope')}
          error={errors?.scope}
          options={[
            { value: 'read', label: SCOPE_LABELS.read, hint: 'Auch Entwürfe und nicht öffentliche Datensätze Ihrer Organisationen lesen.' },
            { value: 'write', label: SCOPE_LABELS.write, hint: 'Außerdem Datensätze anlegen und ändern, so weit Ihre Rolle es erlaubt.' },
          ]}
        />
        <TextField
          name="expires"
          label="Gültig bis (freiwillig)"
          hint="Im Format JJJJ-MM-TT, zum Beispiel 2027-12-31. Ohne Angabe gilt der Schlüssel, bis Sie ihn widerrufen."
          value={text(values, 'expires')}
          error={errors?.expires}
          width="medium"
        />
        <Button>API-Schlüssel anlegen</Button>
      </Form>
    </>
  );
}

/** The only time the key is visible: only its hash is stored. */
export function TokenCreatedPage({ name, token, baseUrl }: { name: string; token: string; baseUrl: string }) {
  return (
    <>
      <NotificationBanner kind="success" title="Der API-Schlüssel wurde angelegt.">
        <p>Kopieren Sie den Schlüssel jetzt. Er wird nur auf dieser Seite angezeigt und lässt sich später nicht mehr abrufen.</p>
      </NotificationBanner>
      <h1>Schlüssel für „{name}“</h1>
      <SummaryList rows={[{ key: 'Schlüssel', value: <code id="api-token">{token}</code> }]} />
      <p>Programme senden ihn im Kopf „Authorization“ mit, zum Beispiel:</p>
      <InsetText>
        <pre>
          <code>{`curl -H "Authorization: ${token}" ${baseUrl}/api/3/action/package_list`}</code>
        </pre>
      </InsetText>
      <p>
        <a href={PUBLISHING_PATHS.tokens}>Zurück zu Ihren API-Schlüsseln</a>
      </p>
    </>
  );
}

export function ConfirmRevokeTokenPage({ row }: { row: TokenRow }) {
  return (
    <>
      <h1>API-Schlüssel widerrufen?</h1>
      <p class="lead">{row.name}</p>
      {row.revokedAt ? (
        <p>Dieser Schlüssel ist schon widerrufen.</p>
      ) : (
        <>
          <p>Programme können sich danach mit diesem Schlüssel nicht mehr anmelden. Das lässt sich nicht rückgängig machen.</p>
          <Form action={PUBLISHING_PATHS.revokeToken(row.id)}>
            <p class="button-group">
              <Button variant="danger">Schlüssel widerrufen</Button>
              <a href={PUBLISHING_PATHS.tokens}>Abbrechen</a>
            </p>
          </Form>
        </>
      )}
    </>
  );
}
