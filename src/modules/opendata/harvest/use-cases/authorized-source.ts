import type { Actor, CurrentUser } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { errors, isUuid } from '../../../../kernel/http';
import type { PublisherAccess } from '../../policies';
import { loadPublisherAccess } from '../../use-cases/publisher-access';
import { mayManageHarvestSource, mayOpenHarvesting, mayReadHarvestSource } from '../policies';
import { findSourceById, type HarvestSource } from '../repository';

/** The person's access to harvesting, or 404 for those outside the section (as if it did not exist). */
export async function harvestAccess(actor: Actor, db: Executor): Promise<{ user: CurrentUser; access: PublisherAccess }> {
  if (!actor) throw errors.loginRequired();
  if (!mayOpenHarvesting(actor)) throw errors.notFound();
  return { user: actor, access: await loadPublisherAccess(actor, db) };
}

/** A source the person may read (`read`) or manage (`manage`); any other answers like a missing one. */
export async function authorizedSource(actor: Actor, id: string, need: 'read' | 'manage', db: Executor) {
  const { user, access } = await harvestAccess(actor, db);
  const source: HarvestSource | undefined = isUuid(id) ? await findSourceById(db, id) : undefined;
  const allowed = source && (need === 'read' ? mayReadHarvestSource(access, source) : mayManageHarvestSource(access, source));
  if (!source || !allowed) throw errors.notFoundOrForbidden('Die Erntequelle');
  return { user, access, source, mayManage: mayManageHarvestSource(access, source) };
}
