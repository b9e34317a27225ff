import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayCreateOrganization } from '../../policies';
import type { Organization } from '../../tables';
import { enterPublishing, managedOrganization } from '../guard';
import { listMembers, type MemberRow } from '../repository/organizations';

/** An organisation's page: its members and roles; the portal's admins also set its upload limit. */
export async function openOrganization(
  actor: Actor,
  input: { id: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ organization: Organization; members: MemberRow[]; maySetLimit: boolean }> {
  const publisher = await enterPublishing(actor, deps.db);
  const organization = await managedOrganization(publisher, input.id, deps.db);
  return { organization, members: await listMembers(deps.db, organization.id), maySetLimit: mayCreateOrganization(publisher.access) };
}
