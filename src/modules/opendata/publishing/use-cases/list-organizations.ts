import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayCreateOrganization, mayManageOrganization } from '../../policies';
import type { MemberCapacity, Organization } from '../../tables';
import { enterPublishing, organizationIdsOf } from '../guard';
import { listOrganizations } from '../repository/organizations';

export interface OrganizationListing {
  rows: Array<Organization & { capacity: MemberCapacity | null; mayManage: boolean }>;
  mayCreate: boolean;
}

/** "Organisationen": those the person belongs to (all for the portal's admins), with their role in each. */
export async function listMyOrganizations(actor: Actor, { db }: Pick<ModuleDeps, 'db'>): Promise<OrganizationListing> {
  const { access } = await enterPublishing(actor, db);
  const rows = await listOrganizations(db, organizationIdsOf(access));
  return {
    rows: rows.map((row) => ({ ...row, capacity: access.capacities.get(row.id) ?? null, mayManage: mayManageOrganization(access, row.id) })),
    mayCreate: mayCreateOrganization(access),
  };
}
