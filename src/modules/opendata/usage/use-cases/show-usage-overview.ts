import type { Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { maySeeUsage } from '../../policies';
import { enterPublishing, organizationIdsOf } from '../../publishing/guard';
import { listOrganizations } from '../../publishing/repository/organizations';
import type { Organization } from '../../tables';
import { firstRecentDay } from '../days';
import { organizationUsage, type DatasetUsage, type UsageSort } from '../repository';

export interface UsageOverview {
  /** The organisations whose figures the person may see, to choose from. */
  organizations: Organization[];
  organization: Organization | undefined;
  sort: UsageSort;
  rows: DatasetUsage[];
}

/**
 * "Nutzung": one organisation's datasets with their figures of the last 30 days and in total. Only
 * its members and the portal's admins see them; any other organisation answers 404.
 */
export async function showUsageOverview(
  actor: Actor,
  input: { organizationId: string | undefined; sort: UsageSort },
  { db }: Pick<ModuleDeps, 'db'>,
  now = new Date(),
): Promise<UsageOverview> {
  const { access } = await enterPublishing(actor, db);
  const organizations = (await listOrganizations(db, organizationIdsOf(access))).filter((organization) => maySeeUsage(access, organization.id));
  // Without a choice, the person's own organisation first (a portal admin sees every one, but works for one).
  const own = organizations.find((candidate) => access.capacities.has(candidate.id)) ?? organizations[0];
  const organization = input.organizationId === undefined ? own : organizations.find((candidate) => candidate.id === input.organizationId);
  if (input.organizationId !== undefined && !organization) throw errors.notFoundOrForbidden('Die Organisation');
  const rows = organization ? await organizationUsage(db, organization.id, firstRecentDay(now), input.sort) : [];
  return { organizations, organization, sort: input.sort, rows };
}
