import type { CurrentUser } from '../../../../kernel/auth';
import type { StaffTask } from '../../../../kernel/module';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayOpenPublishing } from '../../policies';
import { loadPublisherAccess } from '../../use-cases/publisher-access';
import { organizationIdsOf } from '../guard';
import { PUBLISHING_PATHS } from '../paths';
import { countDrafts } from '../repository/datasets';

/** "Meine Aufgaben": the drafts of the person's organisations, waiting to be finished and published. */
export async function listPublishingTasks(actor: CurrentUser, { db }: Pick<ModuleDeps, 'db'>): Promise<StaffTask[]> {
  if (!mayOpenPublishing(actor)) return [];
  const access = await loadPublisherAccess(actor, db);
  const ids = organizationIdsOf(access);
  if (ids?.length === 0) return [];
  const drafts = await countDrafts(db, ids);
  return drafts === 0
    ? []
    : [{ label: drafts === 1 ? 'Entwurf eines Datensatzes' : 'Entwürfe von Datensätzen', count: drafts, href: `${PUBLISHING_PATHS.datasets}?status=draft` }];
}
