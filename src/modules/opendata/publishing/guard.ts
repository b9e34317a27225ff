import { requireSection, type Actor, type CurrentUser } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { AppError, errors, isUuid } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { mayEditDataset, mayManageOrganization, mayOpenPublishing, mayReadDataset, type PublisherAccess } from '../policies';
import { findDatasetById } from '../repository/datasets';
import type { Dataset, Organization } from '../tables';
import { loadPublisherAccess } from '../use-cases/publisher-access';
import { findMaintainer } from './maintainer';
import { readOnlyNote } from './presenters';
import { findOrganization } from './repository/organizations';

export interface Publisher {
  actor: CurrentUser;
  access: PublisherAccess;
}

/**
 * The first step of every publishing use case: the section is open only to staff with the
 * permission (anyone else gets the 404 of a page that does not exist), then the person's capacity
 * in each organisation decides about every object.
 */
export async function enterPublishing(actor: Actor, db: Executor): Promise<Publisher> {
  requireSection(actor, mayOpenPublishing);
  return { actor, access: await loadPublisherAccess(actor, db) };
}

/** The organisations whose datasets the person sees here; undefined for the portal's admins (all). */
export function organizationIdsOf(access: PublisherAccess): string[] | undefined {
  return access.sysadmin ? undefined : [...access.capacities.keys()];
}

/**
 * A dataset the person may read here (`read`: members), open as its editor (`open`) or change
 * (`edit`: editors, and not a dataset maintained elsewhere). Published datasets are everyone's on
 * /daten, but in the workspace only the organisation's members see them: read is checked as for a
 * draft. Missing, malformed and forbidden ids alike answer 404; a change of a harvested or module
 * dataset answers 403 with a note naming where it is maintained, because the person may see it and
 * should know where to change it.
 */
export async function authorizedDataset(
  publisher: Publisher,
  id: string,
  deps: Pick<ModuleDeps, 'db' | 'modules'>,
  need: 'read' | 'open' | 'edit',
): Promise<Dataset> {
  const dataset = isUuid(id) ? await findDatasetById(deps.db, id) : undefined;
  const allowed = dataset && (need === 'read' ? mayReadDataset(publisher.access, { ...dataset, state: 'draft' }) : mayEditDataset(publisher.access, dataset));
  if (!dataset || !allowed) throw errors.notFoundOrForbidden('Der Datensatz');
  const maintainer = need === 'edit' ? await findMaintainer(deps, dataset) : undefined;
  if (maintainer) throw new AppError('maintained_elsewhere', { status: 403, userMessage: readOnlyNote(maintainer) });
  return dataset;
}

/** An organisation whose members the person manages (its admins and the portal's); others get 404. */
export async function managedOrganization(publisher: Publisher, id: string, db: Executor): Promise<Organization> {
  const organization = isUuid(id) && mayManageOrganization(publisher.access, id) ? await findOrganization(db, id) : undefined;
  if (!organization) throw errors.notFoundOrForbidden('Die Organisation');
  return organization;
}
