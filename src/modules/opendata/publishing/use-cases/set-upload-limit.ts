import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayCreateOrganization } from '../../policies';
import { enterPublishing, managedOrganization } from '../guard';
import { updateUploadLimit } from '../repository/organizations';

/** The portal's admins set how large one file of the organisation may be (up to MAX_UPLOAD_BYTES, checked by the schema). */
export async function setUploadLimit(actor: Actor, input: { id: string; bytes: number; ip?: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<void> {
  const publisher = await enterPublishing(actor, db);
  const organization = await managedOrganization(publisher, input.id, db);
  if (!mayCreateOrganization(publisher.access)) throw errors.notFound();
  await db.transaction(async (tx) => {
    await updateUploadLimit(tx, organization.id, input.bytes);
    await audit(tx, publisher.actor, {
      action: 'opendata.organization.limit_changed',
      objectType: 'organization',
      objectId: organization.id,
      details: { from: organization.uploadLimitBytes, to: input.bytes },
      ip: input.ip,
    });
  });
}
