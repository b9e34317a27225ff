import type { FieldErrors } from '../../../../kernel/http';
import { Button, ButtonLink, Checkbox, ErrorSummary, Form, formatDateTime, StatusTag, SummaryList, Table, TextField } from '../../../../kernel/views';
import type { CouncilSource } from '../../import/run-repository';
import { heldClaim } from '../../import/source-claim';
import { IMPORT_PATHS } from '../../paths';
import { intervalLabel, RUN_OUTCOMES } from '../presenters';
import type { RunRow } from '../repository';
import { RunTable } from './run-table';

type SourceRow = { source: CouncilSource; lastRun: RunRow['run'] | null };

/** The OParl sources the portal imports, with their schedule and latest run. */
export function SourceListPage({ rows }: { rows: SourceRow[] }) {
  return (
    <>
      <h1>Import-Quellen</h1>
      <p class="lead">
        Die OParl-Schnittstellen der Ratsinformationssysteme. Eingeschaltete Quellen werden nach ihrem Zeitplan importiert; nach einem vollständigen Import
        fragt der nächste nur nach Änderungen. Eine fehlerhafte Quelle löscht nie etwas.
      </p>
      <ButtonLink href={IMPORT_PATHS.newSource}>Quelle hinzufügen</ButtonLink>
      <Table<SourceRow>
        caption={`Import-Quellen (${rows.length})`}
        columns={[
          { header: 'Quelle', cell: ({ source }) => <a href={IMPORT_PATHS.source(source.id)}>{source.name}</a> },
          { header: 'Zeitplan', cell: ({ source }) => (source.enabled ? intervalLabel(source.intervalMinutes) : 'ausgeschaltet') },
          {
            header: 'Letzter Import',
            cell: ({ lastRun }) =>
              lastRun ? (
                <>
                  {formatDateTime(lastRun.startedAt)} <StatusTag kind={RUN_OUTCOMES[lastRun.outcome].kind}>{RUN_OUTCOMES[lastRun.outcome].label}</StatusTag>
                </>
              ) : (
                'noch nie'
              ),
          },
        ]}
        rows={rows}
        empty="Es ist noch keine Import-Quelle eingetragen."
      />
    </>
  );
}

function runningNow(source: CouncilSource): string {
  if (!source.runningSince) return 'Es läuft kein Import.';
  if (heldClaim(source)) return `Ein Import läuft seit ${formatDateTime(source.runningSince)}.`;
  return `Der Import vom ${formatDateTime(source.runningSince)} hat sich nicht beendet; der nächste übernimmt.`;
}

function SourceState({ source, runs }: { source: CouncilSource; runs: RunRow[] }) {
  return (
    <>
      <SummaryList
        rows={[
          { key: 'System', value: [source.systemName, source.product].filter(Boolean).join(', ') || 'noch nicht gelesen' },
          { key: 'Zeitplan', value: source.enabled ? intervalLabel(source.intervalMinutes) : 'ausgeschaltet (nur von Hand)' },
          { key: 'Letzter Import', value: source.lastRunAt ? formatDateTime(source.lastRunAt) : 'noch nie' },
          { key: 'Gerade', value: runningNow(source) },
          { key: 'Vollständig bis', value: source.lastSuccessAt ? formatDateTime(source.lastSuccessAt) : 'noch kein vollständiger Import' },
        ]}
      />
      {heldClaim(source) && (
        <p>
          Solange er läuft, endet jeder weitere Import dieser Quelle sofort, ohne etwas zu ändern (auch „Jetzt importieren“). Der laufende Import liest alles.
        </p>
      )}
      <div class="button-group">
        <Form action={IMPORT_PATHS.importSource(source.id)}>
          <Button>Jetzt importieren</Button>
        </Form>
        <Form action={IMPORT_PATHS.toggleSource(source.id)}>
          <Button variant="secondary">{source.enabled ? 'Zeitplan ausschalten' : 'Zeitplan einschalten'}</Button>
        </Form>
      </div>
      <RunTable caption="Letzte Importe" runs={runs} withSource={false} />
      <h2>Einstellungen</h2>
    </>
  );
}

interface SourceFormProps {
  source: CouncilSource | undefined;
  runs?: RunRow[];
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

/** Add a source, or a source's page: its state, "Jetzt importieren", its latest runs and its settings. */
export function SourceFormPage({ source, runs = [], values, errors }: SourceFormProps) {
  const value = (name: string, stored: string | undefined) => (values ? values[name] : stored);
  return (
    <>
      <h1>{source ? source.name : 'Import-Quelle hinzufügen'}</h1>
      {source && <SourceState source={source} runs={runs} />}
      <ErrorSummary errors={errors} />
      <Form action={source ? IMPORT_PATHS.source(source.id) : IMPORT_PATHS.newSource}>
        <TextField name="name" label="Name" hint="Zum Beispiel „Ratsinformationssystem der Stadt“." value={value('name', source?.name)} error={errors?.name} />
        <TextField
          name="url"
          type="url"
          label="Adresse des OParl-Systems"
          hint="Das System-Objekt der Schnittstelle, zum Beispiel https://ris.example.de/oparl/v1/system."
          value={value('url', source?.url)}
          error={errors?.url}
        />
        <TextField
          name="intervalMinutes"
          label="Intervall in Minuten"
          hint="Wie oft importiert wird, zwischen 15 und 10080 (eine Woche)."
          inputMode="numeric"
          width="short"
          value={value('intervalMinutes', String(source?.intervalMinutes ?? 60))}
          error={errors?.intervalMinutes}
        />
        <Checkbox
          name="enabled"
          label="Nach Zeitplan importieren"
          checked={values ? values.enabled === 'ja' : (source?.enabled ?? true)}
          error={errors?.enabled}
        />
        <Button>Speichern</Button>
      </Form>
    </>
  );
}
