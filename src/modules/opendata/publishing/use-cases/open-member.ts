import type { Actor } from '../../../../kernel/auth';
import { errors, isUuid } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { Organization } from '../../tables';
import { enterPublishing, managedOrganization } from '../guard';
import { findMember, type MemberRow } from '../repository/organizations';

/** One member of an organisation the person manages, for the confirmation before removing them. */
export async function openMember(
  actor: Actor,
  input: { id: string; userId: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<{ organization: Organization; member: MemberRow }> {
  const publisher = await enterPublishing(actor, db);
  const organization = await managedOrganization(publisher, input.id, db);
  const member = isUuid(input.userId) ? await findMember(db, organization.id, input.userId) : undefined;
  if (!member) throw errors.notFound('Das Mitglied');
  return { organization, member };
}
