import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { datastoreStatusesOf, type DatastoreStatus } from '../../datastore';
import { listResources } from '../../repository/datasets';
import type { Dataset, Organization, Resource } from '../../tables';
import { authorizedDataset, enterPublishing } from '../guard';
import { findMaintainer, type Maintainer } from '../maintainer';
import { findOrganization } from '../repository/organizations';
import { editableOrganizationsOf } from './list-editable-organizations';

export interface OpenedDataset {
  dataset: Dataset;
  organization: Organization;
  resources: Resource[];
  /** The DataStore tables of its distributions, by resource id (those never loaded are missing). */
  datastore: Map<string, DatastoreStatus>;
  /** Where a dataset maintained elsewhere is kept (a harvest source, a module: then the page is read-only); null for the publishers' own. */
  maintainer: Maintainer | null;
  /** The organisations the person edits datasets in (its own among them): the form moves it to another one. */
  organizations: Array<{ id: string; title: string }>;
}

/**
 * A dataset's page in the workspace (editors and admins of its organisation): its metadata and
 * distributions. `change`: for the pages of a change (upload, link, state), which a dataset maintained
 * elsewhere refuses; its own page shows it read-only.
 */
export async function openDataset(
  actor: Actor,
  input: { id: string; change?: boolean },
  { db, modules }: Pick<ModuleDeps, 'db' | 'modules'>,
): Promise<OpenedDataset> {
  const publisher = await enterPublishing(actor, db);
  const dataset = await authorizedDataset(publisher, input.id, { db, modules }, input.change ? 'edit' : 'open');
  const [organization, resources, maintainer, organizations] = await Promise.all([
    findOrganization(db, dataset.organizationId),
    listResources(db, dataset.id),
    findMaintainer({ db, modules }, dataset),
    editableOrganizationsOf(publisher.access, db),
  ]);
  const datastore = await datastoreStatusesOf(
    db,
    resources.map((resource) => resource.id),
  );
  return { dataset, organization: organization!, resources, datastore, maintainer: maintainer ?? null, organizations };
}
