import type { FieldErrors } from '../../../../kernel/http';
import { Button, Checkbox, ErrorSummary, Form, formatDateTime, SelectField, SummaryList, TextField } from '../../../../kernel/views';
import { isHttpLocation } from '../../import/read-feed';
import { STAFF_PATHS } from '../../paths';
import type { WlanFeedSource } from '../../tables';
import { FORMAT_LABELS, intervalLabel } from '../presenters';
import type { RunRow } from '../repository';
import { RunTable } from './run-table';

interface SourceFormProps {
  source: WlanFeedSource | undefined;
  runs?: RunRow[];
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

function SourceActions({ source, runs }: { source: WlanFeedSource; runs: RunRow[] }) {
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Zeitplan', value: source.enabled ? intervalLabel(source.intervalMinutes) : 'ausgeschaltet (nur von Hand)' },
          { key: 'Letzter Import', value: source.lastRunAt ? formatDateTime(source.lastRunAt) : 'noch nie' },
          { key: 'Letzter guter Stand', value: source.lastSuccessAt ? formatDateTime(source.lastSuccessAt) : 'noch keiner' },
        ]}
      />
      <div class="button-group">
        <Form action={STAFF_PATHS.importSource(source.id)}>
          <Button>Jetzt importieren</Button>
        </Form>
        <Form action={STAFF_PATHS.toggleSource(source.id)}>
          <Button variant="secondary">{source.enabled ? 'Zeitplan ausschalten' : 'Zeitplan einschalten'}</Button>
        </Form>
      </div>
      <RunTable caption="Letzte Importe" runs={runs} withSource={false} />
      <h2>Einstellungen</h2>
    </>
  );
}

/** Add a feed source, or a source's page: its state, "Jetzt importieren", its latest runs and its settings. */
export function SourceFormPage({ source, runs = [], values, errors }: SourceFormProps) {
  const value = (name: string, stored: string | undefined) => (values ? values[name] : stored);
  const fileFeed = source !== undefined && !isHttpLocation(source.url);
  return (
    <>
      <h1>{source ? source.name : 'Feed-Quelle hinzufügen'}</h1>
      {source && <SourceActions source={source} runs={runs} />}
      <ErrorSummary errors={errors} />
      <Form action={source ? STAFF_PATHS.source(source.id) : STAFF_PATHS.newSource}>
        <TextField name="name" label="Name" hint="Zum Beispiel „Freifunk Märkischer Kreis“." value={value('name', source?.name)} error={errors?.name} />
        {fileFeed ? (
          <p>
            Datei: <code>{source.url}</code> (eine Datei-Quelle aus der Kommandozeile oder den Demodaten; ihre Adresse lässt sich hier nicht ändern)
          </p>
        ) : (
          <TextField
            name="url"
            type="url"
            label="Adresse des Feeds"
            hint="Die meshviewer.json oder nodes.json der Community, zum Beispiel https://map.freifunk-mk.de/data/meshviewer.json."
            value={value('url', source?.url)}
            error={errors?.url}
          />
        )}
        <SelectField
          name="format"
          label="Format"
          options={Object.entries(FORMAT_LABELS).map(([format, label]) => ({ value: format, label }))}
          value={value('format', source ? (source.format ?? 'auto') : 'auto')}
          error={errors?.format}
        />
        <TextField
          name="intervalMinutes"
          label="Intervall in Minuten"
          hint="Wie oft importiert wird, zwischen 5 und 10080 (eine Woche); die Community aktualisiert ihre Karte meist minütlich."
          inputMode="numeric"
          width="short"
          value={value('intervalMinutes', String(source?.intervalMinutes ?? 15))}
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
