import type { Actor, CurrentUser } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { datastoreStatusOf, type DatastoreStatus } from '../../datastore';
import type { Dataset, Resource } from '../../tables';
import { openResource } from './open-resource';

export interface ShownResource {
  actor: CurrentUser;
  dataset: Dataset;
  resource: Resource;
  /** Its DataStore table's state and columns; undefined when the file was never loaded. */
  datastore: DatastoreStatus | undefined;
}

/** A distribution's page in the back office (editors of its organisation): the resource with its DataStore status and columns. */
export async function showResource(
  actor: Actor,
  input: { id: string; resourceId: string },
  { db, modules }: Pick<ModuleDeps, 'db' | 'modules'>,
): Promise<ShownResource> {
  const opened = await openResource(actor, input, { db, modules });
  return { ...opened, datastore: await datastoreStatusOf(db, opened.resource.id) };
}
