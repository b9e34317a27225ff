import type { FieldErrors } from '../../../../kernel/http';
import { ASSET_VERSION, Button, Form, SelectField } from '../../../../kernel/views';
import type { DatastoreStatus } from '../../datastore';
import type { Dataset, Resource } from '../../tables';
import { DATASTORE_FIELD_TYPES } from '../../tables/datastore';
import { columnIdName, columnTypeName } from '../column-types-form';
import { datastoreProgress, datastoreStatusText, FIELD_TYPE_LABELS, LOADABLE_FORMATS } from '../datastore-presenters';
import { PUBLISHING_PATHS } from '../paths';
import type { FormValues } from '../presenters';

const TYPE_OPTIONS = DATASTORE_FIELD_TYPES.map((type) => ({ value: type, label: FIELD_TYPE_LABELS[type] }));

export interface ColumnForm {
  values?: FormValues | undefined;
  errors?: FieldErrors | undefined;
}

interface Props {
  dataset: Dataset;
  resource: Resource;
  datastore: DatastoreStatus | undefined;
}

/**
 * The table's state at request time, with a link to look again; public/datastore-status.js polls the
 * JSON address in `data-datastore-status` while a load waits or runs, and updates the bar, the text and
 * the polite live region.
 */
function DatastoreStatusBox({ dataset, resource, datastore }: Props & { datastore: DatastoreStatus }) {
  const running = datastore.status === 'pending' || datastore.status === 'loading';
  const progress = datastoreProgress(datastore);
  return (
    <div class="datastore-status" data-datastore-status={running ? PUBLISHING_PATHS.datastoreStatus(dataset.id, resource.id) : undefined}>
      <p data-datastore-text>{datastoreStatusText(datastore)}</p>
      {running && (
        <p>
          <label for="datastore-progress">Fortschritt des Ladens</label>{' '}
          <progress id="datastore-progress" max={progress.max} value={progress.value}>
            {Math.round((progress.value / progress.max) * 100)} %
          </progress>
        </p>
      )}
      <p class="visually-hidden" role="status" aria-live="polite" data-datastore-live />
      {running && (
        <p>
          <a href={PUBLISHING_PATHS.resource(dataset.id, resource.id)}>Aktualisieren</a>
        </p>
      )}
      {running && <script src={`/assets/datastore-status.js?v=${ASSET_VERSION}`} defer />}
    </div>
  );
}

/** "Spalten der Tabelle": a type per column, guessed by the load or chosen before; saving one loads the file again. */
function ColumnTypesForm({ dataset, resource, datastore, form }: Props & { datastore: DatastoreStatus; form: ColumnForm }) {
  return (
    <>
      <h3>Spalten der Tabelle</h3>
      <p>
        Die Typen hat das Portal aus den ersten 1.000 Zeilen erkannt. Ändern Sie einen Typ, wird die Datei damit neu geladen. Passt ein Wert nicht zum Typ,
        bleibt die bisherige Tabelle abrufbar und der Stand nennt Zeile und Wert.
      </p>
      {form.errors?.form && (
        <p class="error-message" id="form">
          {form.errors.form}
        </p>
      )}
      <Form action={PUBLISHING_PATHS.datastoreColumns(dataset.id, resource.id)}>
        {datastore.fields.map((field, index) => (
          <>
            <input type="hidden" name={columnIdName(index)} value={field.id} />
            <SelectField
              name={columnTypeName(index)}
              label={`Spalte „${field.info?.label ?? field.id}“`}
              hint={field.info?.type_override ? 'Von Ihnen gewählt.' : 'Erkannt.'}
              value={form.values?.[columnTypeName(index)]?.toString() ?? field.type}
              options={TYPE_OPTIONS}
              error={form.errors?.[columnTypeName(index)]}
            />
          </>
        ))}
        <Button>Typen speichern und neu laden</Button>
      </Form>
    </>
  );
}

/** The distribution's DataStore table in the back office: its state and, once a load completed, its columns. */
export function DatastoreSection({ dataset, resource, datastore, form }: Props & { form: ColumnForm }) {
  if (!datastore && !LOADABLE_FORMATS.includes(resource.format.toUpperCase())) return null;
  return (
    <section aria-labelledby="datastore-title">
      <h2 id="datastore-title">Tabelle im DataStore</h2>
      {datastore ? (
        <DatastoreStatusBox dataset={dataset} resource={resource} datastore={datastore} />
      ) : (
        <p>Die Datei ist noch nicht in den DataStore geladen.</p>
      )}
      {datastore && datastore.fields.length > 0 && <ColumnTypesForm dataset={dataset} resource={resource} datastore={datastore} form={form} />}
    </section>
  );
}
