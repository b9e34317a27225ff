import type { Actor, CurrentUser } from '../../../../kernel/auth';
import { errors, isUuid } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { Dataset, Resource } from '../../tables';
import { authorizedDataset, enterPublishing } from '../guard';
import { findResource } from '../repository/datasets';

/** One distribution of a dataset the person may edit, for its edit and removal pages. */
export async function openResource(
  actor: Actor,
  input: { id: string; resourceId: string },
  { db, modules }: Pick<ModuleDeps, 'db' | 'modules'>,
): Promise<{ actor: CurrentUser; dataset: Dataset; resource: Resource }> {
  const publisher = await enterPublishing(actor, db);
  const dataset = await authorizedDataset(publisher, input.id, { db, modules }, 'edit');
  const resource = isUuid(input.resourceId) ? await findResource(db, dataset.id, input.resourceId) : undefined;
  if (!resource) throw errors.notFound('Die Datei');
  return { actor: publisher.actor, dataset, resource };
}
