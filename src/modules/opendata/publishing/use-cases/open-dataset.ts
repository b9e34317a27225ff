import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { datastoreStatusesOf, type DatastoreStatus } from '../../datastore';
import { listResources } from '../../repository/datasets';
import type { Dataset, Organization, Resource } from '../../tables';
import { authorizedDataset, enterPublishing } from '../guard';
import { findOrganization } from '../repository/organizations';

export interface OpenedDataset {
  dataset: Dataset;
  organization: Organization;
  resources: Resource[];
  /** The DataStore tables of its distributions, by resource id (those never loaded are missing). */
  datastore: Map<string, DatastoreStatus>;
}

/** A dataset's page in the workspace (editors and admins of its organisation): its metadata and distributions. */
export async function openDataset(actor: Actor, input: { id: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<OpenedDataset> {
  const publisher = await enterPublishing(actor, db);
  const dataset = await authorizedDataset(publisher, input.id, db, 'edit');
  const [organization, resources] = await Promise.all([findOrganization(db, dataset.organizationId), listResources(db, dataset.id)]);
  const datastore = await datastoreStatusesOf(
    db,
    resources.map((resource) => resource.id),
  );
  return { dataset, organization: organization!, resources, datastore };
}
