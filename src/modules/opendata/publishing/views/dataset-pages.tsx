import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, InsetText, SelectField, StatusTag } from '../../../../kernel/views';
import { OPENDATA_PATHS } from '../../paths';
import { PUBLISHING_PATHS } from '../paths';
import { readOnlyNote, STATE_LABELS, STATE_TAGS, text, type FormValues } from '../presenters';
import type { OpenedDataset } from '../use-cases/open-dataset';
import { DatasetFields } from './dataset-fields';
import { ReadOnlyMetadata } from './read-only-metadata';
import { ResourceList } from './resource-list';

interface FormProps {
  values: FormValues;
  errors?: FieldErrors | undefined;
}

type Organizations = Array<{ id: string; title: string }>;

/** Who publishes the dataset: chosen when it is created, and changed to move it (among the organisations where the person edits). */
function OrganizationField({
  organizations,
  values,
  errors,
  hint,
  placeholder,
}: FormProps & { organizations: Organizations; hint: string; placeholder?: string | undefined }) {
  return (
    <SelectField
      name="organizationId"
      label="Organisation"
      hint={hint}
      value={text(values, 'organizationId')}
      options={organizations.map((organization) => ({ value: organization.id, label: organization.title }))}
      placeholder={placeholder}
      error={errors?.organizationId}
    />
  );
}

export function NewDatasetPage({ organizations, values, errors }: FormProps & { organizations: Organizations }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Datensatz anlegen</h1>
      <p class="lead">Der Datensatz wird als Entwurf gespeichert. Dateien und Links fügen Sie danach hinzu; veröffentlicht wird er erst, wenn Sie es sagen.</p>
      <Form action={PUBLISHING_PATHS.newDataset}>
        <OrganizationField
          organizations={organizations}
          values={values}
          errors={errors}
          hint="Wer die Daten veröffentlicht. Zur Auswahl stehen die Organisationen, in denen Sie Datensätze anlegen dürfen."
          placeholder={organizations.length === 1 ? undefined : 'Bitte wählen'}
        />
        <DatasetFields values={values} errors={errors} />
        <Button>Entwurf speichern</Button>
      </Form>
    </>
  );
}

function HistoryLink({ dataset }: { dataset: OpenedDataset['dataset'] }) {
  return <a href={PUBLISHING_PATHS.history(dataset.id)}>Verlauf ansehen</a>;
}

function StateActions({ dataset }: { dataset: OpenedDataset['dataset'] }) {
  const link = (slug: string, label: string) => (
    <a href={PUBLISHING_PATHS.datasetState(dataset.id, slug)} class="button button--secondary" role="button">
      {label}
    </a>
  );
  return (
    <p class="button-group">
      {dataset.state !== 'active' && link('veroeffentlichen', 'Veröffentlichen')}
      {dataset.state === 'active' && link('zuruecknehmen', 'Veröffentlichung zurücknehmen')}
      {dataset.state !== 'deleted' && link('loeschen', 'Löschen')}
      <HistoryLink dataset={dataset} />
    </p>
  );
}

/**
 * A dataset's page: its state and actions, its distributions, and the metadata form (with the revision
 * it was drawn from). A dataset maintained elsewhere (harvested, or a module's) is shown read-only, with where it changes instead.
 */
export function DatasetPage({ dataset, organization, resources, datastore, maintainer, organizations, values, errors }: OpenedDataset & FormProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{dataset.title}</h1>
      <p>
        <StatusTag kind={STATE_TAGS[dataset.state]}>{STATE_LABELS[dataset.state]}</StatusTag> {organization.title}
        {dataset.state === 'active' && !dataset.private && (
          <>
            {' – '}
            <a href={OPENDATA_PATHS.dataset(dataset.name)}>im Katalog ansehen</a>
          </>
        )}
      </p>
      {maintainer ? (
        <>
          <InsetText>
            <p>{readOnlyNote(maintainer)}</p>
          </InsetText>
          <p>
            <HistoryLink dataset={dataset} />
          </p>
          <ResourceList dataset={dataset} resources={resources} datastore={datastore} readOnly />
          <ReadOnlyMetadata dataset={dataset} />
        </>
      ) : (
        <EditableDataset dataset={dataset} resources={resources} datastore={datastore} organizations={organizations} values={values} errors={errors} />
      )}
    </>
  );
}

function EditableDataset({
  dataset,
  resources,
  datastore,
  organizations,
  values,
  errors,
}: Pick<OpenedDataset, 'dataset' | 'resources' | 'datastore' | 'organizations'> & FormProps) {
  return (
    <>
      <StateActions dataset={dataset} />
      <ResourceList dataset={dataset} resources={resources} datastore={datastore} />
      <h2>Beschreibung des Datensatzes</h2>
      {errors?.form && (
        <p class="error-message" id="form">
          {errors.form}
        </p>
      )}
      <Form action={PUBLISHING_PATHS.dataset(dataset.id)}>
        <input type="hidden" name="revision" value={text(values, 'revision')} />
        {organizations.length > 1 && (
          <OrganizationField
            organizations={organizations}
            values={values}
            errors={errors}
            hint="Wer die Daten veröffentlicht. Wählen Sie eine andere Organisation, um den Datensatz dorthin zu verschieben; zur Auswahl stehen die, in denen Sie Datensätze bearbeiten dürfen. Seine Adresse bleibt gleich."
          />
        )}
        <DatasetFields values={values} errors={errors} />
        <Button>Änderungen speichern</Button>
      </Form>
    </>
  );
}

const CONFIRM: Record<string, { title: string; text: string; button: string; danger?: boolean }> = {
  publish: {
    title: 'Datensatz veröffentlichen?',
    text: 'Der Datensatz erscheint im Katalog, in der CKAN-Schnittstelle und im DCAT-AP.de-Export, den Portale wie GovData abrufen.',
    button: 'Veröffentlichen',
  },
  unpublish: {
    title: 'Veröffentlichung zurücknehmen?',
    text: 'Der Datensatz wird wieder ein Entwurf und verschwindet aus dem Katalog. Sie können ihn später erneut veröffentlichen.',
    button: 'Veröffentlichung zurücknehmen',
  },
  delete: {
    title: 'Datensatz löschen?',
    text: 'Der Datensatz verschwindet aus dem Katalog. Er bleibt mit seinem Verlauf gespeichert, damit Portale, die ihn übernommen haben, von der Löschung erfahren.',
    button: 'Datensatz löschen',
    danger: true,
  },
};

export function ConfirmStatePage({ dataset, action, slug }: { dataset: OpenedDataset['dataset']; action: string; slug: string }) {
  const copy = CONFIRM[action]!;
  return (
    <>
      <h1>{copy.title}</h1>
      <p class="lead">{dataset.title}</p>
      <p>{copy.text}</p>
      <Form action={PUBLISHING_PATHS.datasetState(dataset.id, slug)}>
        <p class="button-group">
          <Button variant={copy.danger ? 'danger' : 'primary'}>{copy.button}</Button>
          <a href={PUBLISHING_PATHS.dataset(dataset.id)}>Abbrechen</a>
        </p>
      </Form>
    </>
  );
}
