import { formatFileSize } from '../../../../kernel/files';
import { Button, ButtonLink, Form } from '../../../../kernel/views';
import type { DatastoreStatus } from '../../datastore';
import type { Dataset, Resource } from '../../tables';
import { datastoreStatusText } from '../datastore-presenters';
import { PUBLISHING_PATHS } from '../paths';

/** The table's state in one sentence (the error of a failed load, the progress of a running one). */
const datastoreCell = (status: DatastoreStatus | undefined) => (status ? datastoreStatusText(status) : '–');

function MoveButton({ dataset, resource, direction }: { dataset: Dataset; resource: Resource; direction: 'up' | 'down' }) {
  return (
    <Form action={PUBLISHING_PATHS.moveResource(dataset.id, resource.id)} class="inline-form">
      <input type="hidden" name="direction" value={direction} />
      <Button variant="link">
        {direction === 'up' ? 'Nach oben' : 'Nach unten'}
        <span class="visually-hidden">: {resource.name}</span>
      </Button>
    </Form>
  );
}

/** The distributions in their order, each with its actions; below, the ways to add one. `readOnly`: without actions (a dataset maintained elsewhere). */
export function ResourceList({
  dataset,
  resources,
  datastore,
  readOnly = false,
}: {
  dataset: Dataset;
  resources: Resource[];
  datastore: ReadonlyMap<string, DatastoreStatus>;
  readOnly?: boolean;
}) {
  return (
    <>
      <h2>Dateien und Links</h2>
      <div class="table-wrapper">
        <table class="table">
          <caption class="table__caption visually-hidden">Dateien und Links des Datensatzes, in ihrer Reihenfolge</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Format</th>
              <th scope="col">Quelle</th>
              <th scope="col">DataStore</th>
              {!readOnly && <th scope="col">Aktionen</th>}
            </tr>
          </thead>
          <tbody>
            {resources.length === 0 && (
              <tr>
                <td colSpan={readOnly ? 4 : 5}>Noch keine Dateien oder Links.</td>
              </tr>
            )}
            {resources.map((resource, index) => (
              <tr key={resource.id}>
                <td>{resource.name}</td>
                <td>{resource.format}</td>
                <td>{resource.fileKey ? `Datei ${resource.fileName ?? ''} (${formatFileSize(resource.byteSize ?? 0)})` : `Link: ${resource.url ?? ''}`}</td>
                <td>{datastoreCell(datastore.get(resource.id))}</td>
                {!readOnly && (
                  <td>
                    <ul class="action-list">
                      <li>
                        <a href={PUBLISHING_PATHS.resource(dataset.id, resource.id)}>
                          Bearbeiten<span class="visually-hidden">: {resource.name}</span>
                        </a>
                      </li>
                      {index > 0 && (
                        <li>
                          <MoveButton dataset={dataset} resource={resource} direction="up" />
                        </li>
                      )}
                      {index < resources.length - 1 && (
                        <li>
                          <MoveButton dataset={dataset} resource={resource} direction="down" />
                        </li>
                      )}
                      <li>
                        <a href={PUBLISHING_PATHS.removeResource(dataset.id, resource.id)}>
                          Entfernen<span class="visually-hidden">: {resource.name}</span>
                        </a>
                      </li>
                    </ul>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!readOnly && (
        <p class="button-group">
          <ButtonLink href={PUBLISHING_PATHS.newUpload(dataset.id)} variant="secondary">
            Datei hochladen
          </ButtonLink>
          <ButtonLink href={PUBLISHING_PATHS.newLink(dataset.id)} variant="secondary">
            Link hinzufügen
          </ButtonLink>
        </p>
      )}
    </>
  );
}
