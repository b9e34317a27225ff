import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorMessage, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../../../kernel/views';
import { formatFileSize } from '../../../../kernel/files';
import type { DatastoreStatus } from '../../datastore';
import type { Dataset, Resource } from '../../tables';
import { FORMATS } from '../../vocabularies/formats';
import { LICENSES } from '../../vocabularies/licenses';
import { PUBLISHING_PATHS } from '../paths';
import { text, type FormValues } from '../presenters';
import { DatastoreSection, type ColumnForm } from './datastore-section';

const FORMAT_OPTIONS = FORMATS.map((format) => ({ value: format.code, label: format.code.replace('_', '-') }));
const LICENSE_OPTIONS = LICENSES.map((license) => ({ value: license.id, label: license.title }));

interface PageProps {
  dataset: Dataset;
  values: FormValues;
  errors?: FieldErrors | undefined;
}

function Back({ dataset }: { dataset: Dataset }) {
  return (
    <p>
      <a href={PUBLISHING_PATHS.dataset(dataset.id)}>Zurück zum Datensatz</a>
    </p>
  );
}

/** Name, description, format and licence: the same for an upload, a link and editing either. */
function ResourceFields({ values, errors, formatOptional }: { values: FormValues; errors?: FieldErrors | undefined; formatOptional?: boolean }) {
  return (
    <>
      <TextField
        name="name"
        label={formatOptional ? 'Name (freiwillig)' : 'Name'}
        hint={formatOptional ? 'Ohne Angabe der Name der Datei.' : undefined}
        value={text(values, 'name')}
        error={errors?.name}
      />
      <TextArea name="description" label="Beschreibung (freiwillig)" value={text(values, 'description')} error={errors?.description} rows={3} />
      <SelectField
        name="format"
        label="Format"
        hint={formatOptional ? 'Ohne Auswahl wird das Format an der Datei erkannt.' : undefined}
        value={text(values, 'format')}
        options={FORMAT_OPTIONS}
        placeholder={formatOptional ? 'Automatisch erkennen' : 'Bitte wählen'}
        error={errors?.format}
      />
      {!formatOptional && (
        <SelectField
          name="licenseId"
          label="Lizenz (freiwillig)"
          hint="Nur wenn sie von der Lizenz des Datensatzes abweicht."
          value={text(values, 'licenseId')}
          options={LICENSE_OPTIONS}
          placeholder="Wie der Datensatz"
          error={errors?.licenseId}
        />
      )}
    </>
  );
}

/**
 * A plain multipart form that works without JavaScript; portal.js sends it with a progress bar
 * (`data-upload-progress`) and announces the progress in the live region.
 */
export function UploadPage({ dataset, values, errors, limitBytes }: PageProps & { limitBytes: number }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Datei hochladen</h1>
      <p class="lead">{dataset.title}</p>
      <Form action={PUBLISHING_PATHS.newUpload(dataset.id)} multipart class="upload-form">
        <div class={errors?.file ? 'form-group form-group--error' : 'form-group'}>
          <label class="label" for="file">
            Datei
          </label>
          <div id="file-hint" class="hint">
            Höchstens {formatFileSize(limitBytes)}. Große Dateien dauern eine Weile; lassen Sie die Seite dabei geöffnet.
          </div>
          <ErrorMessage name="file" error={errors?.file} />
          <input class="file-upload" id="file" name="file" type="file" aria-describedby={errors?.file ? 'file-hint file-error' : 'file-hint'} />
        </div>
        <ResourceFields values={values} errors={errors} formatOptional />
        <div class="upload-progress" data-upload-progress hidden>
          <label for="upload-progress">Fortschritt des Hochladens</label>
          <progress id="upload-progress" max={100} value={0} />
          <p class="upload-progress__status" role="status" aria-live="polite" />
        </div>
        <Button>Hochladen</Button>
      </Form>
      <Back dataset={dataset} />
    </>
  );
}

export function LinkPage({ dataset, values, errors }: PageProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Link hinzufügen</h1>
      <p class="lead">{dataset.title}</p>
      <Form action={PUBLISHING_PATHS.newLink(dataset.id)}>
        <TextField
          name="url"
          label="Adresse"
          hint="Wo die Daten liegen, mit https://, zum Beispiel eine Schnittstelle."
          type="url"
          value={text(values, 'url')}
          error={errors?.url}
        />
        <ResourceFields values={values} errors={errors} />
        <Button>Link hinzufügen</Button>
      </Form>
      <Back dataset={dataset} />
    </>
  );
}

/** Editing a distribution; below the form, its DataStore table (state, columns), whose form errors share the summary. */
export function EditResourcePage({
  dataset,
  resource,
  values,
  errors,
  datastore,
  columnForm = {},
}: PageProps & { resource: Resource; datastore: DatastoreStatus | undefined; columnForm?: ColumnForm }) {
  return (
    <>
      <ErrorSummary errors={errors ?? columnForm.errors} />
      <h1>{resource.fileKey ? 'Datei bearbeiten' : 'Link bearbeiten'}</h1>
      <p class="lead">{dataset.title}</p>
      <Form action={PUBLISHING_PATHS.resource(dataset.id, resource.id)}>
        {resource.fileKey ? (
          <p>
            Datei: {resource.fileName} ({formatFileSize(resource.byteSize ?? 0)})
          </p>
        ) : (
          <TextField name="url" label="Adresse" type="url" value={text(values, 'url')} error={errors?.url} />
        )}
        <ResourceFields values={values} errors={errors} />
        <Button>Änderungen speichern</Button>
      </Form>
      <DatastoreSection dataset={dataset} resource={resource} datastore={datastore} form={columnForm} />
      <Back dataset={dataset} />
    </>
  );
}

export function ConfirmRemoveResourcePage({ dataset, resource }: { dataset: Dataset; resource: Resource }) {
  return (
    <>
      <h1>{resource.fileKey ? 'Datei entfernen?' : 'Link entfernen?'}</h1>
      <p class="lead">{resource.name}</p>
      <p>
        {resource.fileKey
          ? 'Die Datei wird gelöscht und ist im Katalog nicht mehr abrufbar. Im Verlauf bleibt vermerkt, dass es sie gab.'
          : 'Der Link verschwindet aus dem Datensatz. Im Verlauf bleibt vermerkt, dass es ihn gab.'}
      </p>
      <Form action={PUBLISHING_PATHS.removeResource(dataset.id, resource.id)}>
        <p class="button-group">
          <Button variant="danger">Entfernen</Button>
          <a href={PUBLISHING_PATHS.dataset(dataset.id)}>Abbrechen</a>
        </p>
      </Form>
    </>
  );
}
