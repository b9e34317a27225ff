import type { Actor } from '../../../kernel/auth';
import { loadAuthorized } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { ANONYMOUS, mayReadDataset } from '../policies';
import { datasetWithParts, type DatasetWithParts } from '../repository/dataset-page';
import { CKAN_NAME } from '../paths';
import { errors } from '../../../kernel/http';
import { geoJsonPreview, tablePreview, type Preview } from '../previews';
import { loadPublisherAccess } from './publisher-access';

export interface DatasetPage extends DatasetWithParts {
  /** Per distribution id, what can be shown of it on the page. */
  previews: ReadonlyMap<string, Preview>;
}

/**
 * A dataset with its publisher and distributions, for whoever may read it: published public datasets
 * for everyone; drafts and private ones only for members of the organisation (anyone else gets the
 * same 404 as for a name that does not exist); deleted ones for nobody.
 */
export async function showDatasetParts(actor: Actor, input: { name: string }, deps: Pick<ModuleDeps, 'db'>): Promise<DatasetWithParts> {
  if (!CKAN_NAME.test(input.name)) throw errors.notFound('Der Datensatz');
  const found = await datasetWithParts(deps.db, input.name);
  const access = actor && found && !(found.dataset.state === 'active' && !found.dataset.private) ? await loadPublisherAccess(actor, deps.db) : ANONYMOUS;
  return loadAuthorized(
    actor,
    async () => found,
    (_, object) => object.dataset.state !== 'deleted' && mayReadDataset(access, object.dataset),
    'Der Datensatz',
  );
}

/** A dataset's public page: the dataset and what can be previewed of its distributions. */
export async function showDataset(actor: Actor, input: { name: string }, deps: Pick<ModuleDeps, 'db' | 'files' | 'config'>): Promise<DatasetPage> {
  const page = await showDatasetParts(actor, input, deps);
  const previews = new Map<string, Preview>();
  for (const resource of page.resources) {
    const preview = (await geoJsonPreview(deps.files, resource)) ?? (await tablePreview(deps, resource));
    if (preview) previews.set(resource.id, preview);
  }
  return { ...page, previews };
}
