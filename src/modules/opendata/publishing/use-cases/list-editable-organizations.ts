import type { Actor } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayEditDataset, type PublisherAccess } from '../../policies';
import { enterPublishing, organizationIdsOf } from '../guard';
import { listOrganizations } from '../repository/organizations';

/** The organisations the person may create datasets for (editor or admin there): the choice of "Datensatz anlegen". */
export async function listEditableOrganizations(actor: Actor, { db }: Pick<ModuleDeps, 'db'>): Promise<Array<{ id: string; title: string }>> {
  const { access } = await enterPublishing(actor, db);
  return editableOrganizationsOf(access, db);
}

/** The organisations where the person edits datasets, by title: where they create one, and where they may move one to. */
export async function editableOrganizationsOf(access: PublisherAccess, db: Executor): Promise<Array<{ id: string; title: string }>> {
  const organizations = await listOrganizations(db, organizationIdsOf(access));
  return organizations.filter((organization) => mayEditDataset(access, { organizationId: organization.id })).map(({ id, title }) => ({ id, title }));
}
