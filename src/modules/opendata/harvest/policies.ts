import { mayManageOrganization, mayOpenPublishing, type PublisherAccess } from '../policies';

/** The section appears for staff who publish open data; which sources they see depends on their organisations. */
export const mayOpenHarvesting = mayOpenPublishing;

/** Members of the source's organisation read its runs and log. */
export function mayReadHarvestSource(access: PublisherAccess, source: { organizationId: string }): boolean {
  return access.sysadmin || access.capacities.has(source.organizationId);
}

/** Its admins add and edit sources and start a run ("Jetzt ernten"). */
export function mayManageHarvestSource(access: PublisherAccess, source: { organizationId: string }): boolean {
  return mayManageOrganization(access, source.organizationId);
}
