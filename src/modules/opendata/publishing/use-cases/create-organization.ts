import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { errors, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayCreateOrganization } from '../../policies';
import type { Organization } from '../../tables';
import { enterPublishing } from '../guard';
import { findOrganizationByName, insertOrganization } from '../repository/organizations';
import type { OrganizationInput } from '../schemas';

/** The portal's admins create organisations (publishers: the city, its companies, institutions), each with its upload limit. */
export async function createOrganization(
  actor: Actor,
  input: OrganizationInput & { ip?: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ organization: Organization }>> {
  const publisher = await enterPublishing(actor, db);
  if (!mayCreateOrganization(publisher.access)) throw errors.notFound();
  const { ip, uploadLimit, ...fields } = input;
  return db.transaction(async (tx) => {
    if (await findOrganizationByName(tx, fields.name)) return refuse({ name: 'Dieser Kurzname ist schon vergeben. Wählen Sie einen anderen.' });
    const organization = await insertOrganization(tx, { ...fields, uploadLimitBytes: uploadLimit });
    await audit(tx, publisher.actor, {
      action: 'opendata.organization.created',
      objectType: 'organization',
      objectId: organization.id,
      details: { name: fields.name },
      ip,
    });
    return { ok: true as const, organization };
  });
}
