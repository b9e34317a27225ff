import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { enterPublishing, organizationIdsOf } from '../guard';
import { organizationFigures, recentHarvestRuns, type OrganizationFigures, type RecentRun } from '../repository/overview';

export interface PublishingOverview {
  organizations: OrganizationFigures[];
  runs: RecentRun[];
  /** Portal admins see every organisation; the page says so instead of "Ihre Organisationen". */
  everyOrganization: boolean;
}

/** `/verwaltung/daten`: per organisation of the person, its datasets by state and DataStore loads; the latest harvest runs. */
export async function showPublishingOverview(actor: Actor, { db }: Pick<ModuleDeps, 'db'>): Promise<PublishingOverview> {
  const { access } = await enterPublishing(actor, db);
  const ids = organizationIdsOf(access);
  const [organizations, runs] = await Promise.all([organizationFigures(db, ids), recentHarvestRuns(db, ids)]);
  return { organizations, runs, everyOrganization: ids === undefined };
}
